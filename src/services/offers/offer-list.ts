import type { Queryable } from '../../db/database';
import {
  listJobsWithOffers,
  listManagedJobIds,
  listOfferLines,
  type OfferListRow,
} from '../../db/queries/offer-list';
import { findJob } from '../../db/queries/jobs';
import { findOfferSettings } from '../../db/queries/offers';
import {
  daysLeftToAnswer,
  isSentAndExpired,
  type OfferListStatus,
} from '../../domain/offers/offer-list';
import { mayListOffers } from '../../domain/permissions';
import { seesAllJobs } from '../../domain/roles';
import { addDays, jakartaDate } from '../../domain/today';
import type { Actor } from '../actor';
import { Forbidden, NotFound } from '../errors';
import { approverNamesOf } from './offer-approvers';

export interface OfferListQuery {
  status?: OfferListStatus | undefined;
  jobId?: string | undefined;
  /** Only open offers whose last day to answer is within this many days, soonest first. */
  expiresWithinDays?: number | undefined;
  page: number;
  pageSize: number;
}

export interface OfferLine extends OfferListRow {
  /** Sent and past its last day to answer. */
  expired: boolean;
  /** Days left to answer (0: today); null once closed or past its last day. */
  daysLeft: number | null;
  /** Who may approve it, by name, while it awaits approval; empty otherwise. */
  awaitingApprovers: string[];
}

/**
 * The offers the actor may see, newest first, on the rule of reading one offer: HR, admins and
 * the company's named offer approver every job's (the approver approves offers of every job, so
 * must find them), a hiring manager the offers of the jobs they manage; interviewers none (offers
 * and their amounts are not theirs). A job filter outside the actor's jobs answers NotFound, as
 * the reports do. With the lines come the jobs the reader's offers cover (whatever the filters),
 * for the job filter: the named approver's are every job's with offers, not only their own.
 */
export async function readOfferList(
  db: Queryable,
  actor: Actor,
  query: OfferListQuery,
  now = new Date(),
): Promise<{ lines: OfferLine[]; total: number; jobs: { id: string; title: string }[] }> {
  if (!mayListOffers(actor.role)) {
    throw new Forbidden('Offers are for HR, admins and hiring managers.');
  }
  const jobIds = (await seesEveryJobsOffers(db, actor))
    ? undefined
    : await listManagedJobIds(db, actor.id);
  if (
    query.jobId &&
    (!(await findJob(db, query.jobId)) || (jobIds && !jobIds.includes(query.jobId)))
  )
    throw new NotFound('Job');
  const today = jakartaDate(now);
  const { status } = query;
  const { rows, total } = await listOfferLines(db, {
    jobIds,
    jobId: query.jobId,
    status: status === 'expired' ? undefined : status,
    expiredBefore: status === 'expired' ? today : undefined,
    expiresBetween:
      query.expiresWithinDays === undefined
        ? undefined
        : { from: today, to: addDays(today, query.expiresWithinDays) },
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const approvers = await approverNamesOf(
    db,
    rows.filter((row) => row.status === 'awaiting_approval'),
  );
  return {
    lines: rows.map((row) => ({
      ...row,
      expired: isSentAndExpired(row.status, row.expiresOn, today),
      daysLeft: daysLeftToAnswer(row.status, row.expiresOn, today),
      awaitingApprovers: approvers.get(row.id) ?? [],
    })),
    total,
    jobs: await listJobsWithOffers(db, jobIds),
  };
}

async function seesEveryJobsOffers(db: Queryable, actor: Actor): Promise<boolean> {
  if (seesAllJobs(actor.role)) return true;
  return (await findOfferSettings(db)).approverId === actor.id;
}
