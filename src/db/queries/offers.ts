import type { MinimumWageRecord } from '../../domain/offers/minimum-wage';
import {
  closedOfferStatuses,
  type ApprovalDecision,
  type OfferStatus,
  type OfferVersionReason,
} from '../../domain/offers/offer-status';
import type { OfferTerms } from '../../domain/offers/offer-terms';
import type { Queryable } from '../database';
import { type BulkColumns, insertMany, insertOne, timeOr } from './bulk-insert';
import type { BundleRead } from './read-bundle';

export interface OfferRow {
  id: string;
  applicationId: string;
  status: OfferStatus;
  currentVersion: number;
  sentAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface OfferVersionRow extends OfferTerms {
  offerId: string;
  version: number;
  /** The Jakarta date the version was made. */
  offerDate: string;
  reason: OfferVersionReason;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: Date;
}

export interface OfferApprovalRow {
  id: string;
  offerId: string;
  version: number;
  approverId: string;
  approverName: string;
  decision: ApprovalDecision;
  reason: string;
  decidedAt: Date;
}

/** What an offer for a job is checked against: where the job is and its salary band. */
export interface JobPayRow {
  province: string | null;
  city: string;
  salaryMin: number | null;
  salaryMax: number | null;
}

export interface OfferSettingsRow {
  everyOfferNeedsApproval: boolean;
  approverId: string | null;
}

const offerColumns = `o.id, o.application_id AS "applicationId", o.status,
  o.current_version AS "currentVersion", o.sent_at AS "sentAt", o.created_by AS "createdBy",
  o.created_at AS "createdAt", o.updated_at AS "updatedAt"`;

// Amounts are bigint columns; every amount an offer may hold (<= Rp 1.000.000.000) is exact as a
// double, so they are read as numbers rather than strings.
const versionColumns = `v.offer_id AS "offerId", v.version, v.job_title AS "jobTitle",
  v.contract_type AS "contractType", v.contract_months AS "contractMonths",
  v.probation_months AS "probationMonths", v.gross_monthly_salary::float8 AS "grossMonthlySalary",
  v.allowances, v.benefits, v.thr, v.bpjs_kesehatan AS "bpjsKesehatan",
  v.bpjs_ketenagakerjaan AS "bpjsKetenagakerjaan", v.working_days AS "workingDays",
  v.working_hours AS "workingHours", v.work_location AS "workLocation", v.work_mode AS "workMode",
  to_char(v.offer_date, 'YYYY-MM-DD') AS "offerDate", to_char(v.start_date, 'YYYY-MM-DD') AS "startDate",
  to_char(v.expires_on, 'YYYY-MM-DD') AS "expiresOn", v.note, v.reason, v.created_by AS "createdBy",
  u.name AS "createdByName", v.created_at AS "createdAt"`;

export async function listOffersOfApplication(
  db: Queryable,
  applicationId: string,
): Promise<OfferRow[]> {
  return db.query<OfferRow>(
    `SELECT ${offerColumns} FROM offers o WHERE o.application_id = $1 ORDER BY o.created_at DESC`,
    [applicationId],
  );
}

/** The application's offer still open (drafted, awaiting approval, sent, countered), locked. */
export async function findLiveOfferOfApplication(
  db: Queryable,
  applicationId: string,
): Promise<OfferRow | undefined> {
  const [row] = await db.query<OfferRow>(
    `SELECT ${offerColumns} FROM offers o
      WHERE o.application_id = $1 AND o.status <> ALL($2::text[]) FOR UPDATE`,
    [applicationId, closedOfferStatuses],
  );
  return row;
}

/** The offer; with `forUpdate` its row is locked so concurrent actions on it take turns. */
export async function findOffer(
  db: Queryable,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<OfferRow | undefined> {
  const [row] = await db.query<OfferRow>(
    `SELECT ${offerColumns} FROM offers o WHERE o.id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return row;
}

export async function listOfferVersions(
  db: Queryable,
  offerIds: readonly string[],
): Promise<OfferVersionRow[]> {
  return db.query<OfferVersionRow>(
    `SELECT ${versionColumns} FROM offer_versions v LEFT JOIN users u ON u.id = v.created_by
     WHERE v.offer_id = ANY($1::uuid[]) ORDER BY v.offer_id, v.version`,
    [offerIds],
  );
}

export async function listOfferApprovals(
  db: Queryable,
  offerIds: readonly string[],
): Promise<OfferApprovalRow[]> {
  return db.query<OfferApprovalRow>(
    `SELECT a.id, a.offer_id AS "offerId", a.version, a.approver_id AS "approverId",
       u.name AS "approverName", a.decision, a.reason, a.decided_at AS "decidedAt"
     FROM offer_approvals a JOIN users u ON u.id = a.approver_id
     WHERE a.offer_id = ANY($1::uuid[]) ORDER BY a.decided_at, a.id`,
    [offerIds],
  );
}

export async function insertOffer(
  db: Queryable,
  offer: { applicationId: string; createdBy: string; at?: Date },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO offers (application_id, created_by, created_at, updated_at)
     VALUES ($1, $2, COALESCE($3, now()), COALESCE($3, now())) RETURNING id`,
    [offer.applicationId, offer.createdBy, offer.at ?? null],
  );
  return row!.id;
}

/** A version of an offer's terms; `at` only when history is replayed (demo data). */
export interface NewOfferVersion {
  offerId: string;
  version: number;
  terms: OfferTerms;
  offerDate: string;
  reason: OfferVersionReason;
  createdBy: string;
  at?: Date;
}

const offerVersionColumns: BulkColumns<NewOfferVersion> = {
  offer_id: (v) => v.offerId,
  version: (v) => v.version,
  job_title: (v) => v.terms.jobTitle,
  contract_type: (v) => v.terms.contractType,
  contract_months: (v) => v.terms.contractMonths,
  probation_months: (v) => v.terms.probationMonths,
  gross_monthly_salary: (v) => v.terms.grossMonthlySalary,
  allowances: (v) => JSON.stringify(v.terms.allowances),
  benefits: (v) => JSON.stringify(v.terms.benefits),
  thr: (v) => v.terms.thr,
  bpjs_kesehatan: (v) => v.terms.bpjsKesehatan,
  bpjs_ketenagakerjaan: (v) => v.terms.bpjsKetenagakerjaan,
  working_days: (v) => v.terms.workingDays,
  working_hours: (v) => v.terms.workingHours,
  work_location: (v) => v.terms.workLocation,
  work_mode: (v) => v.terms.workMode,
  offer_date: (v) => v.offerDate,
  start_date: (v) => v.terms.startDate,
  expires_on: (v) => v.terms.expiresOn,
  note: (v) => v.terms.note,
  reason: (v) => v.reason,
  created_by: (v) => v.createdBy,
  created_at: timeOr('now()', (v) => v.at),
};

export async function insertOfferVersion(db: Queryable, version: NewOfferVersion): Promise<void> {
  await insertOne(db, 'offer_versions', offerVersionColumns, version);
}

/** Moves the offer to `status` (and to a new current version, or marks it sent now). */
export async function updateOfferStatus(
  db: Queryable,
  id: string,
  change: { status: OfferStatus; currentVersion?: number; sent?: boolean; at?: Date },
): Promise<void> {
  await db.query(
    `UPDATE offers SET status = $2, current_version = coalesce($3, current_version),
       sent_at = CASE WHEN $4 THEN COALESCE($5, now()) ELSE sent_at END,
       updated_at = COALESCE($5, now())
     WHERE id = $1`,
    [id, change.status, change.currentVersion ?? null, change.sent ?? false, change.at ?? null],
  );
}

export async function updateOfferExpiry(
  db: Queryable,
  offerId: string,
  version: number,
  expiresOn: string,
): Promise<void> {
  await db.query(`UPDATE offer_versions SET expires_on = $3 WHERE offer_id = $1 AND version = $2`, [
    offerId,
    version,
    expiresOn,
  ]);
  await db.query(`UPDATE offers SET updated_at = now() WHERE id = $1`, [offerId]);
}

/** An approver's decision on a version; `at` only when history is replayed (demo data). */
export interface NewOfferApproval {
  offerId: string;
  version: number;
  approverId: string;
  decision: ApprovalDecision;
  reason: string;
  at?: Date;
}

const offerApprovalColumns: BulkColumns<NewOfferApproval> = {
  offer_id: (a) => a.offerId,
  version: (a) => a.version,
  approver_id: (a) => a.approverId,
  decision: (a) => a.decision,
  reason: (a) => a.reason,
  decided_at: timeOr('clock_timestamp()', (a) => a.at),
};

export async function insertOfferApproval(
  db: Queryable,
  approval: NewOfferApproval,
): Promise<void> {
  await insertOne(db, 'offer_approvals', offerApprovalColumns, approval);
}

export async function findJobPay(db: Queryable, jobId: string): Promise<JobPayRow | undefined> {
  const [row] = await db.query<JobPayRow>(
    `SELECT province, city, salary_min::float8 AS "salaryMin", salary_max::float8 AS "salaryMax"
     FROM jobs WHERE id = $1`,
    [jobId],
  );
  return row;
}

/** The company's approval rule (one row, created by the migration). */
/** The company's offer settings: one row, or none before they were ever set (offerSettingsOr). */
export const offerSettingsRead: BundleRead<OfferSettingsRow> = {
  sql: `SELECT every_offer_needs_approval AS "everyOfferNeedsApproval", approver_id AS "approverId"
     FROM offer_settings`,
  dates: [],
};

export const offerSettingsOr = (row: OfferSettingsRow | undefined): OfferSettingsRow =>
  row ?? { everyOfferNeedsApproval: false, approverId: null };

export async function findOfferSettings(db: Queryable): Promise<OfferSettingsRow> {
  const [row] = await db.query<OfferSettingsRow>(offerSettingsRead.sql);
  return offerSettingsOr(row);
}

/** Every minimum wage recorded for a province (its UMP and its cities' UMK), every year. */
export async function listMinimumWagesOf(
  db: Queryable,
  province: string,
): Promise<MinimumWageRecord[]> {
  return db.query<MinimumWageRecord>(
    `SELECT province, city, year, monthly_amount::float8 AS "monthlyAmount", decree
     FROM minimum_wages WHERE province = $1`,
    [province],
  );
}

/** An offer as the offers feature left it (demo data): where it stands, its times. */
export interface ReplayedOffer {
  id: string;
  applicationId: string;
  status: OfferStatus;
  currentVersion: number;
  sentAt: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Replayed offers (demo data), in one statement; their versions and approvals go after them. */
export async function insertReplayedOffers(
  db: Queryable,
  offers: readonly ReplayedOffer[],
): Promise<void> {
  await insertMany(
    db,
    'offers',
    {
      id: (o) => o.id,
      application_id: (o) => o.applicationId,
      status: (o) => o.status,
      current_version: (o) => o.currentVersion,
      sent_at: (o) => o.sentAt,
      created_by: (o) => o.createdBy,
      created_at: (o) => o.createdAt,
      updated_at: (o) => o.updatedAt,
    },
    offers,
  );
}

/** Many offer versions in one statement (demo data). */
export async function insertOfferVersions(
  db: Queryable,
  versions: readonly (NewOfferVersion & { at: Date })[],
): Promise<void> {
  await insertMany(db, 'offer_versions', offerVersionColumns, versions);
}

/** Many approvals in one statement (demo data). */
export async function insertOfferApprovals(
  db: Queryable,
  approvals: readonly (NewOfferApproval & { at: Date })[],
): Promise<void> {
  await insertMany(db, 'offer_approvals', offerApprovalColumns, approvals);
}
