import type { Queryable } from '../database';

import type { PasswordLinkPurpose } from '../../domain/password-link';

export type { PasswordLinkPurpose };

export interface PasswordLinkRow {
  userId: string;
  purpose: PasswordLinkPurpose;
  expiresAt: Date;
}

/** A new link replaces the user's earlier unused ones: only the latest works. */
export async function replacePasswordLink(
  db: Queryable,
  link: PasswordLinkRow & { tokenHash: string; createdBy: string | null },
): Promise<void> {
  await db.query('DELETE FROM password_links WHERE user_id = $1 AND used_at IS NULL', [
    link.userId,
  ]);
  await db.query(
    `INSERT INTO password_links (token_hash, user_id, purpose, created_by, expires_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [link.tokenHash, link.userId, link.purpose, link.createdBy, link.expiresAt],
  );
}

/** A link that is unused, unexpired, and whose user is active. */
export async function findUsablePasswordLink(
  db: Queryable,
  tokenHash: string,
  options: { forUpdate?: boolean } = {},
): Promise<PasswordLinkRow | undefined> {
  const [row] = await db.query<PasswordLinkRow>(
    `SELECT l.user_id AS "userId", l.purpose, l.expires_at AS "expiresAt"
     FROM password_links l JOIN users u ON u.id = l.user_id
     WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > now() AND u.active
     ${options.forUpdate ? 'FOR UPDATE OF l' : ''}`,
    [tokenHash],
  );
  return row;
}

export async function markPasswordLinkUsed(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('UPDATE password_links SET used_at = now() WHERE token_hash = $1', [tokenHash]);
}

export async function deletePasswordLinksOf(db: Queryable, userId: string): Promise<void> {
  await db.query('DELETE FROM password_links WHERE user_id = $1 AND used_at IS NULL', [userId]);
}
