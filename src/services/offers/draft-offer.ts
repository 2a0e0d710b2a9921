import type { Database } from '../../db/database';
import { findApplicationsForUpdate } from '../../db/queries/applications';
import { insertOffer, insertOfferVersion, listOffersOfApplication } from '../../db/queries/offers';
import { checkOfferTerms, type OfferTerms } from '../../domain/offers/offer-terms';
import { isOfferLive } from '../../domain/offers/offer-status';
import type { Actor } from '../actor';
import { Conflict, valueOrInvalid } from '../errors';
import { auditOfferStep, checkContextFor, loadOfferContext } from './offer-context';
import { requireOfferDrafter, requireOfferStage } from './offer-rules';
import { describeOne, type OfferDetail } from './offer-service';

/**
 * HR drafts an offer for an application at the Offer stage: its first version, checked against
 * the contract rules, the minimum wage of the job's place and today's date. One live offer per
 * application (a declined or withdrawn one stays as history).
 */
export async function draftOffer(
  db: Database,
  actor: Actor,
  applicationId: string,
  terms: OfferTerms,
): Promise<OfferDetail> {
  return db.transaction(async (tx) => {
    const context = await loadOfferContext(tx, actor, applicationId);
    requireOfferDrafter(actor);
    const [application] = await findApplicationsForUpdate(tx, [applicationId]);
    requireOfferStage(application!);
    const existing = await listOffersOfApplication(tx, applicationId);
    if (existing.some((offer) => isOfferLive(offer.status))) {
      throw new Conflict(
        [
          {
            path: 'offer',
            code: 'offer_exists',
            message: 'This application already has an offer.',
          },
        ],
        'Change the existing offer, or withdraw it first.',
      );
    }
    const check = await checkContextFor(tx, context.pay, new Date(), terms.startDate);
    const clean = valueOrInvalid(checkOfferTerms(terms, check));
    const offerId = await insertOffer(tx, { applicationId, createdBy: actor.id });
    await insertOfferVersion(tx, {
      offerId,
      version: 1,
      terms: clean,
      offerDate: check.offerDate,
      reason: 'draft',
      createdBy: actor.id,
    });
    await auditOfferStep(tx, actor, context, 'offer.drafted', { offerId, version: 1 });
    return describeOne(tx, actor, context, offerId);
  });
}
