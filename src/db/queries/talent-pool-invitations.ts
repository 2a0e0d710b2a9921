import type { BundleRead } from './read-bundle';
import type { Queryable } from '../database';

export interface TalentPoolInvitationRow {
  tokenHash: string;
  candidateId: string;
  jobId: string | null;
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  answer: 'agreed' | 'declined' | null;
  answeredAt: Date | null;
}

export async function insertTalentPoolInvitation(
  db: Queryable,
  invitation: {
    tokenHash: string;
    candidateId: string;
    jobId: string | null;
    invitedBy: string;
    expiresAt: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO talent_pool_invitations (token_hash, candidate_id, job_id, invited_by, expires_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [
      invitation.tokenHash,
      invitation.candidateId,
      invitation.jobId,
      invitation.invitedBy,
      invitation.expiresAt,
    ],
  );
}

/** The invitation behind a link; `forUpdate` locks it so two answers cannot both count. */
export async function findTalentPoolInvitation(
  db: Queryable,
  tokenHash: string,
  forUpdate = false,
): Promise<TalentPoolInvitationRow | undefined> {
  const [row] = await db.query<TalentPoolInvitationRow>(
    `SELECT token_hash AS "tokenHash", candidate_id AS "candidateId", job_id AS "jobId", invited_by AS "invitedBy",
       created_at AS "createdAt", expires_at AS "expiresAt", answer, answered_at AS "answeredAt"
     FROM talent_pool_invitations WHERE token_hash = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [tokenHash],
  );
  return row;
}

export async function answerTalentPoolInvitation(
  db: Queryable,
  tokenHash: string,
  answer: 'agreed' | 'declined',
): Promise<void> {
  await db.query(
    `UPDATE talent_pool_invitations SET answer = $2, answered_at = now() WHERE token_hash = $1`,
    [tokenHash, answer],
  );
}

/** A candidate's ($1) talent-pool invitations, newest first. */
export const invitationsOfCandidate: BundleRead<TalentPoolInvitationRow> = {
  sql: `SELECT token_hash AS "tokenHash", candidate_id AS "candidateId", job_id AS "jobId",
       invited_by AS "invitedBy", created_at AS "createdAt", expires_at AS "expiresAt", answer,
       answered_at AS "answeredAt"
     FROM talent_pool_invitations WHERE candidate_id = $1 ORDER BY created_at DESC`,
  dates: ['createdAt', 'expiresAt', 'answeredAt'],
};

export async function listTalentPoolInvitationsOf(
  db: Queryable,
  candidateId: string,
): Promise<TalentPoolInvitationRow[]> {
  return db.query<TalentPoolInvitationRow>(invitationsOfCandidate.sql, [candidateId]);
}

/** Ends an invitation nobody answered yet, now (its e-mail could never reach the candidate). */
export async function endUnansweredInvitation(db: Queryable, tokenHash: string): Promise<void> {
  await db.query(
    `UPDATE talent_pool_invitations SET expires_at = least(expires_at, now())
     WHERE token_hash = $1 AND answer IS NULL`,
    [tokenHash],
  );
}
