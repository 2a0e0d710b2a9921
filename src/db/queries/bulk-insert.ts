import type { Queryable } from '../database';

/** The database's clock, for a time column a row leaves out (it happens now, not replayed). */
type Clock = 'now()' | 'clock_timestamp()';

/** A time column: the row's time when history is replayed (demo data), else the clock's. */
interface TimeColumn<Row> {
  read: (row: Row) => Date | null | undefined;
  clock: Clock;
}

/** A column of an insert: how to read its value from a row. */
export type Column<Row> = ((row: Row) => unknown) | TimeColumn<Row>;

/**
 * A table's columns by name, each with how to read its value from a row: one map per table
 * serves both its single-row insert (`insertOne`) and its bulk load (`insertMany`), so the two
 * cannot write different columns.
 */
export type BulkColumns<Row> = Record<string, Column<Row>>;

/** A time column read from the row, or `clock` when the row has none. */
export function timeOr<Row>(clock: Clock, read: TimeColumn<Row>['read']): TimeColumn<Row> {
  return { read, clock };
}

const identifier = /^[a-z_][a-z0-9_]*$/;
/** PostgreSQL's limit on a statement's parameters. */
const maxParameters = 65_535;

function columnNames<Row>(table: string, columns: BulkColumns<Row>): string[] {
  const names = Object.keys(columns);
  const unknown = [table, ...names].filter((name) => !identifier.test(name));
  if (unknown.length) throw new Error(`Not an identifier: ${unknown.join(', ')}`);
  return names;
}

/** The row's `(...)` tuple of parameters, its values pushed onto `values`. */
function tuple<Row>(columns: BulkColumns<Row>, row: Row, values: unknown[]): string {
  const placeholders = Object.values(columns).map((column) => {
    if (typeof column === 'function') {
      values.push(column(row));
      return `$${values.length}`;
    }
    values.push(column.read(row) ?? null);
    return `COALESCE($${values.length}, ${column.clock})`;
  });
  return `(${placeholders.join(', ')})`;
}

/**
 * Writes one row; with `returning` (a column list) the written row's columns come back, as the
 * statement's `RETURNING` gives them.
 */
export async function insertOne<Row, Returned = never>(
  db: Queryable,
  table: string,
  columns: BulkColumns<Row>,
  row: Row,
  returning?: string,
): Promise<Returned | undefined> {
  const names = columnNames(table, columns);
  const values: unknown[] = [];
  const [written] = await db.query<Returned>(
    `INSERT INTO ${table} (${names.join(', ')}) VALUES ${tuple(columns, row, values)}` +
      (returning ? ` RETURNING ${returning}` : ''),
    values,
  );
  return written;
}

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
  const names = columnNames(table, columns);
  const perStatement = Math.floor(maxParameters / names.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => tuple(columns, row, values));
    await db.query(
      `INSERT INTO ${table} (${names.join(', ')}) VALUES ${tuples.join(', ')}`,
      values,
    );
  }
}
