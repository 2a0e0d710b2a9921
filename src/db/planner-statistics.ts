import type { Database } from './database';

const tableName = /^[a-z_][a-z0-9_]*$/;

/**
 * Renews the planner's statistics of the tables a bulk change touched (demo seeding, an import, a
 * retention run), or of every table when none are named. PGlite has no autovacuum: without this
 * its planner keeps the row counts of an empty database and picks plans that take seconds at
 * 100,000 candidates. A PostgreSQL server's autovacuum gets there too, but only later.
 */
export async function refreshPlannerStatistics(
  db: Database,
  tables: readonly string[] = [],
): Promise<void> {
  const unknown = tables.filter((table) => !tableName.test(table));
  if (unknown.length) throw new Error(`Not a table name: ${unknown.join(', ')}`);
  await db.query(tables.length ? `ANALYZE ${tables.join(', ')}` : 'ANALYZE');
}

/**
 * PGlite's daily upkeep, what autovacuum does on a server: dead rows made reusable and every
 * table's statistics renewed. Returns false, doing nothing, on PostgreSQL.
 */
export async function vacuumEmbeddedDatabase(db: Database): Promise<boolean> {
  if (db.engine !== 'pglite') return false;
  // VACUUM refuses to run inside a transaction.
  await db.session((connection) => connection.query('VACUUM ANALYZE'));
  return true;
}
