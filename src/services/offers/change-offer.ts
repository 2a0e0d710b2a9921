import type { Database } from '../../db/database';
import { insertOfferVersion, listOfferVersions, updateOfferStatus } from '../../db/queries/offers';
import { reasonForChange } from '../../domain/offers/offer-status';
import { checkOfferTerms, sameOfferTerms, type OfferTerms } from '../../domain/offers/offer-terms';
import type { Actor } from '../actor';
import { EditedElsewhere, valueOrInvalid } from '../errors';
import { recordCounterRevision } from './counter-reply';
import { changeAsDrafter } from './offer-change-frame';
import { auditOfferStep, checkContextFor } from './offer-context';
import { nextStatus, requireOfferStage } from './offer-rules';
import type { OfferDetail } from './offer-service';

/**
 * HR changes an offer: a new version (answering the candidate's counter-proposal, or any other
 * change), back to draft. An approval belongs to the version it was given for, so a changed offer
 * that needs approval needs it again; once approved, every later change does. Terms identical to
 * the current version's are no change: no new version, the offer answered as it stands (a form
 * saved twice must not send the candidate a "version 3" that says what version 2 said).
 */
export async function changeOffer(
  db: Database,
  actor: Actor,
  offerId: string,
  terms: OfferTerms,
  /** The version the form was opened at; a change over a newer one would undo it unseen. */
  expectedVersion?: number,
): Promise<OfferDetail> {
  return changeAsDrafter(db, actor, offerId, async (tx, { offer, context }) => {
    if (expectedVersion !== undefined && expectedVersion !== offer.currentVersion) {
      const [current] = await listOfferVersions(tx, [offerId]).then((rows) => rows.slice(-1));
      throw new EditedElsewhere(
        'expectedVersion',
        { byName: current?.createdByName ?? null, at: current?.createdAt ?? null },
        { version: offer.currentVersion },
      );
    }
    const status = nextStatus({ status: offer.status, approvalNeeded: false }, 'change');
    requireOfferStage(context.application);
    const check = await checkContextFor(tx, context.pay, new Date(), terms.startDate);
    const clean = valueOrInvalid(checkOfferTerms(terms, check));
    const [current] = await listOfferVersions(tx, [offerId]).then((rows) => rows.slice(-1));
    if (current && sameOfferTerms(current, clean)) return;
    const version = offer.currentVersion + 1;
    const reason = reasonForChange(offer.status);
    await insertOfferVersion(tx, {
      offerId,
      version,
      terms: clean,
      offerDate: check.offerDate,
      reason,
      createdBy: actor.id,
    });
    await updateOfferStatus(tx, offerId, { status, currentVersion: version });
    // A version written while the candidate's counter-proposal is open answers it.
    if (offer.status === 'countered') await recordCounterRevision(tx, actor, offerId, version);
    await auditOfferStep(tx, actor, context, 'offer.changed', {
      offerId,
      version,
      reason,
      from: offer.status,
    });
  });
}
