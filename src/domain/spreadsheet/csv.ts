import { neutraliseCell, plainCell, type Cell, type Sheet } from './cell';

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. */
function csvField(value: Cell): string {
  const neutral = plainCell(neutraliseCell(value));
  if (neutral === null) return '';
  const text = String(neutral);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvLine = (cells: readonly Cell[]): string => cells.map(csvField).join(',');

/**
 * Sheets as one CSV text: each sheet is a block headed by its name, then its column row and its
 * rows, blocks apart by an empty line. Lines end in CRLF and the text starts with a byte-order
 * mark, so Excel opens Indonesian and English text as UTF-8. CSV is a machine format: numbers
 * keep "." as the decimal mark and days are ISO (YYYY-MM-DD) whatever the reader's language, so
 * a file reads the same in every program; the export's help text sends people who want
 * Indonesian decimals in Excel to XLSX, whose cells carry real numbers and dates.
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
