import { scopedApplications, selectionParams, type ReportSelection } from './report-scope';

/**
 * The report's applications (the frame's `scoped` CTE: id, job_id, …), parameters $1..$7; a
 * report's own parameters start at $8 (firstOwnParameter).
 */
export type CohortScope = ReportSelection;
export const cohortSql = scopedApplications();
export const cohortParams = (scope: CohortScope): unknown[] => selectionParams(scope);

/** A rating's point on the 4-point scale (the domain's ratingValue), from a JSON text. */
export const ratingPointSql = (text: string) =>
  `CASE ${text} WHEN 'strong_no' THEN 1 WHEN 'no' THEN 2 WHEN 'yes' THEN 3 WHEN 'strong_yes' THEN 4 END`;

/**
 * The stage's outcome for an application, from its moves (decisions and plain moves alike): the
 * latest move out of the interview stage that passed the candidate on, or rejected them for
 * failing that interview. Withdrawals and other rejections are no verdict.
 */
export const stageOutcomeSql = `stage_outcome AS (
  SELECT DISTINCT ON (e.application_id, e.from_stage)
    e.application_id,
    CASE e.from_stage WHEN 'hr_interview' THEN 'hr' ELSE 'user' END AS stage,
    e.to_stage <> 'rejected' AS advanced,
    e.created_at AS decided_at
  FROM application_events e
  JOIN scoped ON scoped.id = e.application_id
  WHERE (e.from_stage = 'hr_interview'
      AND (e.to_stage IN ('tests', 'user_interview', 'offer', 'hired')
        OR (e.to_stage = 'rejected' AND e.rejection_reason = 'failed_hr_interview')))
    OR (e.from_stage = 'user_interview'
      AND (e.to_stage IN ('offer', 'hired')
        OR (e.to_stage = 'rejected' AND e.rejection_reason = 'failed_user_interview')))
  ORDER BY e.application_id, e.from_stage, e.created_at DESC
)`;
