import { jakartaDate } from '../today';

/**
 * The year whose minimum wages an admin should record now, when none are: each year's UMP and UMK
 * are announced in November and December, so from December the coming year's are due; in any
 * month the current year's. Null when a figure for that year (or later) is on record. `latest` is
 * the newest year on record, which offers fall back to meanwhile.
 */
export function minimumWageYearDue(
  recordedYears: readonly number[],
  now: Date,
): { year: number; latest: number | null } | null {
  const today = jakartaDate(now);
  const year = +today.slice(0, 4) + (today.slice(5, 7) === '12' ? 1 : 0);
  const latest = recordedYears.length ? Math.max(...recordedYears) : null;
  return latest !== null && latest >= year ? null : { year, latest };
}
