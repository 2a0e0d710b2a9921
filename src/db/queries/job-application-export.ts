import type { ExportedApplicant } from '../../domain/candidate-export';
import type { Queryable } from '../database';
import { interviewIsHeld, interviewMissed } from './interviews';

/** The outcome of the application's interviews of one stage (see stageInterviewOutcomes), by `now` ($2). */
const stageOutcome = (stage: 'hr' | 'user') => `(SELECT CASE
    WHEN bool_or(${interviewIsHeld('i', '$2::timestamptz')}) THEN 'held'
    WHEN bool_or(i.status = 'scheduled') THEN 'booked'
    WHEN bool_or(${interviewMissed('i')}) THEN 'no_show'
    WHEN count(*) > 0 THEN 'cancelled' END
  FROM interviews i WHERE i.application_id = a.id AND i.stage = '${stage}')`;

export interface JobApplicationExportRow extends ExportedApplicant {
  id: string;
}

/**
 * A job's applications with the candidate's contact details, oldest first. Candidates who stopped
 * the processing of their data (UU PDP) are left out, as from every list.
 */
export async function listJobApplicationsForExport(
  db: Queryable,
  jobId: string,
  now: Date,
): Promise<JobApplicationExportRow[]> {
  return db.query(
    `SELECT a.id, c.full_name AS "candidateName",
       c.anonymised_at IS NOT NULL AS anonymised, c.email, c.phone, c.source,
       c.source_detail AS "sourceDetail", a.stage,
       a.created_at AS "appliedAt", a.stage_entered_at AS "stageEnteredAt",
       ${stageOutcome('hr')} AS "hrInterview", ${stageOutcome('user')} AS "userInterview"
     FROM applications a JOIN candidates c ON c.id = a.candidate_id
     WHERE a.job_id = $1 AND c.processing_restricted_at IS NULL
     ORDER BY a.created_at, a.id`,
    [jobId, now],
  );
}
