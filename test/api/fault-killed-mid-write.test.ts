import { buildAppOn } from '../support/test-app';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { killed, runTypeScript, waitForLine } from '../support/child-process';
import { serverTestDatabase } from '../support/test-database';

/**
 * The server process is killed (SIGKILL: no cleanup, no rollback of its own) in the middle of a
 * write that spans many rows. After a restart on the same data, the write is entirely absent and
 * what was committed before it is entirely there. On PGlite the data directory recovers; on
 * PostgreSQL (when TEST_DATABASE_URL names a server) the server drops the dead connection's
 * transaction.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

type Engine = 'PGlite' | 'PostgreSQL';
// PGlite always (its data directory is what a crash can damage); PostgreSQL when a server is given.
const engines: Engine[] = serverUrl ? ['PGlite', 'PostgreSQL'] : ['PGlite'];

async function freshTarget(
  engine: Engine,
): Promise<{ env: NodeJS.ProcessEnv; open: () => Promise<Database> }> {
  if (engine === 'PGlite' || !serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'seleksi-fault-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    // The child starts from the suite's migrated template (global setup), when there is one.
    const snapshot = inject('pgliteTemplate');
    return {
      env: { FAULT_DATA_DIR: dir, ...(snapshot ? { FAULT_SNAPSHOT: snapshot } : {}) },
      open: () => openDatabase({ dataDir: dir }),
    };
  }
  const template = inject('postgresTemplate');
  const database = await serverTestDatabase(serverUrl, {
    template: template?.serverUrl === serverUrl ? template.name : undefined,
  });
  cleanups.push(database.drop);
  return {
    env: { DATABASE_URL: database.url },
    open: () => openDatabase({ databaseUrl: database.url }),
  };
}

/** Runs the scenario in its own process until it is mid-write, kills it, and reopens the data. */
async function killMidWrite(engine: Engine, scenario: 'bulk-move' | 'candidate-with-jobs') {
  const target = await freshTarget(engine);
  const run = runTypeScript('test/fault/mid-write-process.ts', [scenario], target.env);
  try {
    const [, jobId] = await waitForLine(run, /ready (\S+)\n/);
    await waitForLine(run, /mid-write\n/);
    await killed(run.child);
    const db = await target.open();
    cleanups.push(() => db.close());
    return { db, jobId: jobId! };
  } finally {
    await killed(run.child);
  }
}

// A child process compiles the app and creates a PGlite cluster on disk, twice: slow on a busy machine.
const childProcessTimeout = 120_000;

const count = async (db: Database, sql: string, params: unknown[] = []) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;

describe.each(engines)('killed in the middle of a multi-row write (%s)', (engine) => {
  test(
    'a bulk move of 20 applications, killed after 12: none moved',
    async () => {
      const { db, jobId } = await killMidWrite(engine, 'bulk-move');
      const stages = await db.query<{ stage: string; n: number }>(
        'SELECT stage, count(*)::int AS n FROM applications WHERE job_id = $1 GROUP BY stage',
        [jobId],
      );
      expect(stages).toEqual([{ stage: 'applied', n: 20 }]);
      expect(await count(db, "application_events WHERE to_stage = 'cv_screening'")).toBe(0);
      expect(await count(db, "audit_log WHERE action = 'application.moved'")).toBe(0);
      // And the app serves from the recovered data.
      const app = await buildAppOn(db);
      expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
      await app.close();
    },
    childProcessTimeout,
  );

  test(
    'a candidate applied to three jobs, killed after two applications: no candidate, no applications',
    async () => {
      const { db } = await killMidWrite(engine, 'candidate-with-jobs');
      expect(await count(db, "candidates WHERE email = 'setengah@fault.test'")).toBe(0);
      expect(await count(db, 'candidates')).toBe(20);
      expect(await count(db, 'applications')).toBe(20);
      expect(await count(db, 'application_events')).toBe(20);
      expect(await count(db, "audit_log WHERE action = 'candidate.created'")).toBe(20);
    },
    childProcessTimeout,
  );
});
