import type { Queryable } from '../database';
import { type BulkColumns, insertMany, insertOne, timeOr } from './bulk-insert';
import type { OfferTerms } from '../../domain/offers/offer-terms';
import type { AnswerChannel } from '../../domain/offers/offer-answer-recorded';
import type {
  CounterReplyKind,
  OfferAnswerKind,
  OfferDeclineReason,
} from '../../domain/offers/offer-answer';

/** An offer with the terms of its current version, as the candidate reads them. */
export interface AnsweredOfferRow extends OfferTerms {
  id: string;
  applicationId: string;
  status: string;
  version: number;
  sentAt: Date | null;
  remindedForExpiry: string | null;
  otherApplicationsClosedAt: Date | null;
  /** The day this version was made: the letter's date. */
  offerDate: string;
}

const offerColumns = `o.id, o.application_id AS "applicationId", o.status, o.current_version AS version,
  o.sent_at AS "sentAt", o.reminded_for_expiry::text AS "remindedForExpiry",
  o.other_applications_closed_at AS "otherApplicationsClosedAt",
  v.job_title AS "jobTitle", v.contract_type AS "contractType", v.contract_months AS "contractMonths",
  v.probation_months AS "probationMonths", v.gross_monthly_salary::float8 AS "grossMonthlySalary",
  v.allowances, v.benefits, v.thr, v.bpjs_kesehatan AS "bpjsKesehatan",
  v.bpjs_ketenagakerjaan AS "bpjsKetenagakerjaan", v.working_days AS "workingDays",
  v.working_hours AS "workingHours", v.work_location AS "workLocation", v.work_mode AS "workMode",
  v.offer_date::text AS "offerDate", v.start_date::text AS "startDate", v.expires_on::text AS "expiresOn", v.note`;
const offerJoin = `offers o JOIN offer_versions v ON v.offer_id = o.id AND v.version = o.current_version`;

/**
 * The application's offer the candidate has been sent: the live one, else the latest (a declined
 * one stays readable). A draft never sent is not the candidate's to see.
 */
export async function findSentOfferOfApplication(
  db: Queryable,
  applicationId: string,
  options: { forUpdate?: boolean } = {},
): Promise<AnsweredOfferRow | undefined> {
  const [row] = await db.query<AnsweredOfferRow>(
    `SELECT ${offerColumns} FROM ${offerJoin}
     WHERE o.application_id = $1 AND o.sent_at IS NOT NULL
     ORDER BY (o.status NOT IN ('declined', 'withdrawn')) DESC, o.created_at DESC LIMIT 1
     ${options.forUpdate ? 'FOR UPDATE OF o' : ''}`,
    [applicationId],
  );
  return row;
}

export async function findAnsweredOffer(
  db: Queryable,
  offerId: string,
  options: { forUpdate?: boolean } = {},
): Promise<AnsweredOfferRow | undefined> {
  const [row] = await db.query<AnsweredOfferRow>(
    `SELECT ${offerColumns} FROM ${offerJoin} WHERE o.id = $1 ${options.forUpdate ? 'FOR UPDATE OF o' : ''}`,
    [offerId],
  );
  return row;
}

export async function setOfferStatus(
  db: Queryable,
  offerId: string,
  status: string,
): Promise<void> {
  await db.query(`UPDATE offers SET status = $2, updated_at = now() WHERE id = $1`, [
    offerId,
    status,
  ]);
}

export interface NewOfferAnswer {
  offerId: string;
  version: number;
  kind: OfferAnswerKind;
  signedName?: string | null;
  clientHash?: string | null;
  declineReason?: OfferDeclineReason | null;
  counterSalary?: number | null;
  counterStartDate?: string | null;
  note?: string;
  /** An answer given outside the portal: who recorded it, the day it was given and how. */
  recordedBy?: string;
  givenOn?: string;
  givenVia?: AnswerChannel;
  at?: Date;
}

const offerAnswerColumns: BulkColumns<NewOfferAnswer> = {
  offer_id: (a) => a.offerId,
  version: (a) => a.version,
  kind: (a) => a.kind,
  signed_name: (a) => a.signedName ?? null,
  consent_given: (a) => (a.kind === 'accept' && !a.givenVia ? true : null),
  client_hash: (a) => a.clientHash ?? null,
  decline_reason: (a) => a.declineReason ?? null,
  counter_salary: (a) => a.counterSalary ?? null,
  counter_start_date: (a) => a.counterStartDate ?? null,
  note: (a) => a.note ?? '',
  recorded_by: (a) => a.recordedBy ?? null,
  given_on: (a) => a.givenOn ?? null,
  given_via: (a) => a.givenVia ?? null,
  answered_at: timeOr('clock_timestamp()', (a) => a.at),
};

export async function insertOfferAnswer(db: Queryable, answer: NewOfferAnswer): Promise<string> {
  const row = await insertOne<NewOfferAnswer, { id: string }>(
    db,
    'offer_answers',
    offerAnswerColumns,
    answer,
    'id',
  );
  return row!.id;
}

export interface OfferAnswerRow {
  id: string;
  version: number;
  kind: OfferAnswerKind;
  signedName: string | null;
  declineReason: OfferDeclineReason | null;
  counterSalary: number | null;
  counterStartDate: string | null;
  note: string;
  answeredAt: Date;
  /** Set when HR recorded an answer the candidate gave outside the portal. */
  given: { on: string; via: AnswerChannel; recordedByName: string | null } | null;
  reply: {
    kind: CounterReplyKind;
    note: string;
    revisedVersion: number | null;
    repliedBy: string | null;
    repliedByName: string | null;
    repliedAt: string;
  } | null;
}

/** The exchange in order: each answer with HR's reply to it, if any. */
export async function listOfferAnswers(db: Queryable, offerId: string): Promise<OfferAnswerRow[]> {
  return db.query<OfferAnswerRow>(
    `SELECT a.id, a.version, a.kind, a.signed_name AS "signedName", a.decline_reason AS "declineReason",
       a.counter_salary::float8 AS "counterSalary", a.counter_start_date::text AS "counterStartDate",
       a.note, a.answered_at AS "answeredAt",
       CASE WHEN a.given_via IS NULL THEN NULL ELSE json_build_object(
         'on', a.given_on::text, 'via', a.given_via, 'recordedByName', g.name) END AS given,
       CASE WHEN r.answer_id IS NULL THEN NULL ELSE json_build_object(
         'kind', r.kind, 'note', r.note, 'revisedVersion', r.revised_version,
         'repliedBy', r.replied_by, 'repliedByName', u.name, 'repliedAt', r.replied_at) END AS reply
     FROM offer_answers a
     LEFT JOIN offer_counter_replies r ON r.answer_id = a.id
     LEFT JOIN users u ON u.id = r.replied_by
     LEFT JOIN users g ON g.id = a.recorded_by
     WHERE a.offer_id = $1 ORDER BY a.answered_at`,
    [offerId],
  );
}

/** The counter-proposal HR has not replied to yet, if any. */
export async function findOpenCounter(
  db: Queryable,
  offerId: string,
): Promise<{ id: string } | undefined> {
  const [row] = await db.query<{ id: string }>(
    `SELECT a.id FROM offer_answers a LEFT JOIN offer_counter_replies r ON r.answer_id = a.id
     WHERE a.offer_id = $1 AND a.kind = 'counter' AND r.answer_id IS NULL
     ORDER BY a.answered_at DESC LIMIT 1`,
    [offerId],
  );
  return row;
}

/** HR's reply to a counter-proposal; `at` only when history is replayed (demo data). */
export interface NewCounterReply {
  answerId: string;
  kind: CounterReplyKind;
  note: string;
  revisedVersion: number | null;
  repliedBy: string;
  at?: Date;
}

const counterReplyColumns: BulkColumns<NewCounterReply> = {
  answer_id: (r) => r.answerId,
  kind: (r) => r.kind,
  note: (r) => r.note,
  revised_version: (r) => r.revisedVersion,
  replied_by: (r) => r.repliedBy,
  replied_at: timeOr('clock_timestamp()', (r) => r.at),
};

export async function insertCounterReply(db: Queryable, reply: NewCounterReply): Promise<void> {
  await insertOne(db, 'offer_counter_replies', counterReplyColumns, reply);
}

/** Sent offers whose candidate has not been reminded of the current expiry date. */
export async function listOffersAwaitingReminder(
  db: Queryable,
): Promise<{ id: string; expiresOn: string; status: string; remindedForExpiry: string | null }[]> {
  return db.query(
    `SELECT o.id, v.expires_on::text AS "expiresOn", o.status,
       o.reminded_for_expiry::text AS "remindedForExpiry"
     FROM ${offerJoin}
     WHERE o.status = 'sent' AND o.reminded_for_expiry IS DISTINCT FROM v.expires_on`,
  );
}

/** Marks the reminder for this expiry date sent; false when another worker just did. */
export async function markReminded(
  db: Queryable,
  offerId: string,
  expiresOn: string,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE offers SET reminded_for_expiry = $2::date
     WHERE id = $1 AND reminded_for_expiry IS DISTINCT FROM $2::date RETURNING id`,
    [offerId, expiresOn],
  );
  return rows.length > 0;
}

export async function setApplicationStartDate(
  db: Queryable,
  applicationId: string,
  startDate: string,
): Promise<void> {
  await db.query(`UPDATE applications SET start_date = $2::date WHERE id = $1`, [
    applicationId,
    startDate,
  ]);
}

export async function markOtherApplicationsClosed(db: Queryable, offerId: string): Promise<void> {
  await db.query(`UPDATE offers SET other_applications_closed_at = now() WHERE id = $1`, [offerId]);
}

/** The candidate's other applications still in the process. */
/** The candidate's other open applications, as HR confirms closing them: the job and stage. */
export interface OtherOpenApplication {
  applicationId: string;
  jobTitle: string;
  stage: string;
}

export async function listOtherOpenApplications(
  db: Queryable,
  candidateId: string,
  exceptApplicationId: string,
): Promise<OtherOpenApplication[]> {
  return db.query<OtherOpenApplication>(
    `SELECT a.id AS "applicationId", j.title AS "jobTitle", a.stage
     FROM applications a JOIN jobs j ON j.id = a.job_id
     WHERE a.candidate_id = $1 AND a.id <> $2
       AND a.stage IN ('applied', 'cv_screening', 'hr_interview', 'tests', 'user_interview', 'offer')
     ORDER BY j.title, a.id`,
    [candidateId, exceptApplicationId],
  );
}

export async function listOtherOpenApplicationIds(
  db: Queryable,
  candidateId: string,
  exceptApplicationId: string,
): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM applications
     WHERE candidate_id = $1 AND id <> $2
       AND stage IN ('applied', 'cv_screening', 'hr_interview', 'tests', 'user_interview', 'offer')
     ORDER BY id`,
    [candidateId, exceptApplicationId],
  );
  return rows.map((row) => row.id);
}

/** Many answers in one statement, with ids chosen by the caller (demo data). */
export async function insertOfferAnswers(
  db: Queryable,
  answers: readonly (NewOfferAnswer & { id: string; at: Date })[],
): Promise<void> {
  await insertMany(db, 'offer_answers', { id: (a) => a.id, ...offerAnswerColumns }, answers);
}

/** Many replies to counter-proposals in one statement (demo data). */
export async function insertCounterReplies(
  db: Queryable,
  replies: readonly (NewCounterReply & { at: Date })[],
): Promise<void> {
  await insertMany(db, 'offer_counter_replies', counterReplyColumns, replies);
}
