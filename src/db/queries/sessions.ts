import type { Queryable } from '../database';
import type { UserRow } from './users';

export async function insertSession(
  db: Queryable,
  session: { tokenHash: string; userId: string; expiresAt: Date },
): Promise<void> {
  await db.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [
    session.tokenHash,
    session.userId,
    session.expiresAt,
  ]);
}

/** The user behind a live session; expired sessions and deactivated users find nobody. */
export async function findSessionUser(
  db: Queryable,
  tokenHash: string,
): Promise<(UserRow & { expiresAt: Date }) | undefined> {
  const [row] = await db.query<UserRow & { expiresAt: Date }>(
    `SELECT u.id, u.email, u.name, u.role, u.title, u.locale, u.active, s.expires_at AS "expiresAt"
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`,
    [tokenHash],
  );
  return row;
}

export async function extendSession(
  db: Queryable,
  tokenHash: string,
  expiresAt: Date,
): Promise<void> {
  await db.query('UPDATE sessions SET expires_at = $2 WHERE token_hash = $1', [
    tokenHash,
    expiresAt,
  ]);
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

export async function deleteExpiredSessions(db: Queryable): Promise<void> {
  await db.query('DELETE FROM sessions WHERE expires_at <= now()');
}
