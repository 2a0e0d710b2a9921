import type { CandidateSource } from '../../domain/candidate';
import type { Queryable } from '../database';
import { insertMany } from './bulk-insert';
import type { BundleRead } from './read-bundle';

export interface CandidateFields {
  fullName: string;
  email: string;
  phone: string | null;
  source: CandidateSource;
  tags: string[];
  notes: string;
  /** Where the candidate lives; from the apply form, used to spot duplicates. */
  city?: string | null | undefined;
  portfolioUrl?: string | null | undefined;
  /** Which 'other' source, or who referred a 'referral' (undefined in an edit: kept). */
  sourceDetail?: string | null | undefined;
}

export interface CandidateRow extends CandidateFields {
  id: string;
  /** Beside 'other', the source as HR or the file wrote it; beside 'referral', who referred them. */
  sourceDetail: string | null;
  city: string | null;
  portfolioUrl: string | null;
  /** The candidate withdrew consent: processing has stopped (UU PDP). */
  processingRestricted: boolean;
  /** HR added them by hand (not the careers page): HR may attach and replace their CV. */
  addedByHand: boolean;
  /** Erased on request or anonymised after retention: `fullName` is the stored placeholder. */
  anonymised: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface CandidateListRow extends CandidateRow {
  /** The candidate's applications the reader may see, newest first. */
  applications: { jobId: string; jobTitle: string; stage: string }[];
}

const candidateColumns = `c.id, c.full_name AS "fullName", c.email, c.phone, c.source,
  c.source_detail AS "sourceDetail", c.tags, c.notes,
  c.city, c.portfolio_url AS "portfolioUrl", c.created_at AS "createdAt", c.updated_at AS "updatedAt",
  c.processing_restricted_at IS NOT NULL AS "processingRestricted",
  c.created_by IS NOT NULL AS "addedByHand", c.anonymised_at IS NOT NULL AS anonymised`;

/** One candidate by id ($1), alone (findCandidate) or in a bundle (the candidate page). */
export const candidateById: BundleRead<CandidateRow> = {
  sql: `SELECT ${candidateColumns} FROM candidates c WHERE c.id = $1`,
  dates: ['createdAt', 'updatedAt'],
};

export async function findCandidate(
  db: Queryable,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<CandidateRow | undefined> {
  const [row] = await db.query<CandidateRow>(
    `${candidateById.sql}${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return row;
}

/** $1-$6 of the insert, $2-$7 of the update: the fields every write of a candidate sets. */
function commonValues(candidate: CandidateFields) {
  return [
    candidate.fullName,
    candidate.email,
    candidate.phone,
    candidate.source,
    candidate.tags,
    candidate.notes,
  ];
}

export async function insertCandidate(
  db: Queryable,
  candidate: CandidateFields & { createdBy: string | null },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO candidates (full_name, email, phone, source, tags, notes, created_by, city, portfolio_url,
       source_detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      ...commonValues(candidate),
      candidate.createdBy,
      candidate.city ?? null,
      candidate.portfolioUrl ?? null,
      candidate.sourceDetail ?? null,
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
    // Words given are written (checked against the source by the caller). Left out, the stored
    // words stay while the source stays the same: "Instagram" must not become a referrer.
    `UPDATE candidates SET full_name = $2, email = $3, phone = $4, source = $5, tags = $6, notes = $7,
       source_detail = CASE WHEN $10 THEN $11 WHEN $5 = source THEN source_detail END,
       city = CASE WHEN $8 THEN $9 ELSE city END, updated_at = now() WHERE id = $1`,
    [
      id,
      ...commonValues(candidate),
      // An edit that does not mention the city leaves it as it was.
      candidate.city !== undefined,
      candidate.city ?? null,
      candidate.sourceDetail !== undefined,
      candidate.sourceDetail ?? null,
    ],
  );
}

/**
 * SQL: the user (`user`, a uuid parameter) sits on the panel of an interview of application `a`
 * that is not cancelled, or holds a scorecard of it: the rule of sitsOnPanel in
 * services/access-policy.ts for an interviewer, whom the plan's panel does not stand in for.
 */
export const sitsOnPanelOfApplication = (user: string): string =>
  `(EXISTS (SELECT 1 FROM interviews pi WHERE pi.application_id = a.id
      AND pi.status <> 'cancelled' AND ${user} = ANY (pi.interviewer_ids))
    OR EXISTS (SELECT 1 FROM scorecards ps WHERE ps.application_id = a.id AND ps.interviewer_id = ${user}))`;

/**
 * Whether the user sits on the hiring team of any job this candidate applied to; `panelOnly`:
 * and on the panel of an interview of that application (an interviewer's reach).
 */
export async function candidateSharesJobWith(
  db: Queryable,
  candidateId: string,
  userId: string,
  panelOnly = false,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM applications a JOIN job_team_members m ON m.job_id = a.job_id
     WHERE a.candidate_id = $1 AND m.user_id = $2
       AND (NOT $3::boolean OR ${sitsOnPanelOfApplication('$2::uuid')}) LIMIT 1`,
    [candidateId, userId, panelOnly],
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

/** Many candidates in one statement, with ids chosen by the caller (demo data). */
export async function insertCandidates(
  db: Queryable,
  candidates: readonly (CandidateFields & {
    id: string;
    createdBy: string | null;
    /** The searchable text of their CVs (empty without one). */
    cvText?: string;
  })[],
): Promise<void> {
  await insertMany(
    db,
    'candidates',
    {
      id: (c) => c.id,
      full_name: (c) => c.fullName,
      email: (c) => c.email,
      phone: (c) => c.phone,
      source: (c) => c.source,
      tags: (c) => c.tags,
      notes: (c) => c.notes,
      created_by: (c) => c.createdBy,
      city: (c) => c.city ?? null,
      portfolio_url: (c) => c.portfolioUrl ?? null,
      source_detail: (c) => c.sourceDetail ?? null,
      cv_text: (c) => c.cvText ?? '',
    },
    candidates,
  );
}
