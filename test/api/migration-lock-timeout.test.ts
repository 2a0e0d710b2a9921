import pg from 'pg';
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import {
  applyMigrations,
  migrationFiles,
  migrationText,
  MigrationLockTimeout,
  type MigrationLockPolicy,
} from '../../src/db/migrate';
import { serverTestDatabase } from '../support/test-database';

/**
 * A rolling deploy: an older instance still writes while a new one migrates. Migration 048 puts a
 * trigger on every table in one transaction; a table the old instance holds (an open write) must
 * not make the runner wait without end. It waits `lock_timeout`, rolls back, tries again later,
 * and gives up with a message that says what to do. PostgreSQL only: PGlite is one connection.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const version048 = '048_data_version.sql';
const migration = (version: string) => ({ version, sql: migrationText(version) });

describe.skipIf(!serverUrl)('the migration runner under a rolling deploy', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A database migrated up to 047, and an "old instance" in the middle of a write to `jobs`. */
  async function beforeMigration048() {
    const database = await serverTestDatabase(serverUrl!);
    cleanups.push(database.drop);
    const db = await openDatabase({ databaseUrl: database.url });
    cleanups.push(() => db.close());
    const earlier = migrationFiles().filter((file) => file < version048);
    await applyMigrations(db, earlier.map(migration), { ...quick, log: () => {} });
    const oldInstance = new pg.Client({ connectionString: database.url });
    await oldInstance.connect();
    cleanups.push(() => oldInstance.end());
    await oldInstance.query('BEGIN');
    // Any write holds ROW EXCLUSIVE on the table until it commits; CREATE TRIGGER needs more.
    await oldInstance.query('UPDATE jobs SET title = title');
    return { db, oldInstance };
  }

  const quick: MigrationLockPolicy = {
    lockTimeoutMs: 300,
    attempts: 4,
    backoffMs: 100,
    log: () => {},
  };
  const applied = async (db: Database) =>
    (await db.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version048])).length;

  test('waits, retries with a log line, and applies 048 once the old write ends', async () => {
    const { db, oldInstance } = await beforeMigration048();
    const lines: string[] = [];
    const result = applyMigrations(db, [migration(version048)], {
      ...quick,
      log: (line) => {
        lines.push(line);
        // The old instance commits after the runner has been refused twice.
        if (lines.length === 2) void oldInstance.query('COMMIT');
      },
    });
    await expect(result).resolves.toEqual([version048]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^Migration 048_data_version\.sql: tables in use by other connections \(lock timeout\), nothing applied; try 2 of 4 in 100 ms\.$/,
    );
    expect(lines[1]).toContain('try 3 of 4 in 200 ms');
    expect(await applied(db)).toBe(1);
    const triggers = await db.query<{ tgname: string }>(
      "SELECT tgname FROM pg_trigger WHERE tgrelid = 'jobs'::regclass AND tgname = 'data_version_bump'",
    );
    expect(triggers).toHaveLength(1);
  }, 60_000);

  test('a lock that is never released fails the start clearly, with nothing applied', async () => {
    const { db } = await beforeMigration048();
    const lines: string[] = [];
    const started = Date.now();
    const failure = await applyMigrations(db, [migration(version048)], {
      ...quick,
      log: (line) => lines.push(line),
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationLockTimeout);
    expect((failure as Error).message).toMatch(
      /^Migration 048_data_version\.sql could not lock the tables it changes: 4 tries, each waiting 300 ms/,
    );
    expect((failure as Error).message).toContain('Stop the older instances');
    expect(lines).toHaveLength(3);
    // Four waits of 300 ms and backoffs of 100 + 200 + 400 ms: bounded, not forever.
    expect(Date.now() - started).toBeGreaterThanOrEqual(4 * 300 + 700);
    expect(await applied(db)).toBe(0);
    const [table] = await db.query<{ exists: boolean }>(
      "SELECT to_regclass('public.data_version') IS NOT NULL AS exists",
    );
    expect(table!.exists).toBe(false);
  }, 60_000);
});
