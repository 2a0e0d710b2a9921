import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { prepareDatabase } from '../../src/services/database-setup';
import { databaseUrl, untilNobodyIsConnected } from './postgres-template';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default (in `pgliteDir` on
 * disk when given), or a new database on the PostgreSQL server named by `serverUrl` or
 * TEST_DATABASE_URL (dropped again on close), copied from the suite's migrated template there.
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
  // A copy of the suite's migrated template when it is on this server (global setup).
  const template = postgresTemplate(serverUrl);
  const server = await serverTestDatabase(serverUrl, { template });
  const db = await openDatabase({ databaseUrl: server.url });
  if (!template) await prepareDatabase(db);
  return {
    ...db,
    async close() {
      await db.close();
      await server.drop();
    },
  };
}

/** A throwaway database on a PostgreSQL server: its URL, and how to drop it again. */
export interface ServerTestDatabase {
  url: string;
  drop: () => Promise<void>;
}

/**
 * A new database on the PostgreSQL server `serverUrl` names: empty, or a copy of `template`.
 * Dropping it ends whoever is still connected (a child process killed mid-write included).
 */
export async function serverTestDatabase(
  serverUrl: string,
  { template }: { template?: string | undefined } = {},
): Promise<ServerTestDatabase> {
  const name = `seleksi_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  await admin.end();
  return {
    url: databaseUrl(serverUrl, name),
    async drop() {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      // The pool's end resolves before its sockets have closed; dropping WITH (FORCE) then kills
      // a closing connection, whose error surfaces as an uncaught exception. Let them go first.
      await untilNobodyIsConnected(dropper, name);
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** The name of the suite's migrated template database, when it is on the server `serverUrl`. */
function postgresTemplate(serverUrl: string): string | undefined {
  const template = inject('postgresTemplate');
  return template?.serverUrl === serverUrl ? template.name : undefined;
}

let template: Blob | undefined;

/** The migrated PGlite data directory the suite's global setup saved, when it runs. */
function migratedTemplate(): Blob | undefined {
  const file = inject('pgliteTemplate');
  if (!file) return undefined;
  template ??= new Blob([readFileSync(file)]);
  return template;
}
