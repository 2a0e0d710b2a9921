import type { Queryable } from '../database';
import type { Stage } from '../../domain/pipeline';
import type { CandidateRow } from './candidates';

export interface DuplicateCandidateRow {
  id: string;
  fullName: string;
  email: string;
  phone: string | null;
  city: string | null;
  createdAt: Date;
}

/** A possible duplicate before the domain compares it; `createdAtMs` is `createdAt` in epoch ms. */
export type PossibleDuplicateRow = Omit<DuplicateCandidateRow, 'createdAt'> & {
  createdAtMs: number;
};

/**
 * Candidates that may be the same person, oldest first: same e-mail, same phone, or in the same
 * city with a name word in common. The domain decides from these which really look alike, so all
 * are read: cut at some number, a common name word in a big city (a thousand "Nur" in Jakarta
 * Selatan at 100,000 candidates) pushed a real match out before it was ever compared. The date
 * comes as a number: parsing a thousand timestamps, for the few rows that are shown, is not free.
 * "Same city and a name word in common" is one key per city and word (migration 049), so the
 * index finds exactly those rows rather than every namesake and everyone in the city.
 */
export async function findPossibleDuplicates(
  db: Queryable,
  candidate: { id: string; email: string; phone: string | null; city: string | null },
  nameWords: readonly string[],
  memberId: string | undefined,
): Promise<PossibleDuplicateRow[]> {
  return db.query<PossibleDuplicateRow>(
    `SELECT c.id, c.full_name AS "fullName", c.email, c.phone, c.city,
       floor(extract(epoch FROM c.created_at) * 1000)::float8 AS "createdAtMs"
     FROM candidates c
     WHERE c.id <> $1 AND c.processing_restricted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM distinct_candidates d
                       WHERE d.candidate_a = LEAST($1::uuid, c.id)
                         AND d.candidate_b = GREATEST($1::uuid, c.id))
       AND (c.email = $2 OR c.phone = $3
            OR candidate_city_name_keys(c.city, c.full_name)
                 && ARRAY(SELECT lower($4::text) || '|' || word FROM unnest($5::text[]) AS word))
       AND ($6::uuid IS NULL OR EXISTS (
             SELECT 1 FROM applications a JOIN job_team_members m ON m.job_id = a.job_id
             WHERE a.candidate_id = c.id AND m.user_id = $6))
     ORDER BY c.created_at`,
    [candidate.id, candidate.email, candidate.phone, candidate.city, nameWords, memberId ?? null],
  );
}

/** One application as HR tells duplicate records apart by it: which job, since when, where now. */
export interface DuplicateApplicationRow {
  candidateId: string;
  id: string;
  jobId: string;
  jobTitle: string;
  stage: Stage;
  appliedAt: Date;
}

export async function applicationsOfCandidates(
  db: Queryable,
  candidateIds: readonly string[],
  /** Only jobs this team member works on; undefined for HR, who sees every job. */
  memberId: string | undefined,
): Promise<DuplicateApplicationRow[]> {
  if (candidateIds.length === 0) return [];
  return db.query<DuplicateApplicationRow>(
    `SELECT a.candidate_id AS "candidateId", a.id, a.job_id AS "jobId", j.title AS "jobTitle",
       a.stage, a.created_at AS "appliedAt"
     FROM applications a JOIN jobs j ON j.id = a.job_id
     WHERE a.candidate_id = ANY($1::uuid[])
       AND ($2::uuid IS NULL OR EXISTS (
             SELECT 1 FROM job_team_members m WHERE m.job_id = a.job_id AND m.user_id = $2))
     ORDER BY a.created_at`,
    [candidateIds, memberId ?? null],
  );
}

/** HR found these two to be different people: the pair is not flagged again. */
export async function markDistinctCandidates(
  db: Queryable,
  pair: readonly [string, string],
  markedBy: string,
): Promise<void> {
  await db.query(
    `INSERT INTO distinct_candidates (candidate_a, candidate_b, marked_by)
     VALUES (LEAST($1::uuid, $2::uuid), GREATEST($1::uuid, $2::uuid), $3)
     ON CONFLICT DO NOTHING`,
    [pair[0], pair[1], markedBy],
  );
}

export async function lockCandidates(
  db: Queryable,
  ids: readonly string[],
): Promise<CandidateRow[]> {
  return db.query(
    `SELECT c.id, c.full_name AS "fullName", c.email, c.phone, c.source,
       c.source_detail AS "sourceDetail", c.tags, c.notes, c.city,
       c.portfolio_url AS "portfolioUrl", c.created_at AS "createdAt", c.updated_at AS "updatedAt"
     FROM candidates c WHERE c.id = ANY($1::uuid[]) ORDER BY c.id FOR UPDATE`,
    [ids],
  );
}

export interface MergeApplicationRow {
  id: string;
  candidateId: string;
  jobId: string;
  stage: string;
  createdAt: Date;
  /** Interviews, scorecards, decisions or offers hang on it: folding it away would lose them. */
  hasInterviews: boolean;
}

export async function lockApplicationsOfCandidates(
  db: Queryable,
  candidateIds: readonly string[],
): Promise<MergeApplicationRow[]> {
  return db.query<MergeApplicationRow>(
    `SELECT a.id, a.candidate_id AS "candidateId", a.job_id AS "jobId", a.stage,
       a.created_at AS "createdAt",
       (EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = a.id)
        OR EXISTS (SELECT 1 FROM decisions d WHERE d.application_id = a.id)
        OR EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id)
        OR EXISTS (SELECT 1 FROM offers o WHERE o.application_id = a.id)) AS "hasInterviews"
     FROM applications a WHERE a.candidate_id = ANY($1::uuid[]) ORDER BY a.id FOR UPDATE`,
    [candidateIds],
  );
}

/**
 * Moves one application's history, files, consents, e-mails and portal links onto another of the
 * same job, then removes it. A portal link stays valid unless the kept application has its own.
 */
export async function foldApplicationInto(
  db: Queryable,
  droppedId: string,
  keptId: string,
): Promise<void> {
  // Every table that holds what the candidate or HR added to the application; only the derived
  // report facts go with it, and they are rebuilt from the events that move here.
  await repoint(db, 'application_id', droppedId, keptId, [
    'application_events',
    'cv_files',
    'consents',
    'email_messages',
    'salary_expectations',
    'application_contacts',
  ]);
  await db.query(
    `UPDATE portal_links SET application_id = $2,
       revoked_at = CASE WHEN revoked_at IS NULL AND EXISTS (
         SELECT 1 FROM portal_links k WHERE k.application_id = $2 AND k.revoked_at IS NULL)
       THEN now() ELSE revoked_at END
     WHERE application_id = $1`,
    [droppedId, keptId],
  );
  await db.query('DELETE FROM applications WHERE id = $1', [droppedId]);
}

/** Rows of these tables that name `fromId` in `column` name `toId` instead. */
async function repoint(
  db: Queryable,
  column: 'application_id' | 'candidate_id',
  fromId: string,
  toId: string,
  tables: readonly string[],
): Promise<void> {
  for (const table of tables) {
    await db.query(`UPDATE ${table} SET ${column} = $2 WHERE ${column} = $1`, [fromId, toId]);
  }
}

/** Re-points everything the merged candidate owns to the kept one, records the merge, deletes it. */
export async function moveCandidateRecords(
  db: Queryable,
  merge: {
    keptId: string;
    mergedId: string;
    actorId: string;
    fields: {
      phone: string | null;
      city: string | null;
      sourceDetail: string | null;
      portfolioUrl: string | null;
      tags: string[];
      notes: string;
    };
  },
): Promise<void> {
  const { keptId, mergedId } = merge;
  // One standing talent-pool consent per person: the kept record's own supersedes the other.
  await db.query(
    `UPDATE consents SET withdrawn_at = now()
     WHERE candidate_id = $1 AND purpose = 'talent_pool' AND withdrawn_at IS NULL
       AND EXISTS (SELECT 1 FROM consents k WHERE k.candidate_id = $2
                   AND k.purpose = 'talent_pool' AND k.withdrawn_at IS NULL)`,
    [mergedId, keptId],
  );
  // Everything that names the merged record moves, or the delete below would take it along.
  await repoint(db, 'candidate_id', mergedId, keptId, [
    'applications',
    'cv_files',
    'consents',
    'email_messages',
    'talent_pool_invitations',
  ]);
  await db.query(
    `INSERT INTO distinct_candidates (candidate_a, candidate_b, marked_by, marked_at)
     SELECT LEAST($2::uuid, other), GREATEST($2::uuid, other), marked_by, marked_at
     FROM (SELECT CASE WHEN candidate_a = $1 THEN candidate_b ELSE candidate_a END AS other,
             marked_by, marked_at
           FROM distinct_candidates WHERE candidate_a = $1 OR candidate_b = $1) pairs
     WHERE other <> $2
     ON CONFLICT DO NOTHING`,
    [mergedId, keptId],
  );
  await db.query(
    `UPDATE candidates SET phone = $2, city = $3, portfolio_url = $4, tags = $5, notes = $6,
       source_detail = $7, updated_at = now() WHERE id = $1`,
    [
      keptId,
      merge.fields.phone,
      merge.fields.city,
      merge.fields.portfolioUrl,
      merge.fields.tags,
      merge.fields.notes,
      merge.fields.sourceDetail,
    ],
  );
  await db.query(
    `INSERT INTO candidate_merges (kept_candidate_id, merged_candidate_id, merged_by) VALUES ($1, $2, $3)`,
    [keptId, mergedId, merge.actorId],
  );
  await db.query('DELETE FROM candidates WHERE id = $1', [mergedId]);
}
