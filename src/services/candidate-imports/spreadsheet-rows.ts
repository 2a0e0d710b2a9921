import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { importLimits } from '../../domain/candidate-import';
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
  for await (const row of rows) {
    const cells = row.slice(0, importLimits.maxColumns).map((cell) => cell.trim());
    if (cells.some(Boolean)) yield cells;
  }
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
      for await (const row of sheet) {
        // exceljs numbers cells from 1; index 0 is empty.
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        yield Array.from(values, cellText);
      }
      // Only the first sheet is read: people keep notes and lists on the others.
      return;
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
