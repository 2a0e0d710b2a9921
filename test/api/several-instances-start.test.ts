import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { migrationFiles } from '../../src/db/migrate';
import { taskQueues } from '../../src/services/background/task-queue';
import { prepareDatabase } from '../../src/services/database-setup';
import { serverTestDatabase } from '../support/test-database';

/**
 * Instances started together on an empty PostgreSQL database each prepare it (the schema, the
 * task queue's schema and queues, the built-in questions) at the same moment. They must take
 * turns: one crashed with `duplicate key value violates unique constraint
 * "pg_namespace_nspname_index"` when pg-boss's schema was created twice at once.
 * PostgreSQL only: PGlite is one process's database.
 */
const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('instances starting together on an empty database', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  test('three instances prepare one empty database at once, and all of them start', async () => {
    const database = await serverTestDatabase(serverUrl!);
    cleanups.push(database.drop);
    const instances: Database[] = [];
    for (let i = 0; i < 3; i++) {
      const db = await openDatabase({ databaseUrl: database.url });
      cleanups.push(() => db.close());
      instances.push(db);
    }
    const outcomes = await Promise.allSettled(instances.map((db) => prepareDatabase(db)));
    expect(
      outcomes.map((outcome) => (outcome.status === 'rejected' ? outcome.reason : 'ready')),
    ).toEqual(['ready', 'ready', 'ready']);
    const [db] = instances;
    const applied = await db!.query<{ version: string }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    expect(applied.map((row) => row.version)).toEqual(migrationFiles());
    const queues = await db!.query<{ name: string }>('SELECT name FROM pgboss.queue ORDER BY name');
    expect(queues.map((queue) => queue.name)).toEqual(Object.values(taskQueues).sort());
  }, 60_000);
});
