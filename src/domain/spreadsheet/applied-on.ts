/**
 * The day a candidate applied, as HR's spreadsheets write it: as `readDayFirst` reads a typed
 * date (dd/mm/yyyy, the Indonesian order, also with `-` or `.`; yyyy-mm-dd, ISO, and how an XLSX
 * date cell is read), year first with `/` or `.` (2026/11/06), the month as a word in Indonesian
 * or English ("7 Nov 2026", "7 Nop 2026", "7 Agustus 2026", "Nov 7, 2026"), or an Excel day
 * number (a date cell that lost its date format). Never after `today` (a Jakarta date).
 */
import { calendarDate, readDayFirst } from '../day-first';

export type AppliedOn = { ok: true; date: string } | { ok: false; code: AppliedOnProblem };
export type AppliedOnProblem = 'invalid_date' | 'date_in_future';

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in). */
const excelEpochMs = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;
/** Day numbers from 1990 to 2100: a bare number outside them is no date. */
const excelDays = { least: 32_874, most: 73_051 };

/** Month words, lower case, by the first letters HR types (Indonesian and English, old spellings). */
const monthWords: readonly (readonly string[])[] = [
  ['jan', 'januari', 'january'],
  ['feb', 'peb', 'februari', 'pebruari', 'february'],
  ['mar', 'maret', 'march'],
  ['apr', 'april'],
  ['mei', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['agu', 'agt', 'ags', 'agus', 'aug', 'agustus', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oct', 'oktober', 'october'],
  ['nov', 'nop', 'november', 'nopember'],
  ['des', 'dec', 'desember', 'december'],
];

const monthOf = (word: string): number | null => {
  const key = word.toLowerCase().replace(/\.$/, '');
  const index = monthWords.findIndex((words) => words.includes(key));
  return index < 0 ? null : index + 1;
};

/** "7 Nov 2026", "07-Nop-2026", "Nov 7, 2026": unambiguous, the month being a word. */
function readMonthWord(value: string): string | null {
  const dayFirst = /^(\d{1,2})[\s./-]+([a-z]+\.?)[\s./-]+(\d{4})$/i.exec(value);
  const monthFirst = /^([a-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/i.exec(value);
  const [day, word, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  const month = word ? monthOf(word) : null;
  return month ? calendarDate(Number(year), month, Number(day)) : null;
}

function readDate(value: string): string | null {
  const written = readDayFirst(value);
  if (written) return written;
  // Year first is always year, month, day (2026/11/06).
  const yearFirst = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(value);
  if (yearFirst) {
    return calendarDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  }
  const worded = readMonthWord(value);
  if (worded) return worded;
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
