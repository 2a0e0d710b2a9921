import type { Queryable } from '../database';
import { cohortParams, cohortSql, type CohortScope } from './report-cohort';

/**
 * HR's panel against the user's verdict, counted per job in the database: one row per job, HR
 * recommendation (the panel's mean, 2 decimals), HR score and verdict, with how many candidates
 * share it. HR's score mirrors the domain's summariseStage: the mean of the attribute means (the
 * report facts keep it per application, from HR's submitted scorecards).
 */
export interface AgreementCellRow {
  jobId: string;
  /** HR's mean recommendation on the 1-4 scale; null without a submitted HR scorecard. */
  recommendation: number | null;
  score: number | null;
  accepted: boolean;
  /**
   * Moved past the HR interview by a skip of its gate, with no HR decision (migration 057): no
   * HR verdict to pair with the user's, so these cells are counted apart.
   */
  hrGateSkipped: boolean;
  cases: number;
}

export async function agreementCells(
  db: Queryable,
  scope: CohortScope,
): Promise<AgreementCellRow[]> {
  return db.query<AgreementCellRow>(
    `WITH ${cohortSql}
     SELECT job_id AS "jobId", hr_recommendation::float8 AS recommendation,
       hr_score::float8 AS score, user_advanced AS accepted,
       hr_gate_skipped AS "hrGateSkipped", count(*)::int AS cases
     FROM scoped
     WHERE user_advanced IS NOT NULL
     GROUP BY 1, 2, 3, 4, 5`,
    cohortParams(scope),
  );
}

/**
 * What the agreement cannot show, per job: whom HR rejected, who reached the user without a
 * verdict. Only those applications are read (a partial index of migration 032 holds them); a job
 * with neither has no row.
 */
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
    `WITH ${cohortSql}
     SELECT job_id AS "jobId",
       count(*) FILTER (WHERE hr_advanced = false)::int AS "rejectedByHr",
       count(*) FILTER (WHERE user_advanced IS NULL
         AND 'user_interview' = ANY(reached))::int AS "withoutVerdict"
     FROM scoped
     WHERE hr_advanced = false OR (user_advanced IS NULL AND 'user_interview' = ANY(reached))
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
