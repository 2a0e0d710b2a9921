import type { Database, Queryable } from '../../db/database';
import { findCandidateContact, findCandidateName } from '../../db/queries/candidate-contacts';
import { isTeamMember } from '../../db/queries/jobs';
import { listOfferAnswers } from '../../db/queries/offer-answers';
import { listSalaryExpectations } from '../../db/queries/salary-expectations';
import type { SalaryBand } from '../../domain/offers/offer-approval';
import { mayReadExpectationOfOffer } from '../../domain/permissions';
import { seesAllJobs } from '../../domain/roles';
import type { SalaryBasis, SalaryExpectationSource } from '../../domain/salary';
import type { Actor } from '../actor';
import { loadOffer, type OfferContext } from './offer-context';
import { bandOf, describeOffers, type OfferDetail } from './offer-service';

/** What the candidate expects now (their latest statement), to weigh the offer against. */
export interface ExpectedSalary {
  monthlyAmount: number;
  basis: SalaryBasis | null;
  negotiable: boolean | null;
  /** Where the candidate said it: a recorded expectation, or a counter-proposal in the portal. */
  source: SalaryExpectationSource | 'counter_proposal';
  statedAt: Date;
}

/**
 * One offer on a page of its own, for whoever may read it: the company's named approver reads
 * offers of jobs whose candidates they may not open, so the page names the candidate and the job
 * itself and says whether the candidate's page is open to the reader.
 */
export interface OfferPage extends OfferDetail {
  /** Null once the candidate's data was anonymised. */
  candidateName: string | null;
  /** Where HR sends the offer; only for readers who may open the candidate's page. */
  candidateEmail: string | null;
  jobTitle: string;
  band: SalaryBand;
  /**
   * Absent for readers not allowed to know it; null when none is recorded. The approver sees it
   * although the candidate's page is closed to them: they decide on the amount.
   */
  expectedSalary?: ExpectedSalary | null;
  /** The reader may open the candidate's page (HR, admins, the job's hiring team). */
  readsCandidate: boolean;
}

export async function getOfferPage(
  db: Database,
  actor: Actor,
  offerId: string,
): Promise<OfferPage> {
  const { offer, context } = await loadOffer(db, actor, offerId);
  const [detail] = await describeOffers(db, actor, context, [offer]);
  const { candidateId } = context.application;
  const candidateName = await findCandidateName(db, candidateId);
  const readsCandidate =
    seesAllJobs(actor.role) || (await isTeamMember(db, context.job.id, actor.id));
  const contact =
    readsCandidate && candidateName ? await findCandidateContact(db, candidateId) : undefined;
  return {
    ...detail!,
    candidateName,
    candidateEmail: contact?.email ?? null,
    jobTitle: context.job.title,
    band: bandOf(context),
    ...(mayReadExpectationOfOffer(context.standing)
      ? { expectedSalary: await expectedSalaryOf(db, context, offer.id) }
      : {}),
    readsCandidate,
  };
}

/**
 * The candidate's latest word on pay: a counter-proposal asking for more in the portal is newer
 * than what they wrote when applying, and is what the offer is weighed against now.
 */
async function expectedSalaryOf(
  db: Queryable,
  context: OfferContext,
  offerId: string,
): Promise<ExpectedSalary | null> {
  const [recorded] = await listSalaryExpectations(db, context.application.id);
  const counter = (await listOfferAnswers(db, offerId))
    .filter((answer) => answer.kind === 'counter' && answer.counterSalary !== null)
    .at(-1);
  if (counter && (!recorded || counter.answeredAt >= recorded.recordedAt)) {
    return {
      monthlyAmount: counter.counterSalary!,
      basis: 'gross', // an offer's salary is gross, and a counter answers it
      negotiable: null,
      source: 'counter_proposal',
      statedAt: counter.answeredAt,
    };
  }
  return recorded
    ? {
        monthlyAmount: recorded.monthlyAmount,
        basis: recorded.basis,
        negotiable: recorded.negotiable,
        source: recorded.source,
        statedAt: recorded.recordedAt,
      }
    : null;
}
