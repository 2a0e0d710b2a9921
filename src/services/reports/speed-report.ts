import type { Database } from '../../db/database';
import {
  countStayLists,
  countWaiting,
  measureHiringTimes,
  measureStageStays,
  type DurationMonthRow,
  type StayListRow,
} from '../../db/queries/report-speed';
import { isActiveStage, type ActiveStage } from '../../domain/pipeline';
import type { ReportFilter } from '../../domain/reports/report-filter';
import { durations, inStageOrder, type SpeedReport } from '../../domain/reports/speed';
import { defaultStageTargets } from '../../domain/today';
import type { Actor } from '../actor';
import { reportSelection } from './report-scope';
import { readingReport } from './report-reading';

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
  return readingReport(db, async (db) => {
    const selection = await reportSelection(db, actor, filter, now);
    const lists = await countStayLists(db, selection);
    const stays = await measureStageStays(db, selection, staysPerStage(lists));
    const times = await measureHiringTimes(db, selection);
    const waiting = await countWaiting(db, selection, defaultStageTargets, now);
    const timed = (measure: DurationMonthRow['measure'], month: string | null) => {
      const row = times.find((t) => t.measure === measure && t.month === month);
      return durations(row?.count ?? 0, row?.median ?? null, row?.p90 ?? null);
    };
    return {
      stages: inStageOrder(
        stays.map((row) => ({ stage: row.stage, ...durations(row.count, row.median, row.p90) })),
        (stage) => ({ stage, count: 0, medianDays: null, p90Days: null }),
      ),
      toHire: timed('hire', null),
      toFirstContact: timed('contact', null),
      waiting: inStageOrder(waiting, (stage) => ({ stage, waiting: 0, overTarget: 0 })),
      trend: applicationsPerMonth(lists).map(({ month, applications }) => ({
        month,
        applications,
        hires: timed('hire', month).count,
        toHire: timed('hire', month),
        toFirstContact: timed('contact', month),
      })),
    };
  });
}

/** How many finished stays each active stage has among the counted applications (none left out). */
function staysPerStage(lists: readonly StayListRow[]): { stage: ActiveStage; n: number }[] {
  const counts = new Map<ActiveStage, number>();
  for (const list of lists) {
    for (const stage of list.stayStages) {
      if (isActiveStage(stage)) counts.set(stage, (counts.get(stage) ?? 0) + list.applications);
    }
  }
  return [...counts].filter(([, n]) => n > 0).map(([stage, n]) => ({ stage, n }));
}

/** The months with applications, in order. */
function applicationsPerMonth(
  lists: readonly StayListRow[],
): { month: string; applications: number }[] {
  const perMonth = new Map<string, number>();
  for (const list of lists) {
    perMonth.set(list.month, (perMonth.get(list.month) ?? 0) + list.applications);
  }
  return [...perMonth]
    .filter(([, applications]) => applications > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, applications]) => ({ month, applications }));
}
