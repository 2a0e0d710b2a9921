import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { prepareDatabase } from '../../src/services/database-setup';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default (in `pgliteDir` on
 * disk when given), or a new database on the PostgreSQL server named by `serverUrl` or
 * TEST_DATABASE_URL (dropped again on close).
 */
export async function openTestDatabase(
  where: { pgliteDir?: string | undefined; serverUrl?: string | undefined } = {},
): Promise<Database> {
  const serverUrl = where.serverUrl ?? process.env.TEST_DATABASE_URL;
  const pgliteDir = where.pgliteDir;
  if (!serverUrl) {
    // SELEKSI_PGLITE_THREAD=worker runs the tests on PGlite in a thread of its own.
    const pgliteThread = process.env.SELEKSI_PGLITE_THREAD === 'worker' ? 'worker' : 'main';
    const template = pgliteDir ? undefined : migratedTemplate();
    if (template) return openDatabase({ snapshot: template, pgliteThread });
    const db = await openDatabase({ dataDir: pgliteDir, pgliteThread });
    await prepareDatabase(db);
    return db;
  }
  const name = `seleksi_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString() });
  await prepareDatabase(db);
  return {
    ...db,
    async close() {
      await db.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      // The pool's end resolves before its sockets have closed; dropping WITH (FORCE) then kills
      // a closing connection, whose error surfaces as an uncaught exception. Let them go first.
      for (let i = 0; i < 40; i++) {
        const [row] = (
          await dropper.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
            [name],
          )
        ).rows;
        if (!row?.n) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

let template: Blob | undefined;

/** The migrated PGlite data directory the suite's global setup saved, when it runs. */
function migratedTemplate(): Blob | undefined {
  const file = inject('pgliteTemplate');
  if (!file) return undefined;
  template ??= new Blob([readFileSync(file)]);
  return template;
}
