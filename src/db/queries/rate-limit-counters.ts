import type { Queryable } from '../database';

export interface CountedHit {
  /** Requests in the current window, this one included. */
  hits: number;
  /** Milliseconds until the window ends. */
  msLeft: number;
}

/**
 * Counts one request in one statement (safe under concurrent requests on several instances): a
 * window that has ended starts over at one.
 */
export async function countHit(db: Queryable, key: string, windowMs: number): Promise<CountedHit> {
  const [row] = await db.query<CountedHit>(
    `INSERT INTO rate_limit_counters AS c (key, hits, window_ends_at)
     VALUES ($1, 1, now() + make_interval(secs => $2 / 1000.0))
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN c.window_ends_at <= now() THEN 1 ELSE c.hits + 1 END,
       window_ends_at = CASE WHEN c.window_ends_at <= now()
         THEN excluded.window_ends_at ELSE c.window_ends_at END
     RETURNING hits,
       greatest(0, ceil(extract(epoch FROM window_ends_at - now()) * 1000))::int AS "msLeft"`,
    [key, windowMs],
  );
  return row!;
}

/** Deletes counters whose window ended; they would start over anyway. */
export async function sweepEndedWindows(db: Queryable): Promise<void> {
  await db.query('DELETE FROM rate_limit_counters WHERE window_ends_at < now()');
}
