import type { Queryable } from '../database';
import { cohortParams, cohortSql, type CohortScope } from './report-cohort';

/**
 * The offers sent to the cohort's candidates, counted in the database: what became of them, the
 * reasons given for declining, the days from sending to the answer (percentile_cont, as the
 * domain's percentile), and where each accepted salary sits in the job's band (as the domain's
 * bandPosition: either end may be open).
 */
export interface OfferTallyRow {
  made: number;
  accepted: number;
  declined: number;
  withdrawn: number;
  waiting: number;
  answered: number;
  medianDays: number | null;
  p90Days: number | null;
  belowBand: number;
  withinBand: number;
  aboveBand: number;
  noBand: number;
}

const sentOffersSql = `sent AS (
  SELECT o.id, o.status, o.sent_at, j.salary_min, j.salary_max
  FROM offers o
  JOIN scoped ON scoped.id = o.application_id
  JOIN jobs j ON j.id = scoped.job_id
  WHERE o.sent_at IS NOT NULL
)`;

export async function offerTally(db: Queryable, scope: CohortScope): Promise<OfferTallyRow> {
  const [row] = await db.query<OfferTallyRow>(
    `WITH ${cohortSql}, ${sentOffersSql},
     answer AS (
       -- An answer given outside the portal counts from its day (by that day's end at the
       -- latest), not from when HR got round to recording it.
       SELECT s.id, a.kind, CASE WHEN a.given_on IS NULL THEN a.answered_at ELSE greatest(s.sent_at,
           least(a.answered_at, (a.given_on + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')) END
           AS answered_at,
         s.sent_at, v.gross_monthly_salary AS salary,
         s.salary_min, s.salary_max
       FROM sent s
       JOIN offer_answers a ON a.offer_id = s.id AND a.kind IN ('accept', 'decline')
       JOIN offer_versions v ON v.offer_id = a.offer_id AND v.version = a.version
     ),
     timing AS (
       SELECT count(*)::int AS answered,
         percentile_cont(0.5) WITHIN GROUP (
           ORDER BY extract(epoch FROM answered_at - sent_at) / 86400) AS median,
         percentile_cont(0.9) WITHIN GROUP (
           ORDER BY extract(epoch FROM answered_at - sent_at) / 86400) AS p90,
         count(*) FILTER (WHERE kind = 'accept' AND (salary_min IS NOT NULL OR salary_max IS NOT NULL)
           AND salary < salary_min)::int AS below,
         count(*) FILTER (WHERE kind = 'accept' AND (salary_min IS NOT NULL OR salary_max IS NOT NULL)
           AND NOT coalesce(salary < salary_min, false)
           AND salary > salary_max)::int AS above,
         count(*) FILTER (WHERE kind = 'accept' AND salary_min IS NULL AND salary_max IS NULL)::int
           AS no_band,
         count(*) FILTER (WHERE kind = 'accept')::int AS accepted_answers
       FROM answer
     )
     SELECT count(*)::int AS made,
       count(*) FILTER (WHERE s.status = 'accepted')::int AS accepted,
       count(*) FILTER (WHERE s.status = 'declined')::int AS declined,
       count(*) FILTER (WHERE s.status = 'withdrawn')::int AS withdrawn,
       count(*) FILTER (WHERE s.status NOT IN ('accepted', 'declined', 'withdrawn'))::int AS waiting,
       (SELECT answered FROM timing) AS answered,
       (SELECT median FROM timing)::float8 AS "medianDays",
       (SELECT p90 FROM timing)::float8 AS "p90Days",
       (SELECT below FROM timing) AS "belowBand",
       (SELECT accepted_answers - below - above - no_band FROM timing) AS "withinBand",
       (SELECT above FROM timing) AS "aboveBand",
       (SELECT no_band FROM timing) AS "noBand"
     FROM sent s`,
    cohortParams(scope),
  );
  return row!;
}

export interface DeclineReasonRow {
  reason: string | null;
  count: number;
}

export async function offerDeclineReasons(
  db: Queryable,
  scope: CohortScope,
): Promise<DeclineReasonRow[]> {
  return db.query<DeclineReasonRow>(
    `WITH ${cohortSql}, ${sentOffersSql}
     SELECT a.decline_reason AS reason, count(*)::int AS count
     FROM sent s JOIN offer_answers a ON a.offer_id = s.id AND a.kind = 'decline'
     GROUP BY 1`,
    cohortParams(scope),
  );
}
