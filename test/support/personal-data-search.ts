import type { Database } from '../../src/db/database';

/**
 * The tables (app and job queue) where any of the given strings still appears anywhere in a row:
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
