import type { CandidateSource } from '../../domain/candidate';
import type { Queryable } from '../database';

export interface CandidateFields {
  fullName: string;
  email: string;
  phone: string | null;
  source: CandidateSource;
  tags: string[];
  notes: string;
}

export interface CandidateRow extends CandidateFields {
  id: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface CandidateListRow extends CandidateRow {
  /** The candidate's applications the reader may see, newest first. */
  applications: { jobId: string; jobTitle: string; stage: string }[];
}

const candidateColumns = `c.id, c.full_name AS "fullName", c.email, c.phone, c.source, c.tags, c.notes,
  c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;

/** `memberId` limits both the candidates and their listed applications to that user's jobs. */
export async function listCandidates(
  db: Queryable,
  filter: {
    memberId?: string | undefined;
    text?: string | undefined;
    /** A phone number in the query, already normalised to +62…, matched against stored numbers. */
    phone?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ rows: CandidateListRow[]; total: number }> {
  const visibleApplication = `a.candidate_id = c.id AND ($1::uuid IS NULL OR EXISTS (
      SELECT 1 FROM job_team_members m WHERE m.job_id = a.job_id AND m.user_id = $1))`;
  // A candidate who withdrew consent is out of lists and search (UU PDP: processing stops).
  const where = `WHERE c.processing_restricted_at IS NULL
      AND ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM applications a WHERE ${visibleApplication}))
      AND ($2::text IS NULL OR c.full_name ILIKE $2 OR c.email ILIKE $2 OR c.phone ILIKE $2 OR c.phone = $3
           OR array_to_string(c.tags, ' ') ILIKE $2)`;
  const pattern = filter.text ? `%${filter.text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` : null;
  const params = [filter.memberId ?? null, pattern, filter.phone ?? null];
  const rows = await db.query<CandidateListRow>(
    `SELECT ${candidateColumns},
       COALESCE((SELECT json_agg(json_build_object('jobId', j.id, 'jobTitle', j.title, 'stage', a.stage)
                  ORDER BY a.created_at DESC)
                 FROM applications a JOIN jobs j ON j.id = a.job_id
                 WHERE ${visibleApplication}), '[]'::json) AS applications
     FROM candidates c ${where}
     ORDER BY c.created_at DESC, c.id
     LIMIT $4 OFFSET $5`,
    [...params, filter.limit, filter.offset],
  );
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM candidates c ${where}`,
    params,
  );
  return { rows, total: count?.total ?? 0 };
}

export async function findCandidate(db: Queryable, id: string): Promise<CandidateRow | undefined> {
  const [row] = await db.query<CandidateRow>(
    `SELECT ${candidateColumns} FROM candidates c WHERE c.id = $1`,
    [id],
  );
  return row;
}

export async function insertCandidate(
  db: Queryable,
  candidate: CandidateFields & { createdBy: string },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO candidates (full_name, email, phone, source, tags, notes, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      candidate.fullName,
      candidate.email,
      candidate.phone,
      candidate.source,
      candidate.tags,
      candidate.notes,
      candidate.createdBy,
    ],
  );
  return row!.id;
}

export async function updateCandidate(
  db: Queryable,
  id: string,
  candidate: CandidateFields,
): Promise<void> {
  await db.query(
    `UPDATE candidates SET full_name = $2, email = $3, phone = $4, source = $5, tags = $6, notes = $7,
       updated_at = now() WHERE id = $1`,
    [
      id,
      candidate.fullName,
      candidate.email,
      candidate.phone,
      candidate.source,
      candidate.tags,
      candidate.notes,
    ],
  );
}

/** Whether the user sits on the hiring team of any job this candidate applied to. */
export async function candidateSharesJobWith(
  db: Queryable,
  candidateId: string,
  userId: string,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM applications a JOIN job_team_members m ON m.job_id = a.job_id
     WHERE a.candidate_id = $1 AND m.user_id = $2 LIMIT 1`,
    [candidateId, userId],
  );
  return rows.length > 0;
}

/** Demo data replays history: a candidate was added when their first application came in. */
export async function backdateCandidatesToFirstApplication(db: Queryable): Promise<void> {
  await db.query(
    `UPDATE candidates c SET created_at = first.at, updated_at = first.at
     FROM (SELECT candidate_id, min(created_at) AS at FROM applications GROUP BY candidate_id) first
     WHERE first.candidate_id = c.id AND first.at < c.created_at`,
  );
}
