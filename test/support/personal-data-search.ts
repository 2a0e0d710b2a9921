import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Database } from '../../src/db/database';

/**
 * The tables (app and task queue) where any of the given strings still appears anywhere in a row:
 * after an erasure or anonymisation this must be empty.
 */
export async function tablesHolding(db: Database, needles: readonly string[]): Promise<string[]> {
  const tables = await db.query<{ schema: string; name: string }>(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
     WHERE table_schema IN ('public', 'pgboss') AND table_type = 'BASE TABLE'`,
  );
  const holding: string[] = [];
  for (const table of tables) {
    const rows = await db.query(
      `SELECT 1 FROM "${table.schema}"."${table.name}" x WHERE x::text ILIKE ANY($1::text[]) LIMIT 1`,
      [needles.map((needle) => `%${needle}%`)],
    );
    if (rows.length) holding.push(`${table.schema}.${table.name}`);
  }
  return holding;
}

/**
 * Each `needle in file` where a string's raw bytes appear in a file under `dir` (every file: the
 * database's pages, its WAL under pg_wal, CV files), as someone with a copy of the folder would
 * find it.
 */
export function filesHolding(dir: string, needles: readonly string[]): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    for (const needle of needles) {
      if (bytes.includes(needle)) found.push(`${needle} in ${relative(dir, path)}`);
    }
  }
  return found;
}

/**
 * The same search in a PostgreSQL server's files for this database's relations (tables, TOAST,
 * indexes, catalogues; not the WAL), after a checkpoint has written every page out. Needs a
 * superuser (CHECKPOINT, reading server files); undefined when the test's role is not one.
 */
export async function relationFilesHolding(
  db: Database,
  needles: readonly string[],
): Promise<string[] | undefined> {
  const [role] = await db.query<{ superuser: boolean }>(
    'SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user',
  );
  if (!role?.superuser) return undefined;
  await db.query('CHECKPOINT');
  const rows = await db.query<{ relation: string; needle: string }>(
    `SELECT f.relation, n.needle
     FROM (SELECT oid::regclass::text AS relation, pg_relation_filepath(oid) AS path FROM pg_class) f
     CROSS JOIN LATERAL (SELECT (pg_stat_file(f.path, true)).size) s(size)
     CROSS JOIN unnest($1::text[]) n(needle)
     WHERE f.path IS NOT NULL AND s.size > 0
       AND position(convert_to(n.needle, 'UTF8')
         IN pg_read_binary_file(f.path, 0, s.size, true)) > 0`,
    [needles],
  );
  return rows.map((row) => `${row.needle} in ${row.relation}`);
}
