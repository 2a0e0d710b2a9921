/**
 * Dates as Indonesians write them, day first: 03/04/2026 is 3 April 2026, whatever the language
 * of the screen or the browser. Also `-` or `.` between the parts, and yyyy-mm-dd (ISO). Never
 * month first: a date that only reads as month first (04/13/2026) is no date.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The date as `YYYY-MM-DD` if the calendar has it (no 31/02). */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1900) return null;
  const at = new Date(Date.UTC(year, month - 1, day));
  const valid =
    at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
  return valid ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

/** A typed or written date as `YYYY-MM-DD`, read day first; null when it is no date. */
export function readDayFirst(value: string): string | null {
  const text = value.trim();
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dayFirst) return calendarDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

/** `YYYY-MM-DD` as dd/mm/yyyy (the same in Indonesian and English); other text unchanged. */
export function showDayFirst(iso: string): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return parts ? `${parts[3]}/${parts[2]}/${parts[1]}` : iso;
}
