import type { Queryable } from '../database';

/**
 * The reports read application_report_facts (migration 021): one row per application that
 * triggers recompute, in the same transaction, from every write to its events, scorecards,
 * interviews, e-mails, the application or its candidate.
 */

/**
 * Recomputes every application's report facts and panel ratings (migration 029), e.g. after a
 * bulk load with the triggers off.
 */
export async function refreshAllReportFacts(db: Queryable): Promise<void> {
  await db.query('SELECT refresh_report_facts(ARRAY(SELECT id FROM applications))');
  await db.query(`SELECT refresh_panel_rating_facts(ARRAY(SELECT DISTINCT application_id
    FROM scorecards WHERE submitted_at IS NOT NULL))`);
}

/** Turns the report-facts triggers off or on for a bulk load (refresh everything afterwards). */
export async function switchReportFactsTriggers(db: Queryable, on: boolean): Promise<void> {
  for (const table of reportFactsSources) {
    await db.query(`ALTER TABLE ${table} ${on ? 'ENABLE' : 'DISABLE'} TRIGGER USER`);
  }
}

const reportFactsSources = [
  'applications',
  'application_events',
  'scorecards',
  'interviews',
  'email_messages',
  'candidates',
];
