import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { seedVolume, type SeededVolume } from '../../bench/volume/seed';
import { captureApp } from '../../bench/volume/sql-capture';
import { openTestDatabase } from '../support/test-database';

// The benches (bench/reports.ts, bench/scale.ts) seed 100,000 candidates and are not part of the
// suite; this seeds a few through the same code on the current schema, and reads them back
// through the API as the benches do, so a migration cannot silently break them.
let db: Database;
let seeded: SeededVolume;

beforeAll(async () => {
  db = await openTestDatabase();
  seeded = await seedVolume(db, { count: 60, now: new Date(), log: () => {} });
  // Migrating a fresh database and the seed's one password hash take a while on a busy machine.
}, 180_000);
afterAll(async () => db?.close());

describe('the bench volume', () => {
  it('lands in every table the reports and screens read', async () => {
    expect(seeded).toMatchObject({ candidates: 60, applications: 180, reused: false });
    const [counts] = await db.query<
      Record<
        'events' | 'scorecards' | 'interviews' | 'decisions' | 'cv_files' | 'audit' | 'board',
        number
      >
    >(
      `SELECT (SELECT count(*)::int FROM application_events) AS events,
              (SELECT count(*)::int FROM scorecards) AS scorecards,
              (SELECT count(*)::int FROM interviews) AS interviews,
              (SELECT count(*)::int FROM decisions) AS decisions,
              (SELECT count(*)::int FROM cv_files) AS cv_files,
              (SELECT count(*)::int FROM audit_log WHERE candidate_id IS NOT NULL) AS audit,
              (SELECT count(*)::int FROM applications WHERE job_id = $1) AS board`,
      [seeded.company.boardJob.id],
    );
    expect(counts!.events).toBeGreaterThan(180);
    expect(counts!.scorecards).toBeGreaterThan(0);
    expect(counts!.interviews).toBeGreaterThan(0);
    expect(counts!.decisions).toBeGreaterThan(0);
    expect(counts!.cv_files).toBeGreaterThan(40);
    expect(counts!.audit).toBeGreaterThan(counts!.events);
    expect(counts!.board).toBe(3);
  });

  it('is reused rather than seeded twice', async () => {
    const again = await seedVolume(db, { count: 60, now: new Date(), log: () => {} });
    expect(again).toMatchObject({ reused: true, candidates: 60 });
  });

  it("answers the benches' requests signed in, with the statements each ran", async () => {
    const app = await captureApp(db);
    try {
      const list = await app.request('hr', '/api/candidates?pageSize=100');
      expect(list.status).toBe(200);
      expect(JSON.parse(list.body).total).toBe(60);
      expect(list.reads.length).toBeGreaterThan(0);
      const board = await app.request('hr', `/api/jobs/${seeded.company.boardJob.id}/board`);
      expect(board.status).toBe(200);
      const audit = await app.request('admin', '/api/admin/audit-log?action=application.moved');
      expect(audit.status).toBe(200);
      expect(JSON.parse(audit.body).total).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });
});
