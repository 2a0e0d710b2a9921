import type { CvFileKind, CvTextStatus } from '../../domain/cv-file';
import type { Stage } from '../../domain/pipeline';
import type { Queryable } from '../database';
import type { BundleRead } from './read-bundle';

export interface CvFileRow {
  id: string;
  candidateId: string;
  applicationId: string | null;
  sha256: string;
  kind: CvFileKind;
  byteSize: number;
  fileName: string;
  textStatus: CvTextStatus;
  textProblem: string | null;
  textExtractedAt: Date | null;
  /** HR attached it (a candidate added by hand); false for the candidate's own upload. */
  attachedByHr: boolean;
  createdAt: Date;
}

const cvFileColumns = `f.id, f.candidate_id AS "candidateId", f.application_id AS "applicationId",
  f.sha256, f.kind, f.byte_size AS "byteSize", f.file_name AS "fileName",
  f.text_status AS "textStatus", f.text_problem AS "textProblem",
  f.text_extracted_at AS "textExtractedAt", f.uploaded_by IS NOT NULL AS "attachedByHr",
  f.created_at AS "createdAt"`;

export async function insertCvFile(
  db: Queryable,
  file: Pick<
    CvFileRow,
    'candidateId' | 'applicationId' | 'sha256' | 'kind' | 'byteSize' | 'fileName'
  > & {
    /** The HR user who attached it; absent for the candidate's own upload. */
    uploadedBy?: string | undefined;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO cv_files (candidate_id, application_id, sha256, kind, byte_size, file_name, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      file.candidateId,
      file.applicationId,
      file.sha256,
      file.kind,
      file.byteSize,
      file.fileName,
      file.uploadedBy ?? null,
    ],
  );
  return row!.id;
}

export async function findCvFile(db: Queryable, id: string): Promise<CvFileRow | undefined> {
  const [row] = await db.query<CvFileRow>(
    `SELECT ${cvFileColumns} FROM cv_files f WHERE f.id = $1`,
    [id],
  );
  return row;
}

/** A candidate's ($1) CV files, newest first. */
export const cvFilesOfCandidate: BundleRead<CvFileRow> = {
  sql: `SELECT ${cvFileColumns} FROM cv_files f WHERE f.candidate_id = $1 ORDER BY f.created_at DESC`,
  dates: ['textExtractedAt', 'createdAt'],
};

/**
 * Deletes the CVs HR attached to a candidate (what a new attachment replaces) and returns their
 * hashes, so the caller can remove bytes no other record points at once the change commits.
 */
export async function deleteCvFilesAttachedByHr(
  db: Queryable,
  candidateId: string,
): Promise<string[]> {
  const rows = await db.query<{ sha256: string }>(
    `DELETE FROM cv_files WHERE candidate_id = $1 AND uploaded_by IS NOT NULL RETURNING sha256`,
    [candidateId],
  );
  return rows.map((row) => row.sha256);
}

/** The newest CV of each application, for the interview kit and the screening view. */
export async function latestCvFileOfApplication(
  db: Queryable,
  applicationId: string,
): Promise<CvFileRow | undefined> {
  const [row] = await db.query<CvFileRow>(
    `SELECT ${cvFileColumns} FROM cv_files f
     JOIN applications a ON a.candidate_id = f.candidate_id
     WHERE a.id = $1
     ORDER BY (f.application_id = a.id) DESC NULLS LAST, f.created_at DESC LIMIT 1`,
    [applicationId],
  );
  return row;
}

/**
 * Records the outcome of reading a file and refreshes the candidate's searchable CV text in the
 * same statement group, so search never sees one without the other.
 */
export async function recordCvText(
  db: Queryable,
  id: string,
  outcome: {
    status: Exclude<CvTextStatus, 'pending'>;
    text: string | null;
    problem: string | null;
  },
): Promise<void> {
  const [row] = await db.query<{ candidateId: string }>(
    `UPDATE cv_files SET text_status = $2, text = $3, text_problem = $4, text_extracted_at = now()
     WHERE id = $1 AND text_status = 'pending' RETURNING candidate_id AS "candidateId"`,
    [id, outcome.status, outcome.text, outcome.problem],
  );
  if (row) await refreshCandidateCvText(db, row.candidateId);
}

/**
 * CVs as if uploaded and already read (demo data), in one statement. The caller writes the
 * candidates' searchable text (candidates.cv_text) itself: the demo, with the candidates.
 */
export async function insertCvFileRows(
  db: Queryable,
  files: readonly {
    candidateId: string;
    sha256: string;
    byteSize: number;
    fileName: string;
    text: string;
  }[],
): Promise<void> {
  if (!files.length) return;
  await db.query(
    `INSERT INTO cv_files (candidate_id, sha256, kind, byte_size, file_name, text_status, text,
       text_extracted_at)
     SELECT candidate_id, sha256, 'pdf', byte_size, file_name, 'extracted', text, now()
     FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::text[])
       AS f (candidate_id, sha256, byte_size, file_name, text)`,
    [
      files.map((file) => file.candidateId),
      files.map((file) => file.sha256),
      files.map((file) => file.byteSize),
      files.map((file) => file.fileName),
      files.map((file) => file.text),
    ],
  );
}

/** The candidate's searchable CV text is every readable CV of theirs, oldest first. */
export async function refreshCandidateCvText(db: Queryable, candidateId: string): Promise<void> {
  await db.query(
    `UPDATE candidates SET cv_text = COALESCE((
       SELECT string_agg(text, E'\n\n' ORDER BY created_at) FROM cv_files
       WHERE candidate_id = $1 AND text IS NOT NULL), '')
     WHERE id = $1`,
    [candidateId],
  );
}

export interface ScreeningRow {
  applicationId: string;
  candidateId: string;
  candidateName: string;
  city: string | null;
  stage: Stage;
  appliedAt: Date;
  cvFile: (Omit<CvFileRow, 'createdAt' | 'textExtractedAt'> & { text: string | null }) | null;
}

/** A job's applications at one stage, each with its newest CV and that CV's text. */
export async function listScreeningRows(
  db: Queryable,
  jobId: string,
  stage: Stage,
): Promise<ScreeningRow[]> {
  return db.query<ScreeningRow>(
    `SELECT a.id AS "applicationId", c.id AS "candidateId", c.full_name AS "candidateName", c.city,
       a.stage, a.created_at AS "appliedAt",
       (SELECT json_build_object('id', f.id, 'candidateId', f.candidate_id,
          'applicationId', f.application_id, 'sha256', f.sha256, 'kind', f.kind,
          'byteSize', f.byte_size, 'fileName', f.file_name, 'textStatus', f.text_status,
          'textProblem', f.text_problem, 'text', f.text)
        FROM cv_files f WHERE f.candidate_id = c.id
        ORDER BY (f.application_id = a.id) DESC NULLS LAST, f.created_at DESC LIMIT 1) AS "cvFile"
     FROM applications a JOIN candidates c ON c.id = a.candidate_id
     WHERE a.job_id = $1 AND a.stage = $2
     ORDER BY a.stage_entered_at, a.created_at`,
    [jobId, stage],
  );
}

/** How many of a job's applications wait at each screening stage (zero when none). */
export async function countScreeningStages(
  db: Queryable,
  jobId: string,
): Promise<{ applied: number; cv_screening: number }> {
  const rows = await db.query<{ stage: 'applied' | 'cv_screening'; n: number }>(
    `SELECT a.stage, count(*)::int AS n FROM applications a
     WHERE a.job_id = $1 AND a.stage IN ('applied', 'cv_screening') GROUP BY a.stage`,
    [jobId],
  );
  const count = (stage: string) => rows.find((row) => row.stage === stage)?.n ?? 0;
  return { applied: count('applied'), cv_screening: count('cv_screening') };
}
