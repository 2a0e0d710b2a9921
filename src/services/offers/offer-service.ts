import type { Database, Queryable } from '../../db/database';
import {
  findOffer,
  listOfferApprovals,
  listOffersOfApplication,
  listOfferVersions,
  type OfferApprovalRow,
  type OfferRow,
  type OfferVersionRow,
} from '../../db/queries/offers';
import {
  approvalReasonsFor,
  mayApproveOffer,
  type ApprovalReason,
  type SalaryBand,
} from '../../domain/offers/offer-approval';
import {
  isOfferExpired,
  isOfferLive,
  offerActions,
  planOfferAction,
  type OfferAction,
  type OfferStatus,
} from '../../domain/offers/offer-status';
import type { ApplicableMinimumWage } from '../../domain/offers/minimum-wage';
import { mayDraftOffers, offerAbilities, type OfferAbilities } from '../../domain/permissions';
import { jakartaDate } from '../../domain/today';
import type { WorkMode } from '../../domain/job';
import { contractTypeFor, type ContractType } from '../../domain/offers/offer-terms';
import type { Actor } from '../actor';
import { approverNamesOf } from './offer-approvers';
import {
  loadOfferContext,
  minimumWageFor,
  minimumWagesFor,
  wageDateFor,
  type OfferContext,
} from './offer-context';

/** An offer as HR and the approvers see it: every version, every approval, and what comes next. */
export interface OfferDetail extends OfferRow {
  jobId: string;
  candidateId: string;
  current: OfferVersionRow;
  versions: OfferVersionRow[];
  approvals: OfferApprovalRow[];
  approvalNeeded: boolean;
  approvalReasons: ApprovalReason[];
  /** The current version's expiry date has passed: it can no longer be accepted. */
  expired: boolean;
  can: Record<OfferAction, boolean> & { recordAnswer: boolean };
  /**
   * Who may approve the current version, by name, while it needs approval and is a draft (whom
   * asking will ask) or awaits approval (whom it waits for); empty otherwise. One is enough.
   */
  approverNames: string[];
}

/** An application's offers (newest first), what the actor may do, and what offers are checked against. */
export interface ApplicationOffers {
  applicationId: string;
  offers: OfferDetail[];
  band: SalaryBand;
  province: string | null;
  /**
   * The minimum wage for the job's place in `minimumWageYear`, if recorded (or the latest before):
   * the year the live offer starts, else this year.
   */
  minimumWage: ApplicableMinimumWage | null;
  minimumWageYear: number;
  /** Today in Jakarta, the date offers are made on (wageDateFor). */
  offerDate: string;
  /** The figure for each year from this one (minimumWagesByYear): the form warns as HR types. */
  minimumWages: { year: number; wage: ApplicableMinimumWage | null }[];
  /** What a new draft starts from: the job's title, city and way of working. */
  draftDefaults: {
    jobTitle: string;
    workLocation: string;
    workMode: WorkMode;
    contractType: ContractType;
  };
  can: OfferAbilities;
}

export const bandOf = (context: OfferContext): SalaryBand => ({
  min: context.pay.salaryMin,
  max: context.pay.salaryMax,
});

/** The approval reasons of a version, given the approvals its offer received before it. */
export function approvalReasonsOf(
  context: OfferContext,
  version: OfferVersionRow,
  approvals: readonly OfferApprovalRow[],
): ApprovalReason[] {
  return approvalReasonsFor(version.grossMonthlySalary, {
    band: bandOf(context),
    everyOfferNeedsApproval: context.settings.everyOfferNeedsApproval,
    approvedBefore: approvals.some((a) => a.version < version.version && a.decision === 'approved'),
  });
}

function detail(
  context: OfferContext,
  actor: Actor,
  offer: OfferRow,
  versions: OfferVersionRow[],
  approvals: OfferApprovalRow[],
  today: string,
): Omit<OfferDetail, 'approverNames'> {
  const current = versions.find((v) => v.version === offer.currentVersion)!;
  const approvalReasons = approvalReasonsOf(context, current, approvals);
  const state = { status: offer.status, approvalNeeded: approvalReasons.length > 0 };
  const hr = mayDraftOffers(actor.role);
  const approver = mayApproveOffer({
    isJobHiringManager: context.standing.isJobHiringManager,
    isNamedApprover: context.standing.isNamedApprover,
    wroteVersion: current.createdBy === actor.id,
  });
  const may = (action: OfferAction) =>
    (action === 'approve' || action === 'reject' ? approver : hr) &&
    planOfferAction(state, action).ok;
  return {
    ...offer,
    jobId: context.job.id,
    candidateId: context.application.candidateId,
    current,
    versions,
    approvals,
    approvalNeeded: state.approvalNeeded,
    approvalReasons,
    expired: isOfferExpired(current.expiresOn, today),
    can: {
      ...(Object.fromEntries(offerActions.map((action) => [action, may(action)])) as Record<
        OfferAction,
        boolean
      >),
      // An answer given outside the portal, while the portal would still take one.
      recordAnswer: hr && offer.status === 'sent' && context.application.stage === 'offer',
    },
  };
}

/** The offers given, read whole (used after each action, inside its transaction). */
export async function describeOffers(
  db: Queryable,
  actor: Actor,
  context: OfferContext,
  offers: readonly OfferRow[],
): Promise<OfferDetail[]> {
  const ids = offers.map((offer) => offer.id);
  const versions = await listOfferVersions(db, ids);
  const approvals = await listOfferApprovals(db, ids);
  const today = jakartaDate(new Date());
  const details = offers.map((offer) =>
    detail(
      context,
      actor,
      offer,
      versions.filter((v) => v.offerId === offer.id),
      approvals.filter((a) => a.offerId === offer.id),
      today,
    ),
  );
  const approvers = await approverNamesOf(
    db,
    details
      .filter((d) => d.approvalNeeded && awaitsApprovers.includes(d.status))
      .map((d) => ({ id: d.id, jobId: d.jobId, versionAuthorId: d.current.createdBy })),
  );
  return details.map((d) => ({ ...d, approverNames: approvers.get(d.id) ?? [] }));
}

/** The statuses in which an offer's approvers matter: about to be asked, or asked. */
const awaitsApprovers: readonly OfferStatus[] = ['draft', 'awaiting_approval'];

export async function describeOne(
  db: Queryable,
  actor: Actor,
  context: OfferContext,
  offerId: string,
): Promise<OfferDetail> {
  return (await describeOffers(db, actor, context, [(await findOffer(db, offerId))!]))[0]!;
}

export async function listOffers(
  db: Database,
  actor: Actor,
  applicationId: string,
): Promise<ApplicationOffers> {
  const context = await loadOfferContext(db, actor, applicationId);
  const offers = await describeOffers(
    db,
    actor,
    context,
    await listOffersOfApplication(db, applicationId),
  );
  const live = offers.find((offer) => isOfferLive(offer.status));
  const offerDate = jakartaDate(new Date());
  const wageDate = wageDateFor(offerDate, live?.current.startDate);
  return {
    applicationId,
    offers,
    band: bandOf(context),
    province: context.pay.province,
    minimumWage: await minimumWageFor(db, context.pay, wageDate),
    minimumWageYear: +wageDate.slice(0, 4),
    offerDate,
    minimumWages: await minimumWagesFor(db, context.pay, +offerDate.slice(0, 4)),
    draftDefaults: {
      jobTitle: context.job.title,
      workLocation: context.job.city,
      workMode: context.job.workMode,
      contractType: contractTypeFor(context.job.employmentType),
    },
    can: offerAbilities(context.standing, context.application.stage),
  };
}
