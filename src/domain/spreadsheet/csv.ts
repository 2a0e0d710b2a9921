import { neutraliseCell, type Cell, type Sheet } from './cell';

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. */
function csvField(value: Cell): string {
  const neutral = neutraliseCell(value);
  if (neutral === null) return '';
  const text = String(neutral);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvLine = (cells: readonly Cell[]): string => cells.map(csvField).join(',');

/**
 * Sheets as one CSV text: each sheet is a block headed by its name, then its column row and its
 * rows, blocks apart by an empty line. Lines end in CRLF and the text starts with a byte-order
 * mark, so Excel opens Indonesian and English text as UTF-8.
 */
export function sheetsToCsv(sheets: readonly Sheet[]): string {
  const blocks = sheets.map((sheet) =>
    [
      ...(sheets.length > 1 ? [csvLine([sheet.name])] : []),
      csvLine(sheet.columns),
      ...sheet.rows.map(csvLine),
    ].join('\r\n'),
  );
  return `\uFEFF${blocks.join('\r\n\r\n')}\r\n`;
}
