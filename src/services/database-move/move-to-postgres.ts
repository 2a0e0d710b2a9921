import type { Database, Queryable } from '../../db/database';
import {
  copyPendingTasks,
  copyTables,
  countRows,
  tablesInCopyOrder,
  type CopiedTable,
} from '../../db/database-copy';
import { taskQueues } from '../background/task-queue';
import { prepareDatabase } from '../database-setup';

/** What a move copied: rows per table (counts only) and the queue's jobs still to run. */
export interface DatabaseMove {
  tables: CopiedTable[];
  pendingTasks: number;
  /** Users whose two-factor secret is sealed with the secret key (it must move too). */
  twoFactorUsers: number;
  /** CV files the database refers to (distinct contents: one file each in the CV store). */
  cvFiles: number;
}

/** A move that would lose or mix data: nothing was copied. */
export class MoveRefused extends Error {}

/**
 * A database is someone's once it has users, jobs or candidates (the demo seed asks the same):
 * a new installation's settings, minimum wages and built-in questions are not data.
 */
const companyTables = ['users', 'jobs', 'candidates'];

/** A target that already holds a company's data is refused, naming what it holds. */
async function refuseHeldData(target: Queryable): Promise<void> {
  const held = (await countRows(target, companyTables)).filter((table) => table.rows > 0);
  if (held.length) {
    throw new MoveRefused(
      `The target database already holds data (${held.map((t) => `${t.table}: ${t.rows} rows`).join(', ')}): ` +
        'move into a new, empty database.',
    );
  }
}

/**
 * Copies the embedded database `source` into the PostgreSQL database `target`, all in one
 * transaction on the target: both are brought to this version's schema first, a target that
 * already holds a company's data is refused, and the counts are checked table by table before
 * the copy commits. The source is read only (after its own pending migrations, as a start would).
 */
export async function moveToPostgres(source: Database, target: Database): Promise<DatabaseMove> {
  if (target.engine !== 'postgresql') throw new MoveRefused('The target must be PostgreSQL.');
  await prepareDatabase(source);
  await prepareDatabase(target);
  const [from, to] = [await schemaVersion(source), await schemaVersion(target)];
  if (from !== to) {
    throw new MoveRefused(
      `The target database's schema (${to}) is not this version's (${from}): move with the ` +
        'Seleksi version that made the target, or into a new database.',
    );
  }
  await refuseHeldData(target);
  const tables = await tablesInCopyOrder(target);
  const move = await target.transaction(async (tx) => {
    // Again under lock: an instance started on the target meanwhile (its first admin) is not wiped.
    await tx.query(`LOCK TABLE ${companyTables.join(', ')} IN EXCLUSIVE MODE`);
    await refuseHeldData(tx);
    const copied = await copyTables(source, tx, tables);
    const tasks = await copyPendingTasks(source, tx, Object.values(taskQueues));
    // Nothing commits unless every table holds as many rows as the source's.
    const [inSource, inTarget] = [await countRows(source, tables), await countRows(tx, tables)];
    const differing = tables.filter(
      (_, i) => inSource[i]!.rows !== inTarget[i]!.rows || copied[i]!.rows !== inTarget[i]!.rows,
    );
    if (differing.length)
      throw new Error(`Row counts differ after the copy: ${differing.join(', ')}.`);
    const [counts] = await tx.query<{ twoFactorUsers: number; cvFiles: number }>(
      `SELECT (SELECT count(*)::int FROM users WHERE totp_secret IS NOT NULL) AS "twoFactorUsers",
              (SELECT count(DISTINCT sha256)::int FROM cv_files) AS "cvFiles"`,
    );
    return { tables: copied, pendingTasks: tasks.rows, ...counts! };
  });
  // The planner's statistics for the new rows now, not when autovacuum comes round.
  await target.query('ANALYZE');
  return move;
}

/** The newest migration a database has applied. */
async function schemaVersion(db: Database): Promise<string> {
  const [row] = await db.query<{ version: string | null }>(
    'SELECT max(version) AS version FROM schema_migrations',
  );
  return row?.version ?? 'none';
}
