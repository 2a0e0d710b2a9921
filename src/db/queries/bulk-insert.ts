import type { Queryable } from '../database';

/** A column of a bulk insert: its name, and how to read its value from a row. */
export type BulkColumns<Row> = Record<string, (row: Row) => unknown>;

const identifier = /^[a-z_][a-z0-9_]*$/;
/** PostgreSQL's limit on a statement's parameters. */
const maxParameters = 65_535;

/**
 * Writes many rows of one table in as few statements as the parameter limit allows: a
 * `VALUES (...), (...)` list, each value a parameter typed by its target column. For bulk loads
 * (the demo company), where a statement per row was most of a first start.
 */
export async function insertMany<Row>(
  db: Queryable,
  table: string,
  columns: BulkColumns<Row>,
  rows: readonly Row[],
): Promise<void> {
  const names = Object.keys(columns);
  const unknown = [table, ...names].filter((name) => !identifier.test(name));
  if (unknown.length) throw new Error(`Not an identifier: ${unknown.join(', ')}`);
  const readers = Object.values(columns);
  const perStatement = Math.floor(maxParameters / names.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = readers.map((read) => {
        values.push(read(row));
        return `$${values.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await db.query(
      `INSERT INTO ${table} (${names.join(', ')}) VALUES ${tuples.join(', ')}`,
      values,
    );
  }
}
