import type { Queryable } from '../database';

export interface ConsentRow {
  id: string;
  purpose: 'recruitment';
  privacyNoticeVersion: string;
  locale: 'id' | 'en';
  givenAt: Date;
  applicationId: string | null;
}

export async function insertConsent(
  db: Queryable,
  consent: {
    candidateId: string;
    applicationId: string;
    purpose: 'recruitment';
    privacyNoticeVersion: string;
    locale: 'id' | 'en';
  },
): Promise<void> {
  await db.query(
    `INSERT INTO consents (candidate_id, application_id, purpose, privacy_notice_version, locale)
     VALUES ($1, $2, $3, $4, $5)`,
    [
      consent.candidateId,
      consent.applicationId,
      consent.purpose,
      consent.privacyNoticeVersion,
      consent.locale,
    ],
  );
}

export async function listConsentsOfCandidate(
  db: Queryable,
  candidateId: string,
): Promise<ConsentRow[]> {
  return db.query<ConsentRow>(
    `SELECT id, purpose, privacy_notice_version AS "privacyNoticeVersion", locale,
       given_at AS "givenAt", application_id AS "applicationId"
     FROM consents WHERE candidate_id = $1 ORDER BY given_at DESC`,
    [candidateId],
  );
}
