import type { Database } from '../../db/database';
import { findCandidateContact, findCandidateName } from '../../db/queries/candidate-contacts';
import { isTeamMember } from '../../db/queries/jobs';
import type { SalaryBand } from '../../domain/offers/offer-approval';
import { seesAllJobs } from '../../domain/roles';
import type { Actor } from '../actor';
import { loadOffer } from './offer-context';
import { bandOf, describeOffers, type OfferDetail } from './offer-service';

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
    readsCandidate,
  };
}
