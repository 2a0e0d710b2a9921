import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Database } from '../../src/db/database';
import { countHit, sweepEndedWindows } from '../../src/db/queries/rate-limit-counters';
import { openTestDatabase } from '../support/test-database';

// The counters several instances share on PostgreSQL (the same SQL runs on PGlite here).
let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

test('hits count up within a window and start over at one after it', async () => {
  expect(await countHit(db, 'route-a', 60_000)).toMatchObject({ hits: 1 });
  const second = await countHit(db, 'route-a', 60_000);
  expect(second.hits).toBe(2);
  expect(second.msLeft).toBeGreaterThan(0);
  expect(second.msLeft).toBeLessThanOrEqual(60_000);
  expect(await countHit(db, 'route-b', 60_000)).toMatchObject({ hits: 1 });
  await endWindow('route-a');
  expect(await countHit(db, 'route-a', 60_000)).toMatchObject({ hits: 1 });
});

test('concurrent hits are each counted once', async () => {
  const results = await Promise.all(
    Array.from({ length: 20 }, () => countHit(db, 'route-c', 60_000)),
  );
  expect(results.map((r) => r.hits).sort((x, y) => x - y)).toEqual(
    Array.from({ length: 20 }, (_, i) => i + 1),
  );
});

test('the sweep removes only windows that have ended', async () => {
  await countHit(db, 'short', 60_000);
  await countHit(db, 'long', 60_000);
  await endWindow('short');
  await sweepEndedWindows(db);
  const keys = await db.query<{ key: string }>(
    "SELECT key FROM rate_limit_counters WHERE key IN ('short', 'long')",
  );
  expect(keys).toEqual([{ key: 'long' }]);
});

/** As if the key's window had run out (the clock is the database's). */
async function endWindow(key: string) {
  await db.query(
    "UPDATE rate_limit_counters SET window_ends_at = now() - interval '1 second' WHERE key = $1",
    [key],
  );
}
