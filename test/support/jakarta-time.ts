import { jakartaDate } from '../../src/domain/today';

/** A Jakarta calendar date `days` from today (negative: in the past), as `YYYY-MM-DD`. */
export function jakartaDay(days: number): string {
  return jakartaDate(new Date(Date.now() + days * 86_400_000));
}

/** A wall-clock time in Jakarta (`2026-12-03T10:00`) some days from now, for scheduling inputs. */
export function jakartaTime(daysAhead: number, hour = 10): string {
  return `${jakartaDay(daysAhead)}T${String(hour).padStart(2, '0')}:00`;
}
