import { closedOfferStatuses, type OfferStatus } from '../../domain/offers/offer-status';
import type { Queryable } from '../database';

/** One line of the offers list: the offer as it stands, its current version's salary. */
export interface OfferListRow {
  id: string;
  applicationId: string;
  candidateId: string;
  /** Null once the candidate's data was anonymised. */
  candidateName: string | null;
  jobId: string;
  jobTitle: string;
  status: OfferStatus;
  grossMonthlySalary: number;
  sentAt: Date | null;
  /** When the candidate last answered (accept, decline or a counter-proposal). */
  answeredAt: Date | null;
  /** The current version's last day to answer (YYYY-MM-DD). */
  expiresOn: string;
  /** Who wrote the current version (never its approver); null when unknown. */
  versionAuthorId: string | null;
}

export interface OfferListFilter {
  /** Only these jobs' offers (a hiring manager's); undefined: every job. */
  jobIds?: readonly string[] | undefined;
  jobId?: string | undefined;
  status?: OfferStatus | undefined;
  /** Only sent offers whose last day to answer is before this Jakarta date. */
  expiredBefore?: string | undefined;
  /** Only open offers whose last day to answer falls in these Jakarta dates, soonest first. */
  expiresBetween?: { from: string; to: string } | undefined;
  limit: number;
  offset: number;
}

/**
 * Newest first (by when the offer was drafted), or soonest to expire first when asked for those
 * expiring, with how many match in all.
 */
export async function listOfferLines(
  db: Queryable,
  filter: OfferListFilter,
): Promise<{ rows: OfferListRow[]; total: number }> {
  const where = `($1::uuid[] IS NULL OR a.job_id = ANY($1::uuid[]))
    AND ($2::uuid IS NULL OR a.job_id = $2::uuid)
    AND ($3::text IS NULL OR o.status = $3::text)
    AND ($4::date IS NULL OR (o.status = 'sent' AND v.expires_on < $4::date))
    AND ($5::date IS NULL OR (o.status <> ALL($7::text[])
      AND v.expires_on BETWEEN $5::date AND $6::date))`;
  const params = [
    filter.jobIds ? [...filter.jobIds] : null,
    filter.jobId ?? null,
    filter.status ?? null,
    filter.expiredBefore ?? null,
    filter.expiresBetween?.from ?? null,
    filter.expiresBetween?.to ?? null,
    [...closedOfferStatuses],
  ];
  const order = filter.expiresBetween ? 'v.expires_on, o.created_at DESC' : 'o.created_at DESC';
  const from = `offers o
    JOIN offer_versions v ON v.offer_id = o.id AND v.version = o.current_version
    JOIN applications a ON a.id = o.application_id`;
  const rows = await db.query<OfferListRow>(
    `SELECT o.id, o.application_id AS "applicationId", a.candidate_id AS "candidateId",
       CASE WHEN c.anonymised_at IS NULL THEN c.full_name END AS "candidateName",
       a.job_id AS "jobId", j.title AS "jobTitle", o.status,
       v.gross_monthly_salary::float8 AS "grossMonthlySalary", o.sent_at AS "sentAt",
       (SELECT max(x.answered_at) FROM offer_answers x WHERE x.offer_id = o.id) AS "answeredAt",
       to_char(v.expires_on, 'YYYY-MM-DD') AS "expiresOn", v.created_by AS "versionAuthorId"
     FROM ${from}
       JOIN candidates c ON c.id = a.candidate_id
       JOIN jobs j ON j.id = a.job_id
     WHERE ${where}
     ORDER BY ${order}, o.id DESC
     LIMIT $8 OFFSET $9`,
    [...params, filter.limit, filter.offset],
  );
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM ${from} WHERE ${where}`,
    params,
  );
  return { rows, total: count?.total ?? 0 };
}

/** The jobs that have offers, by title: of these jobs only (a hiring manager's), or of every job. */
export async function listJobsWithOffers(
  db: Queryable,
  jobIds: readonly string[] | undefined,
): Promise<{ id: string; title: string }[]> {
  return db.query<{ id: string; title: string }>(
    `SELECT j.id, j.title FROM jobs j
     WHERE ($1::uuid[] IS NULL OR j.id = ANY($1::uuid[]))
       AND EXISTS (SELECT 1 FROM offers o JOIN applications a ON a.id = o.application_id
                   WHERE a.job_id = j.id)
     ORDER BY j.title, j.id`,
    [jobIds ? [...jobIds] : null],
  );
}

/** The jobs this user is hiring manager of. */
export async function listManagedJobIds(db: Queryable, userId: string): Promise<string[]> {
  const rows = await db.query<{ jobId: string }>(
    `SELECT job_id AS "jobId" FROM job_team_members
     WHERE user_id = $1 AND team_role = 'hiring_manager'`,
    [userId],
  );
  return rows.map((row) => row.jobId);
}
