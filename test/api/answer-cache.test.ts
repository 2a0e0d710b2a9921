import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { buildApplication, moveTo } from '../support/factories';
import { databaseUrl } from '../support/postgres-template';
import { buildAppOn, createTestApp, type TestApp, type TestUser } from '../support/test-app';

/**
 * Heavy screens are answered again from memory while the data is unchanged (answer-cache.ts). Two
 * app instances on one database, each with its own memory (on PostgreSQL each with its own
 * connections too): what one commits, the other shows at once, on the screens it had kept.
 */
let t: TestApp;
let other: { app: FastifyInstance; db: Database };
let jobId: string;
let candidateId: string;
let applicationId: string;

beforeAll(async () => {
  t = await createTestApp();
  const serverUrl = process.env.TEST_DATABASE_URL;
  let db = t.db;
  if (serverUrl) {
    const [row] = await t.db.query<{ name: string }>('SELECT current_database() AS name');
    db = await openDatabase({ databaseUrl: databaseUrl(serverUrl, row!.name) });
  }
  other = { app: await buildAppOn(db), db };
  ({ jobId, candidateId, applicationId } = await buildApplication(t));
});

afterAll(async () => {
  await other.app.close();
  if (other.db !== t.db) await other.db.close();
  await t.close();
});

async function onOther(as: TestUser, method: 'GET' | 'PUT', url: string, payload?: object) {
  const response = await other.app.inject({
    method,
    url,
    headers: { cookie: as.cookie },
    ...(payload ? { payload } : {}),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Each screen twice on both instances, so both keep its answer. */
async function readEverywhere(as: TestUser, urls: string[]) {
  for (let round = 0; round < 2; round++) {
    for (const url of urls) {
      expect((await t.call(as, 'GET', url)).status).toBe(200);
      await onOther(as, 'GET', url);
    }
  }
}

describe('two instances on one database', () => {
  test('a name changed on one shows on the other at once: the candidate page, list, search and board', async () => {
    const recruiter = t.users.recruiter;
    const urls = [
      `/api/candidates/${candidateId}`,
      '/api/candidates',
      '/api/candidates?q=Rahmawati',
      `/api/jobs/${jobId}/board`,
    ];
    await readEverywhere(recruiter, urls);
    const page = (await t.call(recruiter, 'GET', `/api/candidates/${candidateId}`)).body;
    await onOther(recruiter, 'PUT', `/api/candidates/${candidateId}`, {
      fullName: 'Dewi Lestari Baru',
      email: page.email,
      phone: page.phone,
      city: page.city,
      tags: page.tags,
      notes: page.notes,
      source: page.source,
    });

    expect((await t.call(recruiter, 'GET', `/api/candidates/${candidateId}`)).body.fullName).toBe(
      'Dewi Lestari Baru',
    );
    const listed = (await t.call(recruiter, 'GET', '/api/candidates')).body.items;
    expect(listed.map((c: { fullName: string }) => c.fullName)).toContain('Dewi Lestari Baru');
    const found = (await t.call(recruiter, 'GET', '/api/candidates?q=Rahmawati')).body.items;
    expect(found.map((c: { id: string }) => c.id)).not.toContain(candidateId);
    const board = (await t.call(recruiter, 'GET', `/api/jobs/${jobId}/board`)).body;
    const names = board.columns.flatMap((column: { cards: { candidateName: string }[] }) =>
      column.cards.map((card) => card.candidateName),
    );
    expect(names).toContain('Dewi Lestari Baru');
  });

  test('a move on one instance moves the card on the board the other had kept', async () => {
    const recruiter = t.users.recruiter;
    const board = `/api/jobs/${jobId}/board`;
    await readEverywhere(recruiter, [board, '/api/jobs']);
    expect((await moveTo(t, applicationId, 'cv_screening')).status).toBe(200);

    const column = await onOther(recruiter, 'GET', board).then(
      (body: { columns: { stage: string; cards: { applicationId: string }[] }[] }) =>
        body.columns.find((c) => c.cards.some((card) => card.applicationId === applicationId)),
    );
    expect(column?.stage).toBe('cv_screening');
  });

  test('one user never gets the answer kept for another asking the same URL', async () => {
    const { hiringManager, otherManager } = t.users;
    const seen = await onOther(hiringManager, 'GET', '/api/jobs');
    expect(seen.items.map((job: { id: string }) => job.id)).toContain(jobId);
    const notSeen = await onOther(otherManager, 'GET', '/api/jobs');
    expect(notSeen.items.map((job: { id: string }) => job.id)).not.toContain(jobId);
  });
});

test('every table but those no screen reads bumps the data versions when it changes', async () => {
  // Migration 052: each statement (insert, update, delete, truncate) notes the areas it changed.
  const tables = await t.db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
       AND (SELECT count(*) FROM pg_trigger g WHERE g.tgrelid = c.oid
              AND g.tgname IN ('data_areas_insert', 'data_areas_update', 'data_areas_delete',
                               'data_areas_truncate')) < 4
     ORDER BY 1`,
  );
  // Sessions slide forward, throttles and rate limits count requests, recovery codes are read at
  // sign-in only: no answer shows them. The report facts are written only with the tables they
  // sum up, whose own triggers note the same areas, and only the reports (never kept) read them
  // (migration 058). API tokens, set-password links and import files are read by no kept answer
  // (migration 059; answer-cache-areas.test.ts fails if a cached route comes to read one).
  expect(tables.map((table) => table.name)).toEqual([
    'api_tokens',
    'application_report_facts',
    'candidate_import_rows',
    'candidate_imports',
    'data_version',
    'data_version_pending',
    'data_versions',
    'panel_rating_facts',
    'panelist_facts',
    'password_links',
    'rate_limit_counters',
    'report_month_deltas',
    'report_month_facts',
    'schema_migrations',
    'sessions',
    'sign_in_throttles',
    'stage_stay_facts',
    'two_factor_recovery_codes',
  ]);
});

test('a bulk change of many rows is one bump of every answer, not one area per row', async () => {
  const [before] = await t.db.query<{ version: string; areas: number }>(
    `SELECT (SELECT version::text FROM data_version) AS version,
            (SELECT count(*)::int FROM data_versions) AS areas`,
  );
  await t.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO candidates (full_name, email, source)
       SELECT 'Massal ' || n, 'massal' || n || '@example.test', 'manual'
       FROM generate_series(1, 1200) n`,
    );
  });
  const [after] = await t.db.query<{ version: string; areas: number }>(
    `SELECT (SELECT version::text FROM data_version) AS version,
            (SELECT count(*)::int FROM data_versions) AS areas`,
  );
  expect(BigInt(after!.version)).toBe(BigInt(before!.version) + 1n);
  expect(after!.areas - before!.areas).toBeLessThanOrEqual(1); // table:candidates at most
});
