/**
 * The applications a report covers, as a CTE named `cohort` (id, job_id): applied within the
 * period (`from` inclusive, `to` exclusive), narrowed by job, department, source and the job's
 * recruiter, and to the jobs the reader manages when they do not see every job. Anonymised
 * candidates keep their applications, so they still count.
 */
export interface CohortScope {
  from: Date;
  to: Date;
  jobId?: string | undefined;
  department?: string | undefined;
  recruiterId?: string | undefined;
  source?: string | undefined;
  /** Only the jobs this user is hiring manager of; undefined: every job (HR). */
  managerId?: string | undefined;
}

/** The CTE's SQL, its parameters starting at $1; more parameters follow from `cohortParams.length + 1`. */
export const cohortSql = `cohort AS (
  SELECT a.id, a.job_id
  FROM applications a
  JOIN jobs j ON j.id = a.job_id
  JOIN candidates c ON c.id = a.candidate_id
  WHERE a.created_at >= $1 AND a.created_at < $2
    AND ($3::uuid IS NULL OR a.job_id = $3::uuid)
    AND ($4::text IS NULL OR j.department = $4::text)
    AND ($5::text IS NULL OR c.source = $5::text)
    AND ($6::uuid IS NULL OR EXISTS (SELECT 1 FROM job_team_members m
      WHERE m.job_id = a.job_id AND m.user_id = $6::uuid AND m.team_role = 'recruiter'))
    AND ($7::uuid IS NULL OR EXISTS (SELECT 1 FROM job_team_members m
      WHERE m.job_id = a.job_id AND m.user_id = $7::uuid AND m.team_role = 'hiring_manager'))
)`;

export const cohortParams = (scope: CohortScope): unknown[] => [
  scope.from,
  scope.to,
  scope.jobId ?? null,
  scope.department ?? null,
  scope.source ?? null,
  scope.recruiterId ?? null,
  scope.managerId ?? null,
];

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
  JOIN cohort ON cohort.id = e.application_id
  WHERE (e.from_stage = 'hr_interview'
      AND (e.to_stage IN ('tests', 'user_interview', 'offer', 'hired')
        OR (e.to_stage = 'rejected' AND e.rejection_reason = 'failed_hr_interview')))
    OR (e.from_stage = 'user_interview'
      AND (e.to_stage IN ('offer', 'hired')
        OR (e.to_stage = 'rejected' AND e.rejection_reason = 'failed_user_interview')))
  ORDER BY e.application_id, e.from_stage, e.created_at DESC
)`;
