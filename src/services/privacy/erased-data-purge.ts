import type { Database, Queryable } from '../../db/database';
import { retireOldWal, rewriteTables, tablesWithCandidateData } from '../../db/physical-erasure';
import { enqueueTask, taskQueues } from '../background/task-queue';

/**
 * How long the purge waits for a table that a request is using. Longer would make every request
 * on that table queue behind it; the job is retried instead.
 */
const lockTimeoutMs = 3000;

/**
 * Called inside an erasure's or anonymisation's transaction: the purge then runs after the commit,
 * away from the request, and is not lost if the process stops in between.
 */
export async function queueErasedDataPurge(tx: Queryable): Promise<void> {
  await enqueueTask(tx, taskQueues.purgeErasedData, {});
}

/**
 * Removes the bytes of erased and anonymised rows from the database files (the queued job).
 * Deleted rows stay in the files until their space is reused; see src/db/physical-erasure.ts and
 * SECURITY.md for what this reaches on each engine and what stays.
 */
export async function purgeErasedData(db: Database): Promise<void> {
  const busy = await rewriteTables(db, await tablesWithCandidateData(db), lockTimeoutMs);
  // Thrown so the queue tries again later; table names only, no personal data.
  if (busy.length) throw new Error(`Tables in use, purge retried later: ${busy.join(', ')}`);
  await retireOldWal(db);
}
