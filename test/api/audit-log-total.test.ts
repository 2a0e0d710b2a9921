import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // More entries of one action than the log counts: 10,050 two-factor resets.
  await t.db.query(
    `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, at)
     SELECT $1, 'user.two_factor_reset', 'user', $1, now() - n * interval '1 second'
     FROM generate_series(1, 10050) n`,
    [t.users.admin.id],
  );
});
afterAll(() => t.close());

const read = (query: string) => t.call(t.users.admin, 'GET', `/api/admin/audit-log${query}`);

test('past 10,000 matching entries the total is capped and says so; pages still go on', async () => {
  const first = await read('?action=user.two_factor_reset');
  expect(first.status).toBe(200);
  expect(first.body).toMatchObject({ total: 10_000, totalCapped: true, page: 1 });
  expect(first.body.items).toHaveLength(50);
  // Page 201 is past the cap (10,000 / 50) and still has the last 50 entries.
  const last = await read('?action=user.two_factor_reset&page=201');
  expect(last.body.items).toHaveLength(50);
  expect(last.body.totalCapped).toBe(true);
});

test('under the cap the total is exact', async () => {
  const few = await read('?action=user.two_factor_reset&from=2000-01-01&to=2000-01-02');
  expect(few.body).toMatchObject({ total: 0, totalCapped: false, items: [] });
  const none = await read('?action=candidate.anonymised');
  expect(none.body).toMatchObject({ total: 0, totalCapped: false });
  await t.db.query(
    `UPDATE audit_log SET at = $1 WHERE id IN (
    SELECT id FROM audit_log WHERE action = 'user.two_factor_reset' ORDER BY id LIMIT 3)`,
    [new Date('2001-02-03T05:00:00Z')],
  );
  const three = await read('?action=user.two_factor_reset&from=2001-02-03&to=2001-02-03');
  expect(three.body).toMatchObject({ total: 3, totalCapped: false });
  expect(three.body.items).toHaveLength(3);
});
