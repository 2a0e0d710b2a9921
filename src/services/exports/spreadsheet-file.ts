import type ExcelJS from 'exceljs';
import { sheetsToCsv } from '../../domain/spreadsheet/csv';
import {
  plainCell,
  sheetName,
  startsLikeFormula,
  type Cell,
  type Sheet,
  type SpreadsheetFormat,
} from '../../domain/spreadsheet/cell';

export const spreadsheetMediaTypes: Record<SpreadsheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Day and month cells: ISO order, unambiguous to Indonesian and English readers alike. */
const dayFormat = 'yyyy-mm-dd';
const monthFormat = 'yyyy-mm';

/** A day as the date Excel stores (a serial day number; exceljs converts a UTC midnight exactly). */
const xlsxValue = (value: Cell) =>
  value !== null && typeof value === 'object' ? new Date(`${value.day}T00:00:00Z`) : value;

/**
 * A row of an XLSX tab. Numbers are number cells and days date cells with a date format, so they
 * sort and sum; text is written as a string cell, which Excel shows as typed and never evaluates,
 * so `=HYPERLINK(...)` needs no apostrophe (CSV does, see neutraliseCell); text that looks like a
 * formula also gets the Text number format, so editing the cell keeps it text.
 */
function addXlsxRow(tab: ExcelJS.Worksheet, cells: readonly Cell[]): ExcelJS.Row {
  const row = tab.addRow(cells.map(xlsxValue));
  cells.forEach((value, index) => {
    if (startsLikeFormula(value)) row.getCell(index + 1).numFmt = '@';
    else if (value !== null && typeof value === 'object') {
      row.getCell(index + 1).numFmt = value.unit === 'month' ? monthFormat : dayFormat;
    }
  });
  return row;
}

/** One tab per sheet, the column row bold and frozen, every text cell a string cell. */
async function sheetsToXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  // Loaded on first use: it took a tenth of the server's start, for a rare download.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Seleksi';
  const used = new Set<string>();
  for (const sheet of sheets) {
    let name = sheetName(sheet.name);
    // Tab names must be unique; a repeated one gets a number.
    for (let n = 2; used.has(name.toLowerCase()); n += 1) {
      name = `${sheetName(sheet.name).slice(0, 28)} ${n}`;
    }
    used.add(name.toLowerCase());
    const tab = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    addXlsxRow(tab, sheet.columns).font = { bold: true };
    for (const row of sheet.rows) addXlsxRow(tab, row);
    tab.columns.forEach((column, index) => {
      const widest = Math.max(
        String(sheet.columns[index] ?? '').length,
        ...sheet.rows.map((row) => String(plainCell(row[index] ?? null) ?? '').length),
      );
      column.width = Math.min(60, Math.max(10, widest + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The sheets as a file in the chosen format. */
export async function writeSpreadsheet(
  sheets: readonly Sheet[],
  format: SpreadsheetFormat,
): Promise<Buffer> {
  return format === 'csv' ? Buffer.from(sheetsToCsv(sheets), 'utf8') : sheetsToXlsx(sheets);
}
