import type { Queryable } from '../database';

/**
 * report_month_facts (migration 033): applications counted per month, job, source and what the
 * funnel, sources and speed reports count, plus the deltas writes append to report_month_deltas.
 */

/**
 * Moves the deltas recorded so far into the month counts, in one statement (so one transaction);
 * returns how many were folded. Deltas appended meanwhile wait for the next fold.
 */
export async function foldReportMonthDeltas(db: Queryable): Promise<number> {
  const [row] = await db.query<{ folded: number }>('SELECT fold_report_month_deltas() AS folded');
  return row?.folded ?? 0;
}

/** Counts every month afresh from the report facts, e.g. after a bulk load. */
export async function recountReportMonthFacts(db: Queryable): Promise<void> {
  await db.query('SELECT refresh_report_month_facts()');
}
