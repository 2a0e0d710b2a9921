import type { Queryable } from '../database';
import type { BundleRead } from './read-bundle';
import { cvHashesOf, forgetQueuedJobs, unsharedCvHashes } from './candidate-records';

export interface RetentionCandidateRow {
  candidateId: string;
  fullName: string;
  lastEndedAt: Date;
  extendedUntil: Date | null;
  extensionReason: string | null;
}

/** The company's retention period in months, as a read of its own or in a bundle. */
export const retentionMonthsRead: BundleRead<{ months: number }> = {
  sql: 'SELECT retention_months AS months FROM company_settings',
  dates: [],
};

/** The months retentionMonthsRead found, or the default before any setting. */
export const retentionMonthsOr = (row: { months: number } | undefined): number => row?.months ?? 12;

export async function findRetentionMonths(db: Queryable): Promise<number> {
  const [row] = await db.query<{ months: number }>(retentionMonthsRead.sql);
  return retentionMonthsOr(row);
}

export async function updateRetentionMonths(
  db: Queryable,
  months: number,
  updatedBy: string,
): Promise<void> {
  await db.query(
    'UPDATE company_settings SET retention_months = $1, updated_by = $2, updated_at = now()',
    [months, updatedBy],
  );
}

/**
 * Candidates not yet anonymised whose every application has ended in rejection or withdrawal,
 * with when the last one ended.
 */
const finishedCandidates = `SELECT c.id AS "candidateId", c.full_name AS "fullName",
       (SELECT max(e.created_at) FROM application_events e JOIN applications a ON a.id = e.application_id
         WHERE a.candidate_id = c.id) AS "lastEndedAt",
       c.retention_extended_until AS "extendedUntil", c.retention_extension_reason AS "extensionReason"
     FROM candidates c
     WHERE c.anonymised_at IS NULL
       AND EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id)
       AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id
                       AND a.stage NOT IN ('rejected', 'withdrawn'))`;

export async function listFinishedCandidates(db: Queryable): Promise<RetentionCandidateRow[]> {
  return db.query<RetentionCandidateRow>(finishedCandidates);
}

/** The one candidate (their page), if finished; a query of its own so it reads one row by key. */
/** The candidate ($1) if finished (see finishedCandidates), read with the rest of their page. */
export const finishedCandidateById: BundleRead<RetentionCandidateRow> = {
  sql: `${finishedCandidates} AND c.id = $1`,
  dates: ['lastEndedAt', 'extendedUntil'],
};

export async function extendRetention(
  db: Queryable,
  candidateId: string,
  until: Date,
  reason: string,
): Promise<void> {
  await db.query(
    `UPDATE candidates SET retention_extended_until = $2, retention_extension_reason = $3 WHERE id = $1`,
    [candidateId, until, reason],
  );
}

/**
 * Removes everything that identifies the candidate, keeping the applications' stages and dates
 * (anonymous counts for reports). Returns the CV content hashes no record needs any more.
 */
export async function anonymiseCandidateRecords(
  db: Queryable,
  candidateId: string,
  anonymousName: string,
): Promise<string[]> {
  const ofCandidate = `(SELECT id FROM applications WHERE candidate_id = $1)`;
  const hashes = await cvHashesOf(db, candidateId);
  await forgetQueuedJobs(db, candidateId);
  // Two deletes, not one with OR: each reads its own index instead of scanning every message.
  await db.query(`DELETE FROM email_messages WHERE application_id IN ${ofCandidate}`, [
    candidateId,
  ]);
  await db.query(`DELETE FROM email_messages WHERE candidate_id = $1`, [candidateId]);
  await db.query(`DELETE FROM talent_pool_invitations WHERE candidate_id = $1`, [candidateId]);
  await db.query(`DELETE FROM portal_links WHERE application_id IN ${ofCandidate}`, [candidateId]);
  await db.query(`DELETE FROM cv_files WHERE candidate_id = $1`, [candidateId]);
  await db.query(`DELETE FROM consents WHERE candidate_id = $1`, [candidateId]);
  // Free text about the person (notes, reasons, evidence) goes; ratings and stages stay.
  await db.query(
    `UPDATE application_events SET note = NULL WHERE application_id IN ${ofCandidate}`,
    [candidateId],
  );
  await db.query(
    `UPDATE interview_events SET reason = '', proposed_times = '[]' WHERE interview_id IN (
       SELECT id FROM interviews WHERE application_id IN ${ofCandidate})`,
    [candidateId],
  );
  await db.query(
    `UPDATE interviews SET meeting_url = '', address = '', room = '', reception_contact = ''
     WHERE application_id IN ${ofCandidate}`,
    [candidateId],
  );
  await db.query(
    `UPDATE scorecards SET summary = '', question_notes = '{}',
       ratings = (SELECT coalesce(jsonb_agg(r - 'evidence'), '[]'::jsonb) FROM jsonb_array_elements(ratings) r)
     WHERE application_id IN ${ofCandidate}`,
    [candidateId],
  );
  await db.query(
    `DELETE FROM scorecard_revisions WHERE scorecard_id IN (
       SELECT id FROM scorecards WHERE application_id IN ${ofCandidate})`,
    [candidateId],
  );
  await db.query(`UPDATE decisions SET rationale = '' WHERE application_id IN ${ofCandidate}`, [
    candidateId,
  ]);
  // Their signature and own words on an offer go; the answer (accept, decline, why) stays.
  await db.query(
    `UPDATE offer_answers SET signed_name = CASE WHEN signed_name IS NOT NULL THEN '' END, note = '',
       client_hash = CASE WHEN client_hash IS NOT NULL THEN '' END
     WHERE offer_id IN (SELECT id FROM offers WHERE application_id IN ${ofCandidate})`,
    [candidateId],
  );
  // What a person expects to earn identifies no one on its own, but it is theirs: it goes.
  await db.query(`DELETE FROM salary_expectations WHERE application_id IN ${ofCandidate}`, [
    candidateId,
  ]);
  await db.query(
    `UPDATE candidates SET full_name = $2, email = 'anonim-' || id || '@anonymised.invalid',
       phone = NULL, notes = '', tags = '{}', city = NULL, portfolio_url = NULL, cv_text = '',
       source_detail = NULL,
       retention_extension_reason = NULL, anonymised_at = now()
     WHERE id = $1`,
    [candidateId, anonymousName],
  );
  return unsharedCvHashes(db, hashes);
}
