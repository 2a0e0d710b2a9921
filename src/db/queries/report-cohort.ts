import { scopedApplications, selectionParams, type ReportSelection } from './report-scope';

/**
 * The report's applications (the frame's `scoped` CTE: id, job_id, …), parameters $1..$7; a
 * report's own parameters start at $8 (firstOwnParameter).
 */
export type CohortScope = ReportSelection;
export const cohortSql = scopedApplications();
export const cohortParams = (scope: CohortScope): unknown[] => selectionParams(scope);

/**
 * The stage's outcome for an application, from its moves (decisions and plain moves alike): the
 * latest move out of the interview stage that passed the candidate on, or rejected them for
 * failing that interview (the report facts keep it). Withdrawals and other rejections are no
 * verdict.
 */
export const stageOutcomeSql = `stage_outcome AS (
  SELECT id AS application_id, 'hr' AS stage, hr_advanced AS advanced
  FROM scoped WHERE hr_advanced IS NOT NULL
  UNION ALL
  SELECT id, 'user', user_advanced FROM scoped WHERE user_advanced IS NOT NULL
)`;
