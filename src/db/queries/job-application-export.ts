import type { ExportedApplicant } from '../../domain/candidate-export';
import type { Queryable } from '../database';

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
): Promise<JobApplicationExportRow[]> {
  return db.query(
    `SELECT a.id, c.full_name AS "candidateName", c.email, c.phone, c.source,
       c.source_detail AS "sourceDetail", a.stage,
       a.created_at AS "appliedAt", a.stage_entered_at AS "stageEnteredAt"
     FROM applications a JOIN candidates c ON c.id = a.candidate_id
     WHERE a.job_id = $1 AND c.processing_restricted_at IS NULL
     ORDER BY a.created_at, a.id`,
    [jobId],
  );
}
