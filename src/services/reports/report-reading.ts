import type { Database, Queryable } from '../../db/database';
import type { ReportSelection } from '../../db/queries/report-scope';
import type { ReportFilter } from '../../domain/reports/report-filter';
import type { Actor } from '../actor';
import { reportSelection } from './report-scope';

/**
 * Runs a report's statements in one transaction (one snapshot, so its figures agree with each
 * other), set for a large aggregate read: no JIT compilation, which cost PostgreSQL seconds per
 * report at 300,000 applications and saved less, and more memory per sort and hash, so medians
 * and panels do not spill to disk. Both settings end with the transaction.
 */
export function readingReport<T>(db: Database, read: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('SET LOCAL jit = off');
    await tx.query(`SET LOCAL work_mem = '32MB'`);
    return read(tx);
  });
}

/**
 * A pipeline report: which applications the actor may count (`reportSelection`), then `read` over
 * them, both in the one snapshot of `readingReport`.
 */
export function readingSelection<T>(
  db: Database,
  actor: Actor,
  filter: ReportFilter,
  now: Date,
  read: (tx: Queryable, selection: ReportSelection) => Promise<T>,
): Promise<T> {
  return readingReport(db, async (tx) => read(tx, await reportSelection(tx, actor, filter, now)));
}
