import type { OfferApprovalRow, OfferVersionRow } from '../../db/queries/offers';
import { revisedTerms } from '../../domain/offers/offer-revision';
import type { ApplicableMinimumWage } from '../../domain/offers/minimum-wage';
import type { OfferPage } from '../../services/offers/offer-page';
import type { ApplicationOffers, OfferDetail } from '../../services/offers/offer-service';
import type {
  ApplicationOffersOutput,
  OfferOutput,
  OfferPageOutput,
} from '../routes/offers.schema';

/** A version, with what changed from the one before it (`previous`) when there is one. */
function presentVersion(
  version: OfferVersionRow,
  previous: OfferVersionRow | undefined,
): OfferOutput['current'] {
  return {
    version: version.version,
    jobTitle: version.jobTitle,
    contractType: version.contractType,
    contractMonths: version.contractMonths,
    probationMonths: version.probationMonths,
    grossMonthlySalary: version.grossMonthlySalary,
    allowances: version.allowances.map((a) => ({ name: a.name, monthlyAmount: a.monthlyAmount })),
    benefits: version.benefits,
    thr: version.thr,
    bpjsKesehatan: version.bpjsKesehatan,
    bpjsKetenagakerjaan: version.bpjsKetenagakerjaan,
    workingDays: version.workingDays,
    workingHours: version.workingHours,
    workLocation: version.workLocation,
    workMode: version.workMode,
    offerDate: version.offerDate,
    startDate: version.startDate,
    expiresOn: version.expiresOn,
    note: version.note,
    reason: version.reason,
    createdByName: version.createdByName,
    createdAt: version.createdAt.toISOString(),
    changedTerms: previous ? revisedTerms(previous, version) : [],
  };
}

const previousOf = (versions: readonly OfferVersionRow[], version: OfferVersionRow) =>
  versions.find((v) => v.version === version.version - 1);

function presentApproval(approval: OfferApprovalRow): OfferOutput['approvals'][number] {
  return {
    id: approval.id,
    version: approval.version,
    approverId: approval.approverId,
    approverName: approval.approverName,
    decision: approval.decision,
    reason: approval.reason,
    decidedAt: approval.decidedAt.toISOString(),
  };
}

export function presentOffer(offer: OfferDetail): OfferOutput {
  return {
    id: offer.id,
    applicationId: offer.applicationId,
    candidateId: offer.candidateId,
    jobId: offer.jobId,
    status: offer.status,
    currentVersion: offer.currentVersion,
    current: presentVersion(offer.current, previousOf(offer.versions, offer.current)),
    versions: offer.versions.map((version) =>
      presentVersion(version, previousOf(offer.versions, version)),
    ),
    approvals: offer.approvals.map(presentApproval),
    approvalNeeded: offer.approvalNeeded,
    approvalReasons: offer.approvalReasons,
    expired: offer.expired,
    sentAt: offer.sentAt?.toISOString() ?? null,
    createdAt: offer.createdAt.toISOString(),
    updatedAt: offer.updatedAt.toISOString(),
    can: offer.can,
    approverNames: offer.approverNames,
  };
}

export function presentOfferPage(page: OfferPage): OfferPageOutput {
  return {
    ...presentOffer(page),
    candidateName: page.candidateName,
    candidateEmail: page.candidateEmail,
    jobTitle: page.jobTitle,
    band: page.band,
    ...(page.expectedSalary === undefined
      ? {}
      : {
          expectedSalary: page.expectedSalary && {
            ...page.expectedSalary,
            statedAt: page.expectedSalary.statedAt.toISOString(),
          },
        }),
    readsCandidate: page.readsCandidate,
  };
}

export function presentApplicationOffers(offers: ApplicationOffers): ApplicationOffersOutput {
  return {
    applicationId: offers.applicationId,
    offers: offers.offers.map(presentOffer),
    band: offers.band,
    province: offers.province,
    minimumWageYear: offers.minimumWageYear,
    minimumWage: offers.minimumWage && presentMinimumWage(offers.minimumWage),
    offerDate: offers.offerDate,
    minimumWages: offers.minimumWages.map(({ year, wage }) => ({
      year,
      wage: wage && presentMinimumWage(wage),
    })),
    draftDefaults: offers.draftDefaults,
    can: offers.can,
  };
}

function presentMinimumWage(wage: ApplicableMinimumWage) {
  const { kind, province, city, year, monthlyAmount, decree } = wage;
  return {
    kind,
    province,
    city,
    year,
    monthlyAmount,
    decree,
    cityWithoutUmk: wage.cityWithoutUmk ?? null,
    ambiguousCity: wage.ambiguousCity ?? null,
    bareCity: wage.bareCity ?? null,
  };
}
