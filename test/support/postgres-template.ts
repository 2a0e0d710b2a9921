import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database';
import { prepareDatabase } from '../../src/services/database-setup';

/** A migrated database on a PostgreSQL server, for test files to copy. */
export interface PostgresTemplate {
  serverUrl: string;
  name: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated template database on TEST_DATABASE_URL's server (when it is set). */
    postgresTemplate: PostgresTemplate | undefined;
  }
}

/**
 * Vitest global setup: on PostgreSQL, migrating a new database took a test file 1.5-3.5 s (the
 * migrations, the task queue's schema, the built-in questions), while copying a migrated one
 * with CREATE DATABASE ... TEMPLATE takes a few hundred milliseconds. So the suite migrates one
 * template database per run and every test file starts from a copy of it, as on PGlite.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    project.provide('postgresTemplate', undefined);
    return async () => {};
  }
  const name = `seleksi_template_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const db = await openDatabase({ databaseUrl: databaseUrl(serverUrl, name) });
  try {
    await prepareDatabase(db);
  } finally {
    await db.close();
  }
  // A database someone is connected to cannot be copied, and the pool's sockets close a little
  // after its end resolves.
  await onServer(serverUrl, (admin) => untilNobodyIsConnected(admin, name));
  project.provide('postgresTemplate', { serverUrl, name });
  return () =>
    onServer(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** The URL of database `name` on the server `serverUrl` names. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Waits (up to 2 s) until no connection to database `name` is left. */
export async function untilNobodyIsConnected(admin: pg.Client, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const { rows } = await admin.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
      [name],
    );
    if (!rows[0]?.n) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function onServer(serverUrl: string, work: (admin: pg.Client) => Promise<unknown>) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
