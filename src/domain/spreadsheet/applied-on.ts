/**
 * The day a candidate applied, as HR's spreadsheets write it: as `readDayFirst` reads a typed
 * date (dd/mm/yyyy, the Indonesian order, also with `-` or `.`; yyyy-mm-dd, ISO, and how an XLSX
 * date cell is read), or an Excel day number (a date cell that lost its date format). Never after
 * `today` (a Jakarta date).
 */
import { readDayFirst } from '../day-first';

export type AppliedOn = { ok: true; date: string } | { ok: false; code: AppliedOnProblem };
export type AppliedOnProblem = 'invalid_date' | 'date_in_future';

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in). */
const excelEpochMs = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;
/** Day numbers from 1990 to 2100: a bare number outside them is no date. */
const excelDays = { least: 32_874, most: 73_051 };

function readDate(value: string): string | null {
  const written = readDayFirst(value);
  if (written) return written;
  if (/^\d{5}(\.\d+)?$/.test(value)) {
    const days = Math.floor(Number(value));
    if (days < excelDays.least || days > excelDays.most) return null;
    return new Date(excelEpochMs + days * dayMs).toISOString().slice(0, 10);
  }
  return null;
}

export function parseAppliedOn(value: string, today: string): AppliedOn {
  const date = readDate(value.trim());
  if (!date) return { ok: false, code: 'invalid_date' };
  // ISO dates compare as text.
  if (date > today) return { ok: false, code: 'date_in_future' };
  return { ok: true, date };
}
