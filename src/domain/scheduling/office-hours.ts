import { isWorkingDay } from '../today';

/**
 * When an interview falls outside an Indonesian office's week: Monday to Friday, 08:00 to 18:00
 * in the interview's own time zone (as the waiting counts of Today treat Saturday and Sunday).
 * Only a warning for the scheduler: a Saturday session or an evening call can be agreed on.
 */
export type OfficeHoursConcern =
  | { kind: 'weekend' }
  | { kind: 'outside_hours' }
  /** Starts in office hours, ends after closing: the end (`HH:mm`) is what to agree on. */
  | { kind: 'ends_after_hours'; endsAt: string };

const openingHour = 8;
const closingHour = 18;

/**
 * `localStart` is the wall-clock start in the interview's zone, `YYYY-MM-DDTHH:mm`; an interview
 * that starts in office hours but runs past closing is outside them too.
 */
export function officeHoursConcern(
  localStart: string,
  durationMinutes = 0,
): OfficeHoursConcern | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(localStart);
  if (!match) return null;
  if (!isWorkingDay(match[1]!)) return { kind: 'weekend' };
  const start = Number(match[2]) * 60 + Number(match[3]);
  if (start < openingHour * 60 || start >= closingHour * 60) return { kind: 'outside_hours' };
  const end = start + Math.max(durationMinutes, 0);
  if (end > closingHour * 60) return { kind: 'ends_after_hours', endsAt: clockTime(end) };
  return null;
}

/** Minutes after midnight as `HH:mm` (past midnight wraps: a call may run into the night). */
function clockTime(minutes: number): string {
  const within = minutes % (24 * 60);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(within / 60))}:${pad(within % 60)}`;
}
