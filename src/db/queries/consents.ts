import type { Queryable } from '../database';
import { type BulkColumns, insertMany, insertOne, timeOr } from './bulk-insert';
import type { BundleRead } from './read-bundle';
import type { ConsentChannel, ConsentPurpose } from '../../domain/privacy/talent-pool';

export interface ConsentRow {
  id: string;
  purpose: ConsentPurpose;
  channel: ConsentChannel;
  privacyNoticeVersion: string;
  locale: 'id' | 'en';
  givenAt: Date;
  withdrawnAt: Date | null;
  applicationId: string | null;
}

/** A consent as it is given: `givenAt` is now unless the record is older (demo data). */
export interface NewConsent {
  candidateId: string;
  applicationId: string | null;
  purpose: ConsentPurpose;
  channel: ConsentChannel;
  privacyNoticeVersion: string;
  locale: 'id' | 'en';
  givenAt?: Date | undefined;
}

const consentColumns: BulkColumns<NewConsent> = {
  candidate_id: (c) => c.candidateId,
  application_id: (c) => c.applicationId,
  purpose: (c) => c.purpose,
  channel: (c) => c.channel,
  privacy_notice_version: (c) => c.privacyNoticeVersion,
  locale: (c) => c.locale,
  given_at: timeOr('now()', (c) => c.givenAt),
};

export async function insertConsent(db: Queryable, consent: NewConsent): Promise<void> {
  await insertOne(db, 'consents', consentColumns, consent);
}

/** A candidate's ($1) consents, newest first. */
export const consentsOfCandidate: BundleRead<ConsentRow> = {
  sql: `SELECT id, purpose, channel, privacy_notice_version AS "privacyNoticeVersion", locale,
       given_at AS "givenAt", withdrawn_at AS "withdrawnAt", application_id AS "applicationId"
     FROM consents WHERE candidate_id = $1 ORDER BY given_at DESC`,
  dates: ['givenAt', 'withdrawnAt'],
};

export async function listConsentsOfCandidate(
  db: Queryable,
  candidateId: string,
): Promise<ConsentRow[]> {
  return db.query<ConsentRow>(consentsOfCandidate.sql, [candidateId]);
}

/** Ends the candidate's standing consent for a purpose; true when there was one. */
export async function withdrawConsent(
  db: Queryable,
  candidateId: string,
  purpose: ConsentPurpose,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE consents SET withdrawn_at = now()
     WHERE candidate_id = $1 AND purpose = $2 AND withdrawn_at IS NULL RETURNING id`,
    [candidateId, purpose],
  );
  return rows.length > 0;
}

/** Consents given when applying (demo data), in one statement. */
export async function insertConsents(
  db: Queryable,
  consents: readonly (NewConsent & { givenAt: Date })[],
): Promise<void> {
  await insertMany(db, 'consents', consentColumns, consents);
}
