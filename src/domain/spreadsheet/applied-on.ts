/**
 * The day a candidate applied, as HR's spreadsheets write it: dd/mm/yyyy (the Indonesian order,
 * also with `-` or `.`), yyyy-mm-dd (ISO, and how an XLSX date cell is read), or an Excel day
 * number (a date cell that lost its date format). Never after `today` (a Jakarta date).
 */
export type AppliedOn = { ok: true; date: string } | { ok: false; code: AppliedOnProblem };
export type AppliedOnProblem = 'invalid_date' | 'date_in_future';

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in). */
const excelEpochMs = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;
/** Day numbers from 1990 to 2100: a bare number outside them is no date. */
const excelDays = { least: 32_874, most: 73_051 };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The date as `YYYY-MM-DD` if the calendar has it (no 31/02). */
function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1900) return null;
  const at = new Date(Date.UTC(year, month - 1, day));
  const valid =
    at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
  return valid ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

function readDate(value: string): string | null {
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (dayFirst) return calendarDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
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
