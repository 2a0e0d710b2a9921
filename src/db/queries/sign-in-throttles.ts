import type { Queryable } from '../database';

export interface ThrottleRule {
  /** Failures within the window that lock the key. */
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
}

/** When the key is locked, until when. */
export async function findLock(db: Queryable, key: string): Promise<Date | undefined> {
  const [row] = await db.query<{ lockedUntil: Date }>(
    `SELECT locked_until AS "lockedUntil" FROM sign_in_throttles
     WHERE key = $1 AND locked_until > now()`,
    [key],
  );
  return row?.lockedUntil;
}

/**
 * Counts one failure in one statement (safe under concurrent attempts) and locks the key when
 * the count reaches the rule's maximum. Answers whether this failure started a lock.
 */
// A window that ran out, or a lock that ended (failures are only counted when not locked), starts over.
const stale =
  't.window_started_at < now() - make_interval(secs => $3) OR t.locked_until IS NOT NULL';

export async function recordFailure(
  db: Queryable,
  key: string,
  rule: ThrottleRule,
): Promise<boolean> {
  const [row] = await db.query<{ lockedNow: boolean }>(
    `INSERT INTO sign_in_throttles AS t (key, failures, window_started_at)
     VALUES ($1, 1, now())
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN ${stale} THEN 1 ELSE t.failures + 1 END,
       window_started_at = CASE WHEN ${stale} THEN now() ELSE t.window_started_at END,
       locked_until = NULL
     RETURNING failures >= $2 AS "lockedNow"`,
    [key, rule.maxFailures, rule.windowSeconds],
  );
  if (!row?.lockedNow) return false;
  await db.query(
    `UPDATE sign_in_throttles SET locked_until = now() + make_interval(secs => $2), failures = 0
     WHERE key = $1`,
    [key, rule.lockSeconds],
  );
  return true;
}

export async function clearFailures(db: Queryable, key: string): Promise<void> {
  await db.query('DELETE FROM sign_in_throttles WHERE key = $1', [key]);
}
