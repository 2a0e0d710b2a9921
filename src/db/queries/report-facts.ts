import type { Queryable } from '../database';
import { recountReportMonthFacts } from './report-month-facts';

/**
 * The reports read application_report_facts (migration 021): one row per application that
 * triggers recompute, in the same transaction, from every write to its events, scorecards,
 * interviews, e-mails, the application or its candidate.
 */

/**
 * Recomputes every application's report facts, migration 029's calibration and stay facts and
 * migration 033's month counts, e.g. after a bulk load with the triggers off.
 */
export async function refreshAllReportFacts(db: Queryable): Promise<void> {
  await db.query('SELECT refresh_report_facts(ARRAY(SELECT id FROM applications))');
  await refreshCalibrationAndStayFacts(db);
  // The refresh appended a delta per application; counting the months afresh is quicker to read.
  await recountReportMonthFacts(db);
}

/**
 * Recomputes panel_rating_facts, panelist_facts (from scorecards and interviews) and
 * stage_stay_facts (from the report facts) for everyone (migration 029).
 */
export async function refreshCalibrationAndStayFacts(db: Queryable): Promise<void> {
  await db.query(`SELECT refresh_panel_rating_facts(ARRAY(SELECT DISTINCT application_id
    FROM scorecards WHERE submitted_at IS NOT NULL))`);
  await db.query(`SELECT refresh_panelist_facts(ARRAY(SELECT application_id FROM scorecards
    UNION SELECT application_id FROM interviews))`);
  await db.query(
    'SELECT refresh_stage_stay_facts(ARRAY(SELECT application_id FROM application_report_facts))',
  );
}

/**
 * Turns the triggers that feed the report facts off or on for a bulk load (refresh everything
 * afterwards). Only those: the same tables carry triggers nothing refreshes afterwards (each
 * job's active count, migration 044), which must see every row of the load.
 */
export async function switchReportFactsTriggers(db: Queryable, on: boolean): Promise<void> {
  const triggers = await db.query<{ tableName: string; triggerName: string }>(
    `SELECT c.relname AS "tableName", t.tgname AS "triggerName"
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace
        AND c.relname = ANY($1) AND t.tgname LIKE '%\\_facts\\_%'
      ORDER BY 1, 2`,
    [reportFactsSources],
  );
  // ALTER TABLE refuses a table with trigger events pending in this transaction, and the data
  // version's bump (migration 048) waits for the commit: run the rows written so far now.
  await db.query('SET CONSTRAINTS data_version_bump IMMEDIATE');
  for (const { tableName, triggerName } of triggers) {
    await db.query(`ALTER TABLE ${tableName} ${on ? 'ENABLE' : 'DISABLE'} TRIGGER ${triggerName}`);
  }
  await db.query('SET CONSTRAINTS data_version_bump DEFERRED');
}

const reportFactsSources = [
  'applications',
  'application_events',
  'scorecards',
  'interviews',
  'email_messages',
  'candidates',
];
