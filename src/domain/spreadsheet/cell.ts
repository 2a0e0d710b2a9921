/**
 * A spreadsheet made of plain values, shared by every export (reports, the candidate list):
 * the domain builds the sheets, a service writes them as CSV or XLSX.
 */
export type Cell = string | number | DayCell | null;

/**
 * A calendar day (`YYYY-MM-DD`, already in Jakarta time), or a month (`unit: 'month'`, its first
 * day). XLSX writes a real date cell, so HR can sort, filter and count by date; CSV writes the ISO
 * text, which every spreadsheet reads as a date whatever its locale.
 */
export interface DayCell {
  day: string;
  unit?: 'month';
}

export const dayCell = (day: string): DayCell => ({ day });
export const monthCell = (month: string): DayCell => ({ day: `${month}-01`, unit: 'month' });

/** A cell as plain text or number: how CSV writes it, and how wide it is in XLSX. */
export function plainCell(value: Cell): string | number | null {
  if (value === null || typeof value !== 'object') return value;
  return value.unit === 'month' ? value.day.slice(0, 7) : value.day;
}

export interface Sheet {
  /** The tab's name in XLSX; a section title in CSV. At most 31 characters (Excel's limit). */
  name: string;
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
}

/**
 * Text a spreadsheet would read as a formula (or as the start of one, after a tab or a line break):
 * `=`, `+`, `-` and `@` start formulas in Excel, LibreOffice and Google Sheets.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** Text (never a number) that a spreadsheet would read as a formula if it were typed in. */
export function startsLikeFormula(value: Cell): value is string {
  return typeof value === 'string' && formulaStart.test(value);
}

/**
 * Formula injection in CSV, which has no cell types: a candidate's name like `=HYPERLINK(...)`
 * must stay text when HR opens the export. Such text gets a leading apostrophe, which spreadsheets
 * show as text and do not evaluate (OWASP's advice). Numbers stay numbers, so a negative figure is
 * not touched. XLSX needs none of this: its cells say they are text (see the export's writer).
 */
export function neutraliseCell(value: Cell): Cell {
  return startsLikeFormula(value) ? `'${value}` : value;
}

/** Excel refuses sheet names over 31 characters or with `\ / ? * [ ] :`. */
export function sheetName(name: string): string {
  const cleaned = name.replace(/[\\/?*[\]:]/g, ' ').trim();
  return (cleaned || 'Sheet').slice(0, 31);
}

/** The file formats an export can be downloaded in. */
export const spreadsheetFormats = ['csv', 'xlsx'] as const;
export type SpreadsheetFormat = (typeof spreadsheetFormats)[number];
