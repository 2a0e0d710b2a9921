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

/** Whether the text is a day of the calendar written `YYYY-MM-DD`, as the API takes dates. */
export function isIsoDay(text: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return parts !== null && calendarDate(+parts[1]!, +parts[2]!, +parts[3]!) !== null;
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

/**
 * A date as typed into a field: what `readDayFirst` reads, or a run of eight digits read day first
 * (03042026), which is all a phone's number pad may offer.
 */
export function readTypedDay(value: string): string | null {
  const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(value.trim());
  return digits ? readDayFirst(`${digits[1]}/${digits[2]}/${digits[3]}`) : readDayFirst(value);
}

/**
 * A time of day as typed, on the 24-hour clock Indonesia writes: 14:30, 14.30 (as Indonesian
 * writes it), 9:05, 14 (on the hour), or digits alone from a number pad (1430, 930). `HH:mm`, or
 * null when it is no time (25:00, 2:30 PM: the 12-hour clock is not read, so 2:30 is 02:30).
 */
export function readTimeOfDay(value: string): string | null {
  const text = value.trim();
  const parts = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text) ?? /^(\d{1,2})(\d{2})$/.exec(text);
  if (!parts) return null;
  const hour = Number(parts[1]);
  const minute = Number(parts[2] ?? 0);
  return hour < 24 && minute < 60 ? `${pad(hour)}:${pad(minute)}` : null;
}

/** `HH:mm` as each language writes it: 14.30 in Indonesian, 14:30 in English. */
export function showTimeOfDay(time: string, locale: 'id' | 'en'): string {
  return locale === 'id' ? time.replace(':', '.') : time;
}
