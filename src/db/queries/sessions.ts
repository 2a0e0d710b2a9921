import type { Queryable } from '../database';
import type { UserRow } from './users';

export async function insertSession(
  db: Queryable,
  session: { tokenHash: string; userId: string; expiresAt: Date; absoluteExpiresAt: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO sessions (token_hash, user_id, expires_at, absolute_expires_at)
     VALUES ($1, $2, $3, $4)`,
    [session.tokenHash, session.userId, session.expiresAt, session.absoluteExpiresAt],
  );
}

export interface SessionUserRow extends UserRow {
  expiresAt: Date;
  absoluteExpiresAt: Date;
  twoFactorEnabled: boolean;
  /** The company asks admins to use two-factor sign-in. */
  requireAdminTwoFactor: boolean;
  /**
   * The data's versions when the session was read (048's number, then each area asked for, in
   * that order, joined by '.'): a kept answer is good only for these numbers.
   */
  dataVersion: string;
}

/**
 * `candidate-jobs:<candidate id>` (migration 059): the setup (row, team, interview plans) of every
 * job the candidate applied to, as one number, the sum of their `job-setup:<job id>` versions.
 */
const candidateJobs = `CASE WHEN starts_with(a.area, 'candidate-jobs:') THEN
    (SELECT sum(s.version) FROM data_versions s WHERE s.area IN (
       SELECT 'job-setup:' || p.job_id FROM applications p
       WHERE p.candidate_id = substr(a.area, 16)::uuid)) END`;

/** The user behind a live session; expired sessions and deactivated users find nobody. */
export async function findSessionUser(
  db: Queryable,
  tokenHash: string,
  areas: readonly string[] = [],
): Promise<SessionUserRow | undefined> {
  const [row] = await db.query<SessionUserRow>(
    `SELECT u.id, u.email, u.name, u.role, u.title, u.locale, u.active,
            s.expires_at AS "expiresAt", s.absolute_expires_at AS "absoluteExpiresAt",
            u.totp_secret IS NOT NULL AS "twoFactorEnabled",
            coalesce((SELECT require_admin_two_factor FROM company_settings), false)
              AS "requireAdminTwoFactor",
            coalesce((SELECT version::text FROM data_version), '0')
              || coalesce((SELECT string_agg('.' || coalesce(${candidateJobs}, v.version, 0), ''
                                             ORDER BY a.n)
                           FROM unnest($2::text[]) WITH ORDINALITY a(area, n)
                           LEFT JOIN data_versions v ON v.area = a.area), '') AS "dataVersion"
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > now() AND s.absolute_expires_at > now()
       AND u.active`,
    [tokenHash, areas],
  );
  return row;
}

export async function extendSession(
  db: Queryable,
  tokenHash: string,
  expiresAt: Date,
): Promise<void> {
  await db.query(
    'UPDATE sessions SET expires_at = least($2, absolute_expires_at) WHERE token_hash = $1',
    [tokenHash, expiresAt],
  );
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

/** Ends every session of a user at once (deactivation, a new password). */
export async function deleteSessionsOf(db: Queryable, userId: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
}

export async function deleteExpiredSessions(db: Queryable): Promise<void> {
  await db.query('DELETE FROM sessions WHERE expires_at <= now() OR absolute_expires_at <= now()');
}

/** Ends a user's sessions but the one in use (after they changed their own password). */
export async function deleteOtherSessionsOf(
  db: Queryable,
  userId: string,
  keepTokenHash: string,
): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [
    userId,
    keepTokenHash,
  ]);
}
