import type { Database, Queryable } from './database';

/** How many rows of one table a copy moved (counts only: nothing about the people in them). */
export interface CopiedTable {
  table: string;
  rows: number;
}

/** Rows read from the source per statement (a CV's text can be long: keep a batch modest). */
const batchRows = 500;

/**
 * The app's tables (schema `public`) in foreign-key order, parents first, without
 * `schema_migrations` (each database keeps its own). Migrations make no cycle and no table that
 * refers to itself; a future one that did would need its constraints deferred, so it is refused.
 */
export async function tablesInCopyOrder(db: Queryable): Promise<string[]> {
  const tables = (
    await db.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
          AND c.relname <> 'schema_migrations' AND NOT c.relispartition
        ORDER BY c.relname`,
    )
  ).map((row) => row.name);
  const references = await db.query<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace`,
  );
  const ordered: string[] = [];
  const placed = new Set<string>();
  const cycle = () =>
    new Error('Tables refer to each other in a cycle: a copy needs deferred checks.');
  if (references.some((r) => r.child === r.parent)) throw cycle();
  while (ordered.length < tables.length) {
    const ready = tables.filter(
      (table) =>
        !placed.has(table) && references.every((r) => r.child !== table || placed.has(r.parent)),
    );
    if (!ready.length) throw cycle();
    for (const table of ready) {
      ordered.push(table);
      placed.add(table);
    }
  }
  return ordered;
}

/** The tables among `tables` that hold rows, with their counts. */
export async function countRows(db: Queryable, tables: readonly string[]): Promise<CopiedTable[]> {
  if (!tables.length) return [];
  const counts = await db.query<CopiedTable>(
    tables
      .map((table) => `SELECT '${table}' AS "table", count(*)::int AS rows FROM ${ident(table)}`)
      .join(' UNION ALL '),
  );
  return tables.map((table) => counts.find((c) => c.table === table)!);
}

/**
 * Copies every row of `tables` (in that order) from `source` into `target` inside the target's
 * transaction `tx`: the target's rows go first (a new installation's settings, minimum wages and
 * built-in questions give way to the source's). The app's own triggers are off meanwhile, so the
 * report facts and active counts arrive as the source kept them instead of being counted again
 * as their rows arrive; generated columns are left out and computed afresh; identity values are
 * kept, and every sequence continues where the source's stood.
 */
export async function copyTables(
  source: Database,
  tx: Queryable,
  tables: readonly string[],
): Promise<CopiedTable[]> {
  await tx.query(`TRUNCATE ${tables.map(ident).join(', ')}`);
  // The truncation's data-version bump (migration 052) would wait for the commit, and ALTER TABLE
  // refuses a table with trigger events pending: run it now.
  await tx.query('SET CONSTRAINTS data_version_bump IMMEDIATE');
  for (const table of tables) await tx.query(`ALTER TABLE ${ident(table)} DISABLE TRIGGER USER`);
  const copied: CopiedTable[] = [];
  for (const table of tables) {
    const columns = await storedColumns(tx, 'public', table);
    copied.push({ table, rows: await copyRows(source, tx, `public.${ident(table)}`, columns) });
  }
  for (const table of tables) await tx.query(`ALTER TABLE ${ident(table)} ENABLE TRIGGER USER`);
  await continueSequences(source, tx);
  return copied;
}

/**
 * Copies the task queue's jobs still to run (waiting, to be retried, or cut off while running),
 * so e-mails not yet sent, CVs not yet read and the 24-hour reminders of interviews already
 * booked survive the move. Finished jobs stay behind, and so do the cron schedules: every
 * `seleksi serve` makes those again. A job cut off while running runs again.
 */
export async function copyPendingTasks(
  source: Database,
  tx: Queryable,
  queues: readonly string[],
): Promise<CopiedTable> {
  // A target an empty `seleksi serve` ran on holds its own cron jobs: the source's replace them.
  await tx.query('DELETE FROM pgboss.job');
  const [installed] = await source.query<{ exists: boolean }>(
    `SELECT to_regclass('pgboss.job') IS NOT NULL AS exists`,
  );
  if (!installed?.exists) return { table: 'pgboss.job', rows: 0 };
  const columns = await storedColumns(tx, 'pgboss', 'job');
  const rows = await copyRows(
    source,
    tx,
    'pgboss.job',
    columns,
    `state IN ('created', 'retry', 'active')
       AND name = ANY('{${queues.map((queue) => JSON.stringify(queue)).join(',')}}'::text[])`,
  );
  await tx.query(`UPDATE pgboss.job SET state = 'retry', started_on = NULL WHERE state = 'active'`);
  return { table: 'pgboss.job', rows };
}

/** The columns a row is stored with: generated ones are computed by the target itself. */
async function storedColumns(db: Queryable, schema: string, table: string): Promise<string[]> {
  const columns = await db.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
      WHERE attrelid = ($1 || '.' || quote_ident($2))::regclass
        AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
      ORDER BY attnum`,
    [schema, table],
  );
  return columns.map((column) => ident(column.name));
}

/**
 * Reads the rows through a cursor as JSON and writes them a batch at a time: each value travels
 * in its text form and is read back by the target's own type (timestamps to the microsecond,
 * numbers as written, bytea, arrays, jsonb).
 */
async function copyRows(
  source: Database,
  tx: Queryable,
  table: string,
  columns: readonly string[],
  where = 'true',
): Promise<number> {
  const list = columns.join(', ');
  return source.transaction(async (reader) => {
    await reader.query(
      `DECLARE copy_rows NO SCROLL CURSOR FOR
         SELECT to_json(r)::text AS row FROM (SELECT ${list} FROM ${table} WHERE ${where}) r`,
    );
    let copied = 0;
    for (;;) {
      const batch = await reader.query<{ row: string }>(`FETCH ${batchRows} FROM copy_rows`);
      if (!batch.length) break;
      await tx.query(
        `INSERT INTO ${table} (${list}) OVERRIDING SYSTEM VALUE
         SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)`,
        [`[${batch.map((r) => r.row).join(',')}]`],
      );
      copied += batch.length;
    }
    await reader.query('CLOSE copy_rows');
    return copied;
  });
}

/** Each sequence of the app's tables (the identity columns') goes on from the source's value. */
async function continueSequences(source: Queryable, tx: Queryable): Promise<void> {
  const sequences = await source.query<{ name: string; lastValue: string | null }>(
    `SELECT sequencename AS name, last_value::text AS "lastValue"
       FROM pg_sequences WHERE schemaname = 'public'`,
  );
  for (const { name, lastValue } of sequences) {
    if (lastValue !== null) {
      await tx.query(`SELECT setval($1, $2::bigint, true)`, [`public.${ident(name)}`, lastValue]);
    }
  }
}

/** Table and column names come from the catalogue; quoted all the same. */
function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
