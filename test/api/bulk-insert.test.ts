import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Database } from '../../src/db/database';
import { insertMany, insertOne, timeOr } from '../../src/db/queries/bulk-insert';
import { openTestDatabase } from '../support/test-database';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await db.query(`CREATE TABLE bulk_probe (n int NOT NULL, label text, tags text[], facts jsonb)`);
  await db.query(`CREATE TABLE timed_probe (n int NOT NULL, facts jsonb, at timestamptz NOT NULL)`);
});
afterAll(() => db.close());

const columns = {
  n: (row: { n: number }) => row.n,
  label: (row: { n: number }) => (row.n % 2 ? `row ${row.n}` : null),
  tags: (row: { n: number }) => (row.n % 3 ? ['a', `b${row.n}`] : []),
  facts: (row: { n: number }) => JSON.stringify({ n: row.n }),
};

test('writes every row as given, past what one statement can carry (65,535 parameters)', async () => {
  // Four parameters a row: 16,383 rows fill one statement, so these take two.
  const rows = Array.from({ length: 20_000 }, (_, index) => ({ n: index + 1 }));
  await insertMany(db, 'bulk_probe', columns, rows);
  const [summary] = await db.query<{ count: number; sum: number; labelled: number }>(
    `SELECT count(*)::int AS count, sum(n)::float8 AS sum, count(label)::int AS labelled
     FROM bulk_probe`,
  );
  expect(summary).toEqual({ count: 20_000, sum: (20_000 * 20_001) / 2, labelled: 10_000 });
  const some = await db.query(
    `SELECT n, label, tags, facts FROM bulk_probe WHERE n IN (2, 3, 19999) ORDER BY n`,
  );
  expect(some).toEqual([
    { n: 2, label: null, tags: ['a', 'b2'], facts: { n: 2 } },
    { n: 3, label: 'row 3', tags: [], facts: { n: 3 } },
    { n: 19_999, label: 'row 19999', tags: ['a', 'b19999'], facts: { n: 19_999 } },
  ]);
});

test('writes nothing for no rows, and refuses a name that is not a plain identifier', async () => {
  await insertMany(db, 'bulk_probe', columns, []);
  await expect(insertMany(db, 'bulk_probe; DROP TABLE users', columns, [{ n: 1 }])).rejects.toThrow(
    'Not an identifier',
  );
});

test('one row goes through the same column map; a time column left out takes the clock', async () => {
  const timed = {
    n: (row: { n: number; at?: Date }) => row.n,
    facts: (row: { n: number; at?: Date }) => JSON.stringify({ n: row.n }),
    at: timeOr('clock_timestamp()', (row: { n: number; at?: Date }) => row.at),
  };
  const replayed = new Date('2024-03-01T02:00:00Z');
  const [before] = await db.query<{ now: Date }>(`SELECT clock_timestamp() AS now`);
  const written = await insertOne<{ n: number; at?: Date }, { n: number }>(
    db,
    'timed_probe',
    timed,
    { n: 1 },
    'n',
  );
  expect(written).toEqual({ n: 1 });
  await insertOne(db, 'timed_probe', timed, { n: 2, at: replayed });
  await insertMany(db, 'timed_probe', timed, [{ n: 3, at: replayed }, { n: 4 }]);
  const rows = await db.query<{ n: number; facts: unknown; at: Date }>(
    `SELECT n, facts, at FROM timed_probe ORDER BY n`,
  );
  expect(rows.map((row) => row.facts)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
  expect(rows[1]!.at).toEqual(replayed);
  expect(rows[2]!.at).toEqual(replayed);
  for (const now of [rows[0]!.at, rows[3]!.at]) {
    expect(now.getTime()).toBeGreaterThanOrEqual(before!.now.getTime());
  }
  await expect(insertOne(db, 'timed_probe; --', timed, { n: 5 })).rejects.toThrow(
    'Not an identifier',
  );
});
