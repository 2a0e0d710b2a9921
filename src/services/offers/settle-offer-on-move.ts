import type { Queryable } from '../../db/database';
import { findLiveOfferOfApplication, updateOfferStatus } from '../../db/queries/offers';
import { mayDraftOffers } from '../../domain/permissions';
import type { Stage } from '../../domain/pipeline';
import type { Actor } from '../actor';
import { Conflict } from '../errors';
import { auditOfferStep } from './offer-context';

/**
 * An offer belongs to the offer stage. A move to Hired while one is still open would hire someone
 * whose portal still asks them to accept (and refuses their decline), so it is refused: the
 * candidate accepts in the portal, or HR records on the offer the acceptance given outside it. Any other move away from the
 * offer stage closes the open offer as withdrawn, without its own e-mail: the rejection (or the
 * candidate's own withdrawal) is what the candidate hears.
 */
export async function settleOfferOnMove(
  tx: Queryable,
  actor: Actor | null,
  application: { id: string; candidateId: string; stage: Stage },
  to: Stage,
): Promise<void> {
  if (application.stage !== 'offer' || to === 'offer') return;
  const offer = await findLiveOfferOfApplication(tx, application.id);
  if (!offer) return;
  // Withdrawing an offer is HR's (requireOfferDrafter): a hiring manager's move may not do it.
  if (actor && !mayDraftOffers(actor.role)) {
    throw new Conflict(
      [
        {
          path: 'toStage',
          code: 'offer_open_for_hr',
          message:
            'An offer to this candidate is open: HR withdraws it before the card leaves the offer stage.',
        },
      ],
      'The offer is still open.',
    );
  }
  if (to === 'hired') {
    throw new Conflict(
      [
        {
          path: 'toStage',
          code: 'offer_not_accepted',
          message:
            'The offer has not been accepted: the candidate accepts it in the portal, or HR records the acceptance they gave by phone, letter, e-mail or in person on the offer.',
        },
      ],
      'The offer is still open.',
    );
  }
  await updateOfferStatus(tx, offer.id, { status: 'withdrawn' });
  await auditOfferStep(tx, actor, { application }, 'offer.withdrawn', {
    offerId: offer.id,
    version: offer.currentVersion,
    from: offer.status,
    to,
  });
}
