import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { importLimits } from '../../domain/candidate-import';
import { isAboutColumnRow, isAboutLastRow } from '../../domain/spreadsheet/about-sheet';
import { Invalid } from '../errors';

/** XLSX files are zip archives: they start with a zip's local file header. */
const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * The rows of an uploaded spreadsheet as text, header row first, read as a stream (csv-parse for
 * CSV, exceljs' streaming reader for the first sheet of an XLSX) so a large file never sits in
 * memory as a whole workbook. Empty rows are skipped.
 */
export async function* spreadsheetRows(bytes: Uint8Array): AsyncGenerator<string[]> {
  const rows = isZip(bytes) ? xlsxRows(bytes) : csvRows(bytes);
  yield* withoutAboutBlock(nonEmptyRows(rows));
}

async function* nonEmptyRows(rows: AsyncGenerator<string[]>): AsyncGenerator<string[]> {
  for await (const row of rows) {
    const cells = row.slice(0, importLimits.maxColumns).map((cell) => cell.trim());
    if (cells.some(Boolean)) yield cells;
  }
}

const filledCells = (cells: readonly string[]) => cells.filter(Boolean).length;

/**
 * A Seleksi CSV export starts with its "About" block (a title line, "Filter, Value", the filters,
 * the day it was made), then the name of the data block and its header row: an export read back
 * starts at that header, so one Seleksi's export imports into another as it is.
 */
async function* withoutAboutBlock(rows: AsyncGenerator<string[]>): AsyncGenerator<string[]> {
  const first = await rows.next();
  if (first.done) return;
  const second = await rows.next();
  if (second.done) return yield first.value;
  if (filledCells(first.value) !== 1 || !isAboutColumnRow(second.value)) {
    yield first.value;
    yield second.value;
    return yield* rows;
  }
  // Manual next() calls: breaking out of a for-await loop would close the generator.
  let row = await rows.next();
  while (!row.done && !isAboutLastRow(row.value)) row = await rows.next();
  const blockName = await rows.next();
  if (!blockName.done && filledCells(blockName.value) > 1) yield blockName.value;
  yield* rows;
}

/** Indonesian Excel writes CSV with `;` (the comma is the decimal mark): take whichever the header uses more. */
function delimiterOf(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').split(/\r?\n/)[0] ?? '';
  const count = (ch: string) => head.split(ch).length - 1;
  if (count(';') > count(',')) return ';';
  return count('\t') > count(',') ? '\t' : ',';
}

async function* csvRows(bytes: Uint8Array): AsyncGenerator<string[]> {
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
      skip_empty_lines: true,
    }),
  );
  try {
    for await (const record of parser) yield record as string[];
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

async function* xlsxRows(bytes: Uint8Array): AsyncGenerator<string[]> {
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
        if (!aboutSheet) yield cells;
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
