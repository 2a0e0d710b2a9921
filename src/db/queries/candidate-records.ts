import type { Queryable } from '../database';

/**
 * Everything held on one candidate, for an access request (UU PDP). Other people's personal data
 * is left out: no staff names, no interviewers' free-text notes, no messages to anyone else.
 */
export async function readCandidateRecords(db: Queryable, candidateId: string) {
  const [candidate] = await db.query<Record<string, unknown>>(
    `SELECT id, full_name AS "fullName", email, phone, source, tags, notes, locale,
       created_at AS "createdAt", updated_at AS "updatedAt",
       processing_restricted_at AS "processingRestrictedAt"
     FROM candidates WHERE id = $1`,
    [candidateId],
  );
  const applications = await db.query<Record<string, unknown>>(
    `SELECT a.id, j.title AS "jobTitle", a.stage, a.created_at AS "appliedAt",
       a.stage_entered_at AS "stageEnteredAt"
     FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.candidate_id = $1 ORDER BY a.created_at`,
    [candidateId],
  );
  const ofApplications = `application_id IN (SELECT id FROM applications WHERE candidate_id = $1)`;
  const stageHistory = await db.query<Record<string, unknown>>(
    `SELECT application_id AS "applicationId", from_stage AS "fromStage", to_stage AS "toStage",
       rejection_reason AS "rejectionReason", created_at AS "at"
     FROM application_events WHERE ${ofApplications} ORDER BY created_at`,
    [candidateId],
  );
  const interviews = await db.query<Record<string, unknown>>(
    `SELECT application_id AS "applicationId", stage, starts_at AS "startsAt", time_zone AS "timeZone",
       duration_minutes AS "durationMinutes", mode, status, candidate_response AS "candidateResponse"
     FROM interviews WHERE ${ofApplications} ORDER BY starts_at`,
    [candidateId],
  );
  const assessments = await db.query<Record<string, unknown>>(
    `SELECT application_id AS "applicationId", stage, ratings, recommendation, submitted_at AS "submittedAt"
     FROM scorecards WHERE ${ofApplications} AND submitted_at IS NOT NULL ORDER BY submitted_at`,
    [candidateId],
  );
  const decisions = await db.query<Record<string, unknown>>(
    `SELECT application_id AS "applicationId", stage, outcome, created_at AS "at"
     FROM decisions WHERE ${ofApplications} ORDER BY created_at`,
    [candidateId],
  );
  const emails = await db.query<Record<string, unknown>>(
    `SELECT m.subject, m.body, m.status, m.created_at AS "createdAt", m.sent_at AS "sentAt"
     FROM email_messages m JOIN candidates c ON c.id = $1
     WHERE m.${ofApplications} AND lower(m.to_email) = lower(c.email) ORDER BY m.created_at`,
    [candidateId],
  );
  const cvFiles = await db.query<Record<string, unknown>>(
    `SELECT sha256, file_name AS "fileName", kind, byte_size AS "byteSize", text_status AS "textStatus",
       text, created_at AS "uploadedAt"
     FROM cv_files WHERE candidate_id = $1 ORDER BY created_at`,
    [candidateId],
  );
  const consents = await db.query<Record<string, unknown>>(
    `SELECT purpose, privacy_notice_version AS "privacyNoticeVersion", locale, given_at AS "givenAt"
     FROM consents WHERE candidate_id = $1 ORDER BY given_at`,
    [candidateId],
  );
  const dataRequests = await db.query<Record<string, unknown>>(
    `SELECT kind, channel, received_at AS "receivedAt", due_at AS "dueAt",
       completed_at AS "completedAt", outcome
     FROM data_requests WHERE candidate_id = $1 ORDER BY received_at`,
    [candidateId],
  );
  return {
    candidate,
    applications,
    stageHistory,
    interviews,
    assessments,
    decisions,
    emails,
    cvFiles,
    consents,
    dataRequests,
  };
}

/**
 * Removes the candidate and everything that hangs off them: applications with their events,
 * interviews, scorecards, decisions, portal links and e-mail copies (by cascade), and the queued
 * jobs that would still act on them. The data-request ledger keeps its rows without the person.
 */
/** Returns the content hashes of the CV files whose bytes no record needs any more. */
export async function deleteCandidateRecords(
  db: Queryable,
  candidateId: string,
): Promise<string[]> {
  const hashes = (
    await db.query<{ sha256: string }>(
      'SELECT DISTINCT sha256 FROM cv_files WHERE candidate_id = $1',
      [candidateId],
    )
  ).map((row) => row.sha256);
  const ofCandidate = `(SELECT id FROM applications WHERE candidate_id = $1)`;
  // Queued jobs carry only ids, but a job must not outlive what it points at.
  await db.query(
    `DELETE FROM pgboss.job WHERE (name = 'email.send' AND data->>'messageId' IN (
         SELECT id::text FROM email_messages WHERE application_id IN ${ofCandidate}))
       OR (name = 'interview.reminder' AND data->>'interviewId' IN (
         SELECT id::text FROM interviews WHERE application_id IN ${ofCandidate}))
       OR (name = 'cv.extract-text' AND data->>'cvFileId' IN (
         SELECT id::text FROM cv_files WHERE candidate_id = $1))`,
    [candidateId],
  );
  await db.query(
    `DELETE FROM pgboss.archive WHERE (name = 'email.send' AND data->>'messageId' IN (
         SELECT id::text FROM email_messages WHERE application_id IN ${ofCandidate}))
       OR (name = 'interview.reminder' AND data->>'interviewId' IN (
         SELECT id::text FROM interviews WHERE application_id IN ${ofCandidate}))
       OR (name = 'cv.extract-text' AND data->>'cvFileId' IN (
         SELECT id::text FROM cv_files WHERE candidate_id = $1))`,
    [candidateId],
  );
  // CV rows (with their text) and consents go too; the caller removes the bytes once committed.
  await db.query(`DELETE FROM cv_files WHERE candidate_id = $1`, [candidateId]);
  await db.query(`DELETE FROM consents WHERE candidate_id = $1`, [candidateId]);
  await db.query(`DELETE FROM applications WHERE candidate_id = $1`, [candidateId]);
  await db.query(`DELETE FROM candidates WHERE id = $1`, [candidateId]);
  // The same file may belong to another candidate (stored once by content): keep those.
  const shared = await db.query<{ sha256: string }>(
    'SELECT DISTINCT sha256 FROM cv_files WHERE sha256 = ANY($1::text[])',
    [hashes],
  );
  return hashes.filter((hash) => !shared.some((row) => row.sha256 === hash));
}
