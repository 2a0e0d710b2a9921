import type { Queryable } from '../database';

export interface StoredRecoveryCode {
  id: string;
  codeHash: string;
}

/** Replaces a user's recovery codes with these hashes (none: the user has no codes). */
export async function replaceRecoveryCodes(
  db: Queryable,
  userId: string,
  codeHashes: readonly string[],
): Promise<void> {
  await db.query('DELETE FROM two_factor_recovery_codes WHERE user_id = $1', [userId]);
  if (codeHashes.length === 0) return;
  await db.query(
    `INSERT INTO two_factor_recovery_codes (user_id, code_hash)
     SELECT $1, unnest($2::text[])`,
    [userId, codeHashes],
  );
}

export async function listUnusedRecoveryCodes(
  db: Queryable,
  userId: string,
): Promise<StoredRecoveryCode[]> {
  return db.query<StoredRecoveryCode>(
    `SELECT id, code_hash AS "codeHash" FROM two_factor_recovery_codes
     WHERE user_id = $1 AND used_at IS NULL ORDER BY created_at, id`,
    [userId],
  );
}

/** Marks a code used; false when another request used it first. */
export async function markRecoveryCodeUsed(db: Queryable, id: string): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `UPDATE two_factor_recovery_codes SET used_at = now()
     WHERE id = $1 AND used_at IS NULL RETURNING id`,
    [id],
  );
  return rows.length === 1;
}

export async function countUnusedRecoveryCodes(db: Queryable, userId: string): Promise<number> {
  const [row] = await db.query<{ left: number }>(
    `SELECT count(*)::int AS "left" FROM two_factor_recovery_codes
     WHERE user_id = $1 AND used_at IS NULL`,
    [userId],
  );
  return row?.left ?? 0;
}
