import { activeStages, type ActiveStage } from '../../domain/pipeline';
import type { StageTargets } from '../../domain/today';
import type { Queryable } from '../database';
import {
  countedApplications,
  currentApplications,
  selectedFacts,
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

/**
 * The two stays around position `pos` (0-based, shortest first) of stage `c.stage`'s `c.n`
 * selected stays, read by position from the index in stay length order (migration 032): from
 * the short end up to a median, from the long end down to a 90th percentile.
 */
const staysAround = (pos: string, from: 'short' | 'long') => `(
  SELECT ARRAY[min(x.days), max(x.days)] FROM (
    SELECT f.days FROM stage_stay_facts f
    WHERE f.stage = c.stage AND ${selectedFacts}
    ORDER BY f.days ${from === 'short' ? 'ASC' : 'DESC'}
    OFFSET ${from === 'short' ? `floor(${pos})` : `greatest(c.n - 2 - floor(${pos}), 0)`}
    LIMIT 2) x)`;

/**
 * percentile_cont's own arithmetic on the two stays around its position (the same float8
 * operations, so the same figure as before to the last bit): lower + fraction × (upper − lower).
 */
const interpolated = (pos: string, around: string) =>
  `${around}[1] + ((${pos} - floor(${pos})) * (${around}[2] - ${around}[1]))`;

/**
 * Up to this many stays a stage's are sorted (percentile_cont), read from the index by stage and
 * date (migration 043) or, for one job, by job: a narrow filter reads them at once, where reading
 * by position would walk much of the stage's index to find them.
 */
const sortedStaysAtMost = 20_000;

/**
 * A period shorter than this is sorted whatever its size. Reading by position walks the stage's
 * stays of all time in length order, the period's and the others alike, to about half of them
 * (the median): it pays only when the period holds most of them (a year), while a sort costs what
 * the period holds. At 300,000 applications a quarter's 73,000 stays of a stage took 1.1 s of
 * PGlite's CPU by position, 0.3 s sorted; a year's 270,000 are quicker by position on PostgreSQL.
 */
const sortedPeriodUnder = '183 days';

/**
 * How long the selected applications stayed in each active stage: from entering it to their next
 * move (the report facts keep each finished stay, stage_stay_facts one row per stay). Stays still
 * going are not counted (their length is not known yet). Exact median and 90th percentile, as
 * percentile_cont gives them, without sorting every stay: each stage's stays are counted from the
 * month counts (migration 033), then the two stays around each percentile's position are read
 * from the index in stay length order (a stage with few selected stays, or a short period, is
 * simply sorted).
 */
export async function measureStageStays(
  db: Queryable,
  selection: ReportSelection,
): Promise<(DurationRow & { stage: ActiveStage })[]> {
  const median = '(0.5::float8 * (c.n - 1))';
  const p90 = '(0.9::float8 * (c.n - 1))';
  const rows = await db.query<{
    stage: ActiveStage;
    stayCount: number;
    stayMedian: number | null;
    stayP90: number | null;
  }>(
    `WITH ${countedApplications()},
     -- Summed per list of stays first: a few hundred lists to unnest instead of every counted row.
     stay_lists AS (
       SELECT stay_stages, sum(applications) AS applications FROM scoped GROUP BY stay_stages
     ),
     counted AS (
       SELECT st.stage, sum(s.applications)::int AS n
       FROM stay_lists s CROSS JOIN unnest(s.stay_stages) AS st(stage)
       WHERE st.stage = ANY($8::text[])
       GROUP BY st.stage
       HAVING sum(s.applications) > 0
     ),
     sorting AS (
       SELECT c.*, (c.n <= $9 OR $2::timestamptz - $1::timestamptz < $10::interval) AS sorts
       FROM counted c
     ),
     around AS MATERIALIZED (
       SELECT c.stage, c.n,
         CASE WHEN NOT c.sorts THEN ${staysAround(median, 'short')} END AS m,
         CASE WHEN NOT c.sorts THEN ${staysAround(p90, 'long')} END AS q,
         CASE WHEN c.sorts THEN (
           SELECT percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY f.days)
           FROM stage_stay_facts f WHERE f.stage = c.stage AND ${selectedFacts}) END AS sorted
       FROM sorting c
     )
     SELECT c.stage, c.n AS "stayCount",
       coalesce(c.sorted[1], ${interpolated(median, 'c.m')}) AS "stayMedian",
       coalesce(c.sorted[2], ${interpolated(p90, 'c.q')}) AS "stayP90"
     FROM around c
     ORDER BY array_position($8::text[], c.stage)`,
    [...selectionParams(selection), activeStages, sortedStaysAtMost, sortedPeriodUnder],
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
 * Per month applied (Jakarta time) and for the whole period: a duration's count, median, p90,
 * from when the team received the application (an imported one: the import; migration 056).
 */
const durationsByMonth = (name: string, end: string) => `${name} AS (
  SELECT month, count(*)::int AS n,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median,
    percentile_cont(0.9) WITHIN GROUP (ORDER BY days) AS p90
  FROM (
    SELECT date_trunc('month', f.applied_at AT TIME ZONE 'Asia/Jakarta') AS month,
      extract(epoch FROM f.${end} - coalesce(f.received_at, f.applied_at)) / 86400 AS days
    FROM ${selectedRows('application_report_facts')} AND f.${end} IS NOT NULL
  ) timed
  GROUP BY GROUPING SETS ((month), ()))`;

/**
 * Per month the applications came in (Jakarta time) and for the whole period: time from applying
 * to hired, and to the first contact: the first interview booked or the first e-mail of one of
 * the domain's firstContactTemplates, whichever came first (the report facts keep both). The
 * applications are counted by month (report_month_facts); only the hired and the contacted are
 * read one by one (partial indexes of migration 032), as the percentiles need each value.
 */
export async function measureHiringTimes(
  db: Queryable,
  selection: ReportSelection,
): Promise<SpeedMonthRow[]> {
  return db.query<SpeedMonthRow>(
    `WITH ${countedApplications()},
     applied AS (
       SELECT month, coalesce(sum(applications), 0)::int AS applications FROM scoped
       GROUP BY GROUPING SETS ((month), ())
       HAVING sum(applications) > 0 OR GROUPING(month) = 1
     ),
     ${durationsByMonth('hire', 'hired_at')},
     ${durationsByMonth('contact', 'contacted_at')}
     -- One row per month from the three, by grouping rather than joining: joins on the month
     -- (the whole period's is null) were estimated so large the query was JIT-compiled (seconds).
     SELECT to_char(x.month, 'YYYY-MM') AS month, sum(x.applications)::int AS applications,
       coalesce(sum(x.hire_n), 0)::int AS "hireCount", max(x.hire_median) AS "hireMedian",
       max(x.hire_p90) AS "hireP90", coalesce(sum(x.contact_n), 0)::int AS "contactCount",
       max(x.contact_median) AS "contactMedian", max(x.contact_p90) AS "contactP90"
     FROM (
       SELECT month, applications, NULL::int AS hire_n, NULL::float8 AS hire_median,
         NULL::float8 AS hire_p90, NULL::int AS contact_n, NULL::float8 AS contact_median,
         NULL::float8 AS contact_p90
       FROM applied
       UNION ALL SELECT month, NULL, n, median, p90, NULL, NULL, NULL FROM hire
       UNION ALL SELECT month, NULL, NULL, NULL, NULL, n, median, p90 FROM contact
     ) x
     GROUP BY x.month
     HAVING count(x.applications) > 0
     ORDER BY x.month NULLS FIRST`,
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
    `WITH ${currentApplications()},
     -- Counted per job, stage and day entered (Jakarta) first: working days depend on the day
     -- alone, so they are counted once per day instead of once per application.
     entered AS (
       SELECT a.job_id, a.stage, (a.stage_entered_at AT TIME ZONE 'Asia/Jakarta')::date AS day,
         count(*) AS n
       FROM current_scope a
       WHERE a.stage IN ('applied', 'cv_screening', 'hr_interview', 'tests', 'user_interview', 'offer')
       GROUP BY 1, 2, 3
     )
     SELECT e.stage, sum(e.n)::int AS waiting,
       coalesce(sum(e.n) FILTER (
         WHERE working_days_between(e.day::timestamp AT TIME ZONE 'Asia/Jakarta', $9::timestamptz)
           > COALESCE(t.working_days, ($8::jsonb ->> e.stage)::int)), 0)::int AS "overTarget"
     FROM entered e
     LEFT JOIN stage_targets t ON t.job_id = e.job_id AND t.stage = e.stage
     GROUP BY e.stage`,
    [...selectionParams(selection), JSON.stringify(defaults), now],
  );
}
