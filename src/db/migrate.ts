import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/** The advisory lock key instances take turns under while they prepare one database. */
const migrationLock = 727465;

/** Applies the numbered SQL files in `migrations/` that this database has not seen, each in its own transaction. */
export async function migrate(db: Database): Promise<string[]> {
  return underMigrationLock(db, () => applyPendingMigrations(db));
}

/**
 * Runs `work` holding the migration lock on a connection of its own, so that instances starting
 * together on one server prepare the database one after the other: the migrations and whatever
 * else creates schema (pg-boss's schema and queues, which raced as
 * `pg_namespace_nspname_index` when only the migrations took turns). A session lock, released
 * at the end; an older version's per-migration transaction lock on the same key still waits for it.
 * Inside `work`, apply migrations with `applyPendingMigrations`: `migrate` would wait for itself.
 */
export async function underMigrationLock<T>(db: Database, work: () => Promise<T>): Promise<T> {
  return db.session(async (connection) => {
    await connection.query('SELECT pg_advisory_lock($1)', [migrationLock]);
    try {
      return await work();
    } finally {
      // A lost connection has already released it.
      await connection.query('SELECT pg_advisory_unlock($1)', [migrationLock]).catch(() => {});
    }
  });
}

/** `migrate` without taking the lock: for work already under `underMigrationLock`. */
export async function applyPendingMigrations(db: Database): Promise<string[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied = new Set(
    (await db.query<{ version: string }>('SELECT version FROM schema_migrations')).map(
      (r) => r.version,
    ),
  );
  const pending = migrationFiles().filter((file) => !applied.has(file));
  for (const file of pending) {
    const sql = migrationText(file);
    await db.transaction(async (tx) => {
      const [done] = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [file]);
      if (done) return;
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [file]);
    });
  }
  return pending;
}

/** The migration files, in the order they apply. */
export function migrationFiles(): string[] {
  return readdirSync(migrationsDir)
    .filter((file) => /^\d+_.+\.sql$/.test(file))
    .sort();
}

export function migrationText(file: string): string {
  return readFileSync(migrationsDir + file, 'utf8');
}

/**
 * Migrations are plain statements separated by semicolons at line ends; a semicolon inside a
 * `$$`-quoted function body does not end its statement.
 */
function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let pending = '';
  for (const piece of sql.split(/;\s*$/m)) {
    pending = pending ? `${pending};${piece}` : piece;
    if ((pending.match(/\$\$/g) ?? []).length % 2 === 0) {
      statements.push(pending);
      pending = '';
    }
  }
  if (pending) statements.push(pending);
  return statements.map((statement) => statement.replace(/^\s*--.*$/gm, '').trim()).filter(Boolean);
}
