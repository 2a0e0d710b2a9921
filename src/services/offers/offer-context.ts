import type { Queryable } from '../../db/database';
import { findApplication, type ApplicationRow } from '../../db/queries/applications';
import { findJob, listTeamMembers, type JobRow, type TeamMemberRow } from '../../db/queries/jobs';
import {
  findJobPay,
  findOffer,
  findOfferSettings,
  listMinimumWagesOf,
  type JobPayRow,
  type OfferRow,
  type OfferSettingsRow,
} from '../../db/queries/offers';
import {
  applicableMinimumWage,
  minimumWagesByYear,
  wageDateFor,
  type ApplicableMinimumWage,
} from '../../domain/offers/minimum-wage';
import type { AuditAction, AuditDetail } from '../../domain/audit';
import type { OfferCheckContext } from '../../domain/offers/offer-terms';
import { mayReadOffers, type OfferStanding } from '../../domain/permissions';
import { jakartaDate } from '../../domain/today';
import { requireJobAccess, standingIn } from '../access-policy';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { Forbidden, NotFound, whenNotFound } from '../errors';

/** One application's offer setting: the job, where it is and its band, the company rule, the actor. */
export interface OfferContext {
  application: ApplicationRow;
  job: JobRow;
  pay: JobPayRow;
  settings: OfferSettingsRow;
  standing: OfferStanding;
}

/**
 * Access first: the named approver reads offers of every job; anyone else needs the job (another
 * team's is a 404), and then HR or the job's hiring manager (interviewers get a 403: offers and
 * their amounts are not theirs to see).
 */
export async function loadOfferContext(
  db: Queryable,
  actor: Actor,
  applicationId: string,
): Promise<OfferContext> {
  const application = await findApplication(db, applicationId);
  if (!application) throw new NotFound('Application');
  const settings = await findOfferSettings(db);
  const isNamedApprover = settings.approverId === actor.id;
  const job = isNamedApprover
    ? (await findJob(db, application.jobId))!
    : await requireJobAccess(db, actor, application.jobId);
  const team = await listTeamMembers(db, [job.id]);
  const standing = { ...standingIn(actor, team), isNamedApprover };
  if (!mayReadOffers(standing)) {
    throw new Forbidden('Offers are for HR, the hiring manager and the offer approver.');
  }
  const pay = (await findJobPay(db, job.id))!;
  return { application, job, pay, settings, standing };
}

/** The offer and its application's context, access checked; locked when changing it. */
export async function loadOffer(
  db: Queryable,
  actor: Actor,
  offerId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ offer: OfferRow; context: OfferContext }> {
  const found = await findOffer(db, offerId);
  if (!found) throw new NotFound('Offer');
  // A job not the reader's is refused as the offer they asked for, not as a job they never named.
  const context = await loadOfferContext(db, actor, found.applicationId).catch(
    whenNotFound(() => new NotFound('Offer')),
  );
  const offer = options.forUpdate ? (await findOffer(db, offerId, { forUpdate: true }))! : found;
  return { offer, context };
}

/**
 * Records a step in an offer on its application's audit trail, by the candidate for erasure
 * (no actor: the candidate's own step, through the portal). Takes an `OfferContext` or just the
 * application.
 */
export async function auditOfferStep(
  tx: Queryable,
  actor: Actor | null,
  { application }: { application: Pick<ApplicationRow, 'id' | 'candidateId'> },
  action: AuditAction,
  detail: AuditDetail,
): Promise<void> {
  await recordAudit(tx, {
    actor,
    action,
    entityId: application.id,
    candidateId: application.candidateId,
    detail,
  });
}

/** The minimum wage for the job's place in the year of `date` (a Jakarta date), if recorded. */
export async function minimumWageFor(
  db: Queryable,
  pay: JobPayRow,
  date: string,
): Promise<ApplicableMinimumWage | null> {
  if (!pay.province) return null;
  const records = await listMinimumWagesOf(db, pay.province);
  return applicableMinimumWage(
    records,
    { province: pay.province, city: pay.city },
    +date.slice(0, 4),
  );
}

/** The actor as the offers of each application see them (for the `can.offers` flags), from
 * the teams of the applications' jobs and the offer settings the caller has read. */
export function offerStandingsFrom(
  actor: Actor,
  applications: readonly { id: string; jobId: string }[],
  team: readonly TeamMemberRow[],
  settings: OfferSettingsRow,
): Map<string, OfferStanding> {
  return new Map(
    applications.map((application) => [
      application.id,
      {
        ...standingIn(
          actor,
          team.filter((member) => member.jobId === application.jobId),
        ),
        isNamedApprover: settings.approverId === actor.id,
      },
    ]),
  );
}

/**
 * What new terms are checked against today: the minimum wage of the year the work starts (a
 * January start is paid at the new year's figure), never an earlier year than today's.
 */
export async function checkContextFor(
  db: Queryable,
  pay: JobPayRow,
  now: Date,
  startDate: string,
): Promise<OfferCheckContext> {
  const offerDate = jakartaDate(now);
  const wageDate = wageDateFor(offerDate, startDate);
  return {
    offerDate,
    province: pay.province,
    minimumWage: await minimumWageFor(db, pay, wageDate),
    minimumWageYear: +wageDate.slice(0, 4),
  };
}

export { wageDateFor };

/** The figures for the job's place for the offer form, year by year (minimumWagesByYear). */
export async function minimumWagesFor(db: Queryable, pay: JobPayRow, fromYear: number) {
  if (!pay.province) return [];
  const records = await listMinimumWagesOf(db, pay.province);
  return minimumWagesByYear(records, { province: pay.province, city: pay.city }, fromYear);
}
