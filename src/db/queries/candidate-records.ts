import { randomUUID } from 'node:crypto';
import type { Queryable } from '../database';
import { exportedColumns, type CandidateDataTable } from './candidate-export-columns';

/**
 * Each column of `candidates` and its field in the access-request export. A column added later
 * must be placed here or in `candidateColumnsLeftOut` (a test compares them with the table).
 */
export const candidateExportFields = {
  id: 'id',
  full_name: 'fullName',
  email: 'email',
  phone: 'phone',
  city: 'city',
  portfolio_url: 'portfolioUrl',
  source: 'source',
  source_detail: 'sourceDetail',
  tags: 'tags',
  notes: 'notes',
  locale: 'locale',
  cv_text: 'cvText',
  created_at: 'createdAt',
  updated_at: 'updatedAt',
  processing_restricted_at: 'processingRestrictedAt',
  retention_extended_until: 'retentionExtendedUntil',
  retention_extension_reason: 'retentionExtensionReason',
  anonymised_at: 'anonymisedAt',
} as const;

/** The columns of `candidates` the export leaves out, and why. */
export const candidateColumnsLeftOut = {
  created_by: "which staff member added them: the staff's data, not the candidate's",
  search_vector: 'a search index computed from the exported fields',
  note_digits: 'a search index computed from the exported notes',
} as const;

/**
 * Everything held on one candidate, for an access request (UU PDP). Other people's personal data
 * is left out: no staff names, no interviewers' free-text notes, no messages to anyone else.
 */
export async function readCandidateRecords(db: Queryable, candidateId: string) {
  const fields = Object.entries(candidateExportFields).map(
    ([column, field]) => `"${column}" AS "${field}"`,
  );
  const [candidate] = await db.query<Record<string, unknown>>(
    `SELECT ${fields.join(', ')} FROM candidates WHERE id = $1`,
    [candidateId],
  );
  const cols = exportedColumns;
  const applications = await db.query<Record<string, unknown>>(
    `SELECT ${cols('applications', 'a')}, j.title AS "jobTitle"
     FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.candidate_id = $1 ORDER BY a.created_at`,
    [candidateId],
  );
  const ofApplications = `application_id IN (SELECT id FROM applications WHERE candidate_id = $1)`;
  const ofCandidate = async (table: CandidateDataTable, order: string) =>
    db.query<Record<string, unknown>>(
      `SELECT ${cols(table, 't')} FROM ${table} t WHERE t.${ofApplications} ORDER BY t.${order}`,
      [candidateId],
    );
  const stageHistory = await ofCandidate('application_events', 'created_at');
  const contacts = await ofCandidate('application_contacts', 'created_at');
  const rejectionsTold = await ofCandidate('rejections_told', 'created_at');
  const interviews = await ofCandidate('interviews', 'starts_at');
  const interviewHistory = (
    await db.query<Record<string, unknown>>(
      `SELECT ${cols('interview_events', 'e')} FROM interview_events e
       WHERE e.interview_id IN (SELECT id FROM interviews WHERE ${ofApplications})
       ORDER BY e.created_at`,
      [candidateId],
    )
  ).map(candidateOwnReason);
  const assessments = await db.query<Record<string, unknown>>(
    `SELECT ${cols('scorecards', 's')} FROM scorecards s
     WHERE s.${ofApplications} AND s.submitted_at IS NOT NULL ORDER BY s.submitted_at`,
    [candidateId],
  );
  const decisions = await ofCandidate('decisions', 'created_at');
  // What the candidate said they expect, but not who on the staff heard it.
  const salaryExpectations = await ofCandidate('salary_expectations', 'recorded_at');
  // The offers the candidate was sent, every version of their terms, and their own answers; not
  // the staff's approvals, nor offers never sent.
  const ofSentOffers = `offer_id IN (SELECT id FROM offers WHERE sent_at IS NOT NULL AND ${ofApplications})`;
  const offers = await db.query<Record<string, unknown>>(
    `SELECT ${cols('offers', 'o')}, ${cols('offer_versions', 'v')}
     FROM offers o JOIN offer_versions v ON v.offer_id = o.id
     WHERE o.sent_at IS NOT NULL AND o.${ofApplications}
     ORDER BY o.created_at, v.version`,
    [candidateId],
  );
  const offerAnswers = await db.query<Record<string, unknown>>(
    `SELECT ${cols('offer_answers', 'w')} FROM offer_answers w WHERE w.${ofSentOffers}
     ORDER BY w.answered_at`,
    [candidateId],
  );
  // Messages to the candidate, not copies of them sent to the staff.
  const emails = await db.query<Record<string, unknown>>(
    `SELECT ${cols('email_messages', 'm')}
     FROM email_messages m JOIN candidates c ON c.id = $1
     WHERE (m.${ofApplications} OR m.candidate_id = $1) AND lower(m.to_email) = lower(c.email)
     ORDER BY m.created_at`,
    [candidateId],
  );
  const cvFiles = await db.query<Record<string, unknown>>(
    `SELECT ${cols('cv_files', 'f')} FROM cv_files f WHERE f.candidate_id = $1 ORDER BY f.created_at`,
    [candidateId],
  );
  // The consents the candidate gave. An import's row is HR's record that it holds a basis for
  // their data, not the candidate's act: it is listed apart, as the candidate page says it.
  const consents = await db.query<Record<string, unknown>>(
    `SELECT ${cols('consents', 'k')} FROM consents k
     WHERE k.candidate_id = $1 AND k.channel <> 'hr_import' ORDER BY k.given_at`,
    [candidateId],
  );
  const importedByHr = await db.query<Record<string, unknown>>(
    `SELECT given_at AS "importedAt", privacy_notice_version AS "privacyNoticeVersion"
     FROM consents WHERE candidate_id = $1 AND channel = 'hr_import' ORDER BY given_at`,
    [candidateId],
  );
  const portalLinks = await ofCandidate('portal_links', 'created_at');
  const talentPoolInvitations = await db.query<Record<string, unknown>>(
    `SELECT j.title AS "jobTitle", ${cols('talent_pool_invitations', 'i')}
     FROM talent_pool_invitations i LEFT JOIN jobs j ON j.id = i.job_id
     WHERE i.candidate_id = $1 ORDER BY i.created_at`,
    [candidateId],
  );
  const dataRequests = await db.query<Record<string, unknown>>(
    `SELECT ${cols('data_requests', 'r')} FROM data_requests r
     WHERE r.candidate_id = $1 ORDER BY r.received_at`,
    [candidateId],
  );
  return {
    candidate,
    applications,
    stageHistory,
    contacts,
    rejectionsTold,
    interviews,
    interviewHistory,
    assessments,
    decisions,
    salaryExpectations,
    offers,
    offerAnswers,
    emails,
    cvFiles,
    consents,
    importedByHr,
    portalLinks,
    talentPoolInvitations,
    dataRequests,
  };
}

/** The content hashes of the candidate's CV files (the bytes live in the file store). */
export async function cvHashesOf(db: Queryable, candidateId: string): Promise<string[]> {
  const rows = await db.query<{ sha256: string }>(
    'SELECT DISTINCT sha256 FROM cv_files WHERE candidate_id = $1',
    [candidateId],
  );
  return rows.map((row) => row.sha256);
}

/** Of these hashes, the ones no CV row needs any more (a file is stored once by content). */
export async function unsharedCvHashes(
  db: Queryable,
  hashes: readonly string[],
): Promise<string[]> {
  const shared = await db.query<{ sha256: string }>(
    'SELECT DISTINCT sha256 FROM cv_files WHERE sha256 = ANY($1::text[])',
    [hashes],
  );
  return hashes.filter((hash) => !shared.some((row) => row.sha256 === hash));
}

/**
 * Deletes the queued and archived jobs that point at the candidate's messages, interviews and CV
 * files: job payloads carry only ids, but a job must not outlive what it points at.
 */
export async function forgetQueuedJobs(db: Queryable, candidateId: string): Promise<void> {
  const ofCandidate = `(SELECT id FROM applications WHERE candidate_id = $1)`;
  for (const table of ['pgboss.job', 'pgboss.archive']) {
    await db.query(
      `DELETE FROM ${table} WHERE (name = 'email.send' AND data->>'messageId' IN (
           SELECT id::text FROM email_messages WHERE application_id IN ${ofCandidate}
           UNION ALL SELECT id::text FROM email_messages WHERE candidate_id = $1))
         OR (name = 'interview.reminder' AND data->>'interviewId' IN (
           SELECT id::text FROM interviews WHERE application_id IN ${ofCandidate}))
         OR (name = 'cv.extract-text' AND data->>'cvFileId' IN (
           SELECT id::text FROM cv_files WHERE candidate_id = $1))`,
      [candidateId],
    );
  }
}

/**
 * Parts an anonymised candidate's applications from the person's record: the same anonymous
 * record under a new id that nothing outside the database ever saw (not the careers page, not a
 * webhook, not the data-request ledger), then the old row goes. Reports keep every application;
 * nothing is left that leads back to the person. Run after `anonymiseCandidateRecords`.
 */
export async function detachAnonymisedRecords(db: Queryable, candidateId: string): Promise<void> {
  const newId = randomUUID();
  // Every stored column, so a column added later is carried without a decision here.
  const columns = (
    await db.query<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = 'candidates'
         AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'email')
       ORDER BY ordinal_position`,
    )
  ).map(({ name }) => `"${name}"`);
  await db.query(
    `INSERT INTO candidates (id, email, ${columns.join(', ')})
     SELECT $2, $3, ${columns.join(', ')} FROM candidates WHERE id = $1`,
    [candidateId, newId, `anonim-${newId}@anonymised.invalid`],
  );
  await db.query(`UPDATE applications SET candidate_id = $2 WHERE candidate_id = $1`, [
    candidateId,
    newId,
  ]);
  // Its merge records and "not the same person" marks go with it (cascade); the data-request
  // ledger keeps its rows without the person (set null).
  await db.query(`DELETE FROM candidates WHERE id = $1`, [candidateId]);
}

/**
 * An interview history entry's reason only where the candidate wrote it (asking for another
 * time): on other entries it is the staff's note (a no-show, a walk-in record, a correction),
 * which stays internal like the staff's notes on stage moves.
 */
function candidateOwnReason(event: Record<string, unknown>): Record<string, unknown> {
  return event.kind === 'reschedule_requested' ? event : { ...event, reason: null };
}
