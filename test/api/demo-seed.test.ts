import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Database } from '../../src/db/database';
import { insertUser } from '../../src/db/queries/users';
import { stages } from '../../src/domain/pipeline';
import { seedDemoData } from '../../src/services/demo/demo-seed-service';
import { openTestDatabase } from '../support/test-database';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

const count = async (sql: string) => (await db.query<{ n: number }>(sql))[0]!.n;

test('loads the demo company into an empty database: jobs, 40+ candidates over every stage, one account per role', async () => {
  expect(await seedDemoData(db)).toBe(true);
  expect(
    await count(`SELECT count(*)::int AS n FROM jobs WHERE status = 'open'`),
  ).toBeGreaterThanOrEqual(4);
  expect(await count('SELECT count(*)::int AS n FROM candidates')).toBeGreaterThanOrEqual(40);
  const present = (
    await db.query<{ stage: string }>('SELECT DISTINCT stage FROM applications')
  ).map((r) => r.stage);
  expect(present.sort()).toEqual([...stages].sort());
  const roles = (
    await db.query<{ email: string; role: string }>('SELECT email, role FROM users ORDER BY email')
  )
    .filter((u) => ['admin', 'hr', 'user', 'interviewer'].includes(u.email.split('@')[0]!))
    .map((u) => `${u.email}:${u.role}`);
  expect(roles).toEqual([
    'admin@demo.seleksi.id:admin',
    'hr@demo.seleksi.id:recruiter',
    'interviewer@demo.seleksi.id:interviewer',
    'user@demo.seleksi.id:hiring_manager',
  ]);
  // Every history starts at Applied and no event lies in the future.
  expect(
    await count(`SELECT count(*)::int AS n FROM application_events WHERE created_at > now()`),
  ).toBe(0);
  expect(
    await count(`SELECT count(*)::int AS n FROM applications a WHERE NOT EXISTS (
      SELECT 1 FROM application_events e WHERE e.application_id = a.id AND e.to_stage = 'applied')`),
  ).toBe(0);
});

test('never loads into a database that already holds data', async () => {
  const candidates = await count('SELECT count(*)::int AS n FROM candidates');
  expect(await seedDemoData(db)).toBe(false);
  expect(await count('SELECT count(*)::int AS n FROM candidates')).toBe(candidates);

  const other = await openTestDatabase();
  try {
    await insertUser(other, {
      email: 'owner@pt-nyata.co.id',
      name: 'Owner',
      role: 'admin',
      title: null,
      locale: 'id',
      passwordHash: 'x',
    });
    expect(await seedDemoData(other)).toBe(false);
    expect((await other.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs'))[0]!.n).toBe(0);
  } finally {
    await other.close();
  }
});
