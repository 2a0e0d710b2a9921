import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Applies the numbered SQL files in `migrations/` that this database has not seen, each in its own transaction. */
export async function migrate(db: Database): Promise<string[]> {
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
      // Several app instances may start at once on one server: the lock makes them take turns.
      await tx.query('SELECT pg_advisory_xact_lock(727465)');
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
