import type { Queryable } from '../database';
import {
  cohortParams,
  cohortSql,
  ratingPointSql,
  stageOutcomeSql,
  type CohortScope,
} from './report-cohort';

/**
 * HR's panel against the user's verdict, counted per job in the database: one row per job, HR
 * recommendation (the panel's mean, 2 decimals), HR score and verdict, with how many candidates
 * share it. HR's score mirrors the domain's summariseStage: the mean of the attribute means.
 */
export interface AgreementCellRow {
  jobId: string;
  /** HR's mean recommendation on the 1-4 scale; null without a submitted HR scorecard. */
  recommendation: number | null;
  score: number | null;
  accepted: boolean;
  cases: number;
}

export async function agreementCells(
  db: Queryable,
  scope: CohortScope,
): Promise<AgreementCellRow[]> {
  return db.query<AgreementCellRow>(
    `WITH ${cohortSql}, ${stageOutcomeSql},
     verdict AS (SELECT application_id, advanced AS accepted FROM stage_outcome WHERE stage = 'user'),
     hr_cards AS (
       SELECT sc.application_id, sc.recommendation, sc.ratings
       FROM scorecards sc JOIN verdict v ON v.application_id = sc.application_id
       WHERE sc.stage = 'hr' AND sc.submitted_at IS NOT NULL
     ),
     hr_attribute AS (
       SELECT h.application_id, r->>'attribute' AS attribute,
         round(avg(${ratingPointSql("r->>'rating'")})::numeric, 2) AS mean
       FROM hr_cards h CROSS JOIN jsonb_array_elements(h.ratings) r
       WHERE r->>'rating' IS NOT NULL
       GROUP BY 1, 2
     ),
     hr_score AS (SELECT application_id, round(avg(mean), 2) AS score FROM hr_attribute GROUP BY 1),
     hr_recommendation AS (
       SELECT application_id,
         round(avg(${ratingPointSql('recommendation')})::numeric, 2) AS recommendation
       FROM hr_cards WHERE recommendation IS NOT NULL GROUP BY 1
     )
     SELECT cohort.job_id AS "jobId", r.recommendation::float8 AS recommendation,
       s.score::float8 AS score, v.accepted, count(*)::int AS cases
     FROM verdict v
     JOIN cohort ON cohort.id = v.application_id
     LEFT JOIN hr_score s ON s.application_id = v.application_id
     LEFT JOIN hr_recommendation r ON r.application_id = v.application_id
     GROUP BY 1, 2, 3, 4`,
    cohortParams(scope),
  );
}

/** What the agreement cannot show, per job: whom HR rejected, who reached the user without a verdict. */
export interface AgreementReachRow {
  jobId: string;
  rejectedByHr: number;
  withoutVerdict: number;
}

export async function agreementReach(
  db: Queryable,
  scope: CohortScope,
): Promise<AgreementReachRow[]> {
  return db.query<AgreementReachRow>(
    `WITH ${cohortSql}, ${stageOutcomeSql}
     SELECT cohort.job_id AS "jobId",
       count(*) FILTER (WHERE hr.advanced = false)::int AS "rejectedByHr",
       count(*) FILTER (WHERE u.application_id IS NULL AND EXISTS (
         SELECT 1 FROM application_events e
         WHERE e.application_id = cohort.id AND e.to_stage = 'user_interview'))::int AS "withoutVerdict"
     FROM cohort
     LEFT JOIN stage_outcome hr ON hr.application_id = cohort.id AND hr.stage = 'hr'
     LEFT JOIN stage_outcome u ON u.application_id = cohort.id AND u.stage = 'user'
     GROUP BY 1`,
    cohortParams(scope),
  );
}

export interface ReportJobRow {
  jobId: string;
  jobTitle: string;
  recruiterId: string | null;
  recruiterName: string | null;
}

/** The titles and recruiters of the jobs a report's rows name. */
export async function reportJobs(
  db: Queryable,
  jobIds: readonly string[],
): Promise<ReportJobRow[]> {
  if (jobIds.length === 0) return [];
  return db.query<ReportJobRow>(
    `SELECT j.id AS "jobId", j.title AS "jobTitle", m.user_id AS "recruiterId",
       u.name AS "recruiterName"
     FROM jobs j
     LEFT JOIN job_team_members m ON m.job_id = j.id AND m.team_role = 'recruiter'
     LEFT JOIN users u ON u.id = m.user_id
     WHERE j.id = ANY($1::uuid[])
     ORDER BY j.title, j.id`,
    [jobIds],
  );
}
