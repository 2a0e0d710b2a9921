import { activeStages, type ActiveStage } from '../../domain/pipeline';
import type { StageTargets } from '../../domain/today';
import type { Queryable } from '../database';
import {
  currentApplications,
  scopedApplications,
  selectedRows,
  selectionParams,
  type ReportSelection,
} from './report-scope';

/** A duration's count, median and 90th percentile in days (null: no cases). */
export interface DurationRow {
  count: number;
  median: number | null;
  p90: number | null;
}

const days = (interval: string) => `extract(epoch FROM ${interval}) / 86400`;
const durationColumns = (interval: string, prefix: string) => `
  count(${interval})::int AS "${prefix}Count",
  percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days(interval)}) AS "${prefix}Median",
  percentile_cont(0.9) WITHIN GROUP (ORDER BY ${days(interval)}) AS "${prefix}P90"`;

/** Per active stage: its stays' count and [median, 90th percentile], one sort per stage. */
const stayColumns = activeStages
  .map(
    (stage, i) => `count(*) FILTER (WHERE f.stage = '${stage}') AS n${i},
       percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY f.days)
         FILTER (WHERE f.stage = '${stage}') AS q${i}`,
  )
  .join(',\n       ');
const stayRows = activeStages.map((stage, i) => `('${stage}', n${i}, q${i})`).join(', ');

/**
 * How long the selected applications stayed in each active stage: from entering it to their next
 * move (the report facts keep each finished stay, stage_stay_facts one row per stay). Stays still
 * going are not counted (their length is not known yet). Each stage is its own filtered aggregate
 * rather than a GROUP BY, which sorted every stay by stage first.
 */
export async function measureStageStays(
  db: Queryable,
  selection: ReportSelection,
): Promise<(DurationRow & { stage: ActiveStage })[]> {
  const rows = await db.query<{
    stage: ActiveStage;
    stayCount: number;
    stayMedian: number | null;
    stayP90: number | null;
  }>(
    `WITH measured AS (
       SELECT ${stayColumns}
       FROM ${selectedRows('stage_stay_facts')}
     )
     SELECT stay.stage, stay.n::int AS "stayCount", stay.q[1] AS "stayMedian",
       stay.q[2] AS "stayP90"
     FROM measured CROSS JOIN LATERAL (VALUES ${stayRows}) AS stay(stage, n, q)
     WHERE stay.n > 0`,
    selectionParams(selection),
  );
  return rows.map((row) => ({
    stage: row.stage,
    count: row.stayCount,
    median: row.stayMedian,
    p90: row.stayP90,
  }));
}

export interface SpeedMonthRow {
  /** `YYYY-MM`; null for the whole period. */
  month: string | null;
  applications: number;
  hireCount: number;
  hireMedian: number | null;
  hireP90: number | null;
  contactCount: number;
  contactMedian: number | null;
  contactP90: number | null;
}

/**
 * Per month the applications came in (Jakarta time) and for the whole period: time from applying
 * to hired, and to the first contact: the first interview booked or the first e-mail of one of
 * the domain's firstContactTemplates, whichever came first (the report facts keep both).
 */
export async function measureHiringTimes(
  db: Queryable,
  selection: ReportSelection,
): Promise<SpeedMonthRow[]> {
  return db.query<SpeedMonthRow>(
    `WITH ${scopedApplications()},
     facts AS (
       SELECT date_trunc('month', s.applied_at AT TIME ZONE 'Asia/Jakarta') AS month,
         s.hired_at - s.applied_at AS to_hire, s.contacted_at - s.applied_at AS to_contact
       FROM scoped s
     )
     SELECT to_char(month, 'YYYY-MM') AS month, count(*)::int AS applications,
       ${durationColumns('to_hire', 'hire')},
       ${durationColumns('to_contact', 'contact')}
     FROM facts
     GROUP BY GROUPING SETS ((facts.month), ())
     ORDER BY facts.month NULLS FIRST`,
    selectionParams(selection),
  );
}

export interface WaitingRow {
  stage: ActiveStage;
  waiting: number;
  overTarget: number;
}

/**
 * The selected applications in each active stage of an open job now, and how many of them have
 * waited more working days than the job's target ($8: the default targets as JSON).
 */
export async function countWaiting(
  db: Queryable,
  selection: ReportSelection,
  defaults: StageTargets,
  now: Date,
): Promise<WaitingRow[]> {
  return db.query<WaitingRow>(
    `WITH ${currentApplications()}
     SELECT a.stage, count(*)::int AS waiting,
       count(*) FILTER (WHERE working_days_between(a.stage_entered_at, $9::timestamptz)
         > COALESCE(t.working_days, ($8::jsonb ->> a.stage)::int))::int AS "overTarget"
     FROM current_scope a
     LEFT JOIN stage_targets t ON t.job_id = a.job_id AND t.stage = a.stage
     WHERE a.stage IN ('applied', 'cv_screening', 'hr_interview', 'tests', 'user_interview', 'offer')
     GROUP BY a.stage`,
    [...selectionParams(selection), JSON.stringify(defaults), now],
  );
}
