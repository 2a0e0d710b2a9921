import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { importLimits } from '../../domain/candidate-import';
import { isAboutColumnRow, isAboutLastRow } from '../../domain/spreadsheet/about-sheet';
import { Invalid } from '../errors';

/** XLSX files are zip archives: they start with a zip's local file header. */
const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** A row of the file: its cells as text and its line, as the spreadsheet program numbers it. */
export interface SpreadsheetRow {
  /**
   * The row number Excel or LibreOffice shows for it (the CSV's line when no cell holds a line
   * break): what HR looks for when the preview names a line. Skipped empty lines and an export's
   * About block still count, as they do there.
   */
  line: number;
  cells: string[];
}

/**
 * The rows of an uploaded spreadsheet as text, header row first, read as a stream (csv-parse for
 * CSV, exceljs' streaming reader for the first sheet of an XLSX) so a large file never sits in
 * memory as a whole workbook. Empty rows are skipped.
 */
export async function* spreadsheetRows(bytes: Uint8Array): AsyncGenerator<SpreadsheetRow> {
  const rows = isZip(bytes) ? xlsxRows(bytes) : csvRows(bytes);
  yield* withoutAboutBlock(nonEmptyRows(rows));
}

async function* nonEmptyRows(rows: AsyncGenerator<SpreadsheetRow>): AsyncGenerator<SpreadsheetRow> {
  for await (const { line, cells: read } of rows) {
    const cells = read.slice(0, importLimits.maxColumns).map((cell) => cell.trim());
    if (cells.some(Boolean)) yield { line, cells };
  }
}

const filledCells = (cells: readonly string[]) => cells.filter(Boolean).length;

/**
 * A Seleksi CSV export starts with its "About" block (a title line, "Filter, Value", the filters,
 * the day it was made), then the name of the data block and its header row: an export read back
 * starts at that header, so one Seleksi's export imports into another as it is. The lines keep
 * their numbers in the file, so the first candidate is not "line 2".
 */
async function* withoutAboutBlock(
  rows: AsyncGenerator<SpreadsheetRow>,
): AsyncGenerator<SpreadsheetRow> {
  const first = await rows.next();
  if (first.done) return;
  const second = await rows.next();
  if (second.done) return yield first.value;
  if (filledCells(first.value.cells) !== 1 || !isAboutColumnRow(second.value.cells)) {
    yield first.value;
    yield second.value;
    return yield* rows;
  }
  // Manual next() calls: breaking out of a for-await loop would close the generator.
  let row = await rows.next();
  while (!row.done && !isAboutLastRow(row.value.cells)) row = await rows.next();
  const blockName = await rows.next();
  if (!blockName.done && filledCells(blockName.value.cells) > 1) yield blockName.value;
  yield* rows;
}

/** Indonesian Excel writes CSV with `;` (the comma is the decimal mark): take whichever the header uses more. */
function delimiterOf(bytes: Uint8Array): string {
  const head =
    Buffer.from(bytes.subarray(0, 4096))
      .toString('utf8')
      .split(/\r\n|\n|\r/)[0] ?? '';
  const count = (ch: string) => head.split(ch).length - 1;
  if (count(';') > count(',')) return ';';
  return count('\t') > count(',') ? '\t' : ',';
}

async function* csvRows(bytes: Uint8Array): AsyncGenerator<SpreadsheetRow> {
  if (!isUtf8(bytes)) {
    throw new Invalid([
      { path: 'file', code: 'unreadable_file', message: 'Save the file as CSV (UTF-8) or XLSX.' },
    ]);
  }
  const parser = Readable.from([Buffer.from(bytes)]).pipe(
    parse({
      bom: true,
      delimiter: delimiterOf(bytes),
      relax_column_count: true,
      relax_quotes: true,
      // Any line ending ends a record, whatever the first line used: a file saved on Windows and
      // added to elsewhere mixes CRLF and LF, and csv-parse, left to guess from the first line,
      // would read the other endings as text inside a cell and a whole line would vanish. A
      // quoted cell may still hold a line break.
      record_delimiter: ['\r\n', '\n', '\r'],
      // Empty lines are records here (dropped later, as empty rows) so each record's number is
      // the row a spreadsheet program shows for it.
      skip_empty_lines: false,
    }),
  );
  let line = 0;
  try {
    for await (const record of parser) {
      line += 1;
      yield { line, cells: record as string[] };
    }
  } catch {
    throw new Invalid([
      { path: 'file', code: 'unreadable_file', message: 'The CSV file could not be read.' },
    ]);
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

async function* xlsxRows(bytes: Uint8Array): AsyncGenerator<SpreadsheetRow> {
  // Loaded on first use: it took a tenth of the server's start, for a rare import.
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  try {
    for await (const sheet of reader) {
      let aboutSheet = false;
      let first = true;
      for await (const row of sheet) {
        // exceljs numbers cells from 1; index 0 is empty.
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        const cells = Array.from(values, cellText);
        if (first) aboutSheet = isAboutColumnRow(cells);
        first = false;
        if (!aboutSheet) yield { line: row.number, cells };
      }
      // Only the first sheet is read (people keep notes and lists on the others), or the second
      // of a Seleksi export, whose first sheet is its About sheet.
      if (!aboutSheet) return;
    }
  } catch (error) {
    if (error instanceof Invalid) throw error;
    throw new Invalid([
      { path: 'file', code: 'unreadable_file', message: 'The XLSX file could not be read.' },
    ]);
  }
}

/** A cell's value as the text the sheet shows (rich text joined, a formula's result, a date as YYYY-MM-DD). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  const cell = value as {
    text?: unknown;
    richText?: { text: string }[];
    result?: unknown;
    hyperlink?: string;
  };
  if (cell.richText) return cell.richText.map((part) => part.text).join('');
  if (cell.text !== undefined) return cellText(cell.text);
  if (cell.result !== undefined) return cellText(cell.result);
  return '';
}
