import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Database } from '../../src/db/database';
import { insertMany } from '../../src/db/queries/bulk-insert';
import { openTestDatabase } from '../support/test-database';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await db.query(`CREATE TABLE bulk_probe (n int NOT NULL, label text, tags text[], facts jsonb)`);
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
