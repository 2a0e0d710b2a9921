import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { updateOfferExpiry, updateOfferStatus } from '../../db/queries/offers';
import { findUserById } from '../../db/queries/users';
import { checkExtendedExpiry } from '../../domain/offers/offer-terms';
import { jakartaDate } from '../../domain/today';
import type { Actor } from '../actor';
import { valueOrInvalid } from '../errors';
import { currentVersionOf } from './offer-approval-service';
import { tellCandidateOfOffer } from './offer-answer-notices';
import { changeAsDrafter } from './offer-change-frame';
import { auditOfferStep } from './offer-context';
import { nextStatus } from './offer-rules';
import type { OfferDetail } from './offer-service';

/**
 * HR gives the candidate longer to answer: the current version's expiry moves later (an expired
 * offer can be accepted again). The terms are unchanged, so no new version and no new approval.
 */
export async function extendOffer(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  offerId: string,
  expiresOn: string,
): Promise<OfferDetail> {
  return changeAsDrafter(db, actor, offerId, async (tx, { offer, context }) => {
    nextStatus({ status: offer.status, approvalNeeded: false }, 'extend');
    const { version } = await currentVersionOf(tx, offer);
    const date = valueOrInvalid(checkExtendedExpiry(expiresOn, version, jakartaDate(new Date())));
    await updateOfferExpiry(tx, offerId, offer.currentVersion, date);
    await auditOfferStep(tx, actor, context, 'offer.extended', {
      offerId,
      version: offer.currentVersion,
    });
    if (offer.status === 'sent' || offer.status === 'countered') {
      await tellCandidateOfOffer(
        tx,
        mail,
        context.application,
        {
          key: `offer-extended:${offerId}:${offer.currentVersion}:${date}`,
          template: 'offer_extended',
          expiresOn: date,
        },
        await findUserById(tx, actor.id),
      );
    }
  });
}

/** HR withdraws an offer not yet answered; it stays as history and another may be drafted. */
export async function withdrawOffer(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  offerId: string,
): Promise<OfferDetail> {
  return changeAsDrafter(db, actor, offerId, async (tx, { offer, context }) => {
    const status = nextStatus({ status: offer.status, approvalNeeded: false }, 'withdraw');
    await updateOfferStatus(tx, offerId, { status });
    await auditOfferStep(tx, actor, context, 'offer.withdrawn', {
      offerId,
      version: offer.currentVersion,
      from: offer.status,
    });
    if (offer.sentAt) {
      const { version } = await currentVersionOf(tx, offer);
      await tellCandidateOfOffer(
        tx,
        mail,
        context.application,
        {
          key: `offer-withdrawn:${offerId}`,
          template: 'offer_withdrawn',
          expiresOn: version.expiresOn,
        },
        await findUserById(tx, actor.id),
      );
    }
  });
}
