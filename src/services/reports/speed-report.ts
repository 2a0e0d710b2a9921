import type { Database } from '../../db/database';
import {
  countWaiting,
  measureHiringTimes,
  measureStageStays,
  type SpeedMonthRow,
} from '../../db/queries/report-speed';
import type { ReportFilter } from '../../domain/reports/report-filter';
import { durations, inStageOrder, type SpeedReport } from '../../domain/reports/speed';
import { defaultStageTargets } from '../../domain/today';
import type { Actor } from '../actor';
import { readingSelection } from './report-reading';

const hireDurations = (row: SpeedMonthRow | undefined) =>
  durations(row?.hireCount ?? 0, row?.hireMedian ?? null, row?.hireP90 ?? null);
const contactDurations = (row: SpeedMonthRow | undefined) =>
  durations(row?.contactCount ?? 0, row?.contactMedian ?? null, row?.contactP90 ?? null);

/**
 * Time in each stage, to hire and to first contact (median, p90) for the applications of the
 * period; who waits past the stage target now (whenever they applied); the trend by month.
 */
export async function readSpeed(
  db: Database,
  actor: Actor,
  filter: ReportFilter,
  now = new Date(),
): Promise<SpeedReport> {
  return readingSelection(db, actor, filter, now, async (db, selection) => {
    const stays = await measureStageStays(db, selection);
    const times = await measureHiringTimes(db, selection);
    const waiting = await countWaiting(db, selection, defaultStageTargets, now);
    const whole = times.find((row) => row.month === null);
    return {
      stages: inStageOrder(
        stays.map((row) => ({ stage: row.stage, ...durations(row.count, row.median, row.p90) })),
        (stage) => ({ stage, count: 0, medianDays: null, p90Days: null }),
      ),
      toHire: hireDurations(whole),
      toFirstContact: contactDurations(whole),
      waiting: inStageOrder(waiting, (stage) => ({ stage, waiting: 0, overTarget: 0 })),
      trend: times
        .filter((row): row is SpeedMonthRow & { month: string } => row.month !== null)
        .map((row) => ({
          month: row.month,
          applications: row.applications,
          hires: row.hireCount,
          toHire: hireDurations(row),
          toFirstContact: contactDurations(row),
        })),
    };
  });
}
