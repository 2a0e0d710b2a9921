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

/**
 * How long a migration may wait for a table lock, and how often it tries again. During a rolling
 * deploy an older instance keeps writing: a migration that locks tables one after the other (048
 * puts a trigger on every table) would otherwise wait behind it without end, holding the locks it
 * already has (so every request queues behind the migration), or deadlock with it.
 */
export interface MigrationLockPolicy {
  /** `lock_timeout` of each migration's transaction. */
  lockTimeoutMs: number;
  /** Tries per migration before the start fails. */
  attempts: number;
  /** The wait before the second try; it doubles for each later one. */
  backoffMs: number;
  /** Where the retry lines go (the start's log). */
  log: (line: string) => void;
}

export const defaultMigrationLockPolicy: MigrationLockPolicy = {
  lockTimeoutMs: 10_000,
  attempts: 5,
  backoffMs: 2_000,
  log: (line) => console.warn(line),
};

/** A migration that never got its locks: the start stops, saying what to do. */
export class MigrationLockTimeout extends Error {
  constructor(version: string, policy: MigrationLockPolicy) {
    super(
      `Migration ${version} could not lock the tables it changes: ${policy.attempts} tries, each ` +
        `waiting ${policy.lockTimeoutMs} ms, found them in use by other connections (most often an ` +
        `older instance still serving during a rolling deploy, or a long report or backup). ` +
        `Nothing of this migration was applied. Stop the older instances (or wait for the long ` +
        `query to end) and start again; pg_stat_activity shows who holds the locks.`,
    );
    this.name = 'MigrationLockTimeout';
  }
}

/** `migrate` without taking the lock: for work already under `underMigrationLock`. */
export async function applyPendingMigrations(
  db: Database,
  policy: MigrationLockPolicy = defaultMigrationLockPolicy,
): Promise<string[]> {
  const all = migrationFiles().map((version) => ({ version, sql: migrationText(version) }));
  return applyMigrations(db, all, policy);
}

/** Applies those of `migrations` (in order) this database has not seen, each in its own transaction. */
export async function applyMigrations(
  db: Database,
  migrations: readonly { version: string; sql: string }[],
  policy: MigrationLockPolicy = defaultMigrationLockPolicy,
): Promise<string[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied = new Set(
    (await db.query<{ version: string }>('SELECT version FROM schema_migrations')).map(
      (r) => r.version,
    ),
  );
  const pending = migrations.filter((migration) => !applied.has(migration.version));
  for (const migration of pending) await applyWithRetries(db, migration, policy);
  return pending.map((migration) => migration.version);
}

async function applyWithRetries(
  db: Database,
  migration: { version: string; sql: string },
  policy: MigrationLockPolicy,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await applyOne(db, migration, policy.lockTimeoutMs);
    } catch (error) {
      if (!isLockConflict(error)) throw error;
      if (attempt >= policy.attempts) throw new MigrationLockTimeout(migration.version, policy);
      const waitMs = policy.backoffMs * 2 ** (attempt - 1);
      policy.log(
        `Migration ${migration.version}: tables in use by other connections (${lockConflictName(error)}), ` +
          `nothing applied; try ${attempt + 1} of ${policy.attempts} in ${waitMs} ms.`,
      );
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}

async function applyOne(
  db: Database,
  migration: { version: string; sql: string },
  lockTimeoutMs: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    // PGlite is one connection: nobody else holds a lock there.
    if (db.engine === 'postgresql') {
      await tx.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(lockTimeoutMs))}`);
    }
    const [done] = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
      migration.version,
    ]);
    if (done) return;
    for (const statement of splitStatements(migration.sql)) await tx.query(statement);
    await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version]);
  });
}

/** lock_not_available (the lock_timeout ran out) or deadlock_detected: the whole migration rolled back. */
const lockConflictCodes: Record<string, string> = {
  '55P03': 'lock timeout',
  '40P01': 'deadlock',
};
const codeOf = (error: unknown) => String((error as { code?: unknown } | null)?.code);
const isLockConflict = (error: unknown) => Object.hasOwn(lockConflictCodes, codeOf(error));
const lockConflictName = (error: unknown) => lockConflictCodes[codeOf(error)] ?? codeOf(error);

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
