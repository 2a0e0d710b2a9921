import type { CandidateSource } from '../../domain/candidate';
import type { Stage } from '../../domain/pipeline';
import type { Queryable } from '../database';

export interface JobApplicationExportRow {
  id: string;
  candidateName: string;
  email: string;
  phone: string | null;
  source: CandidateSource;
  /** The words of an 'other' source, as HR or the import wrote them. */
  sourceDetail: string | null;
  stage: Stage;
  appliedAt: Date;
  stageEnteredAt: Date;
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
