import { updateOfferExpiry, updateOfferStatus } from '../../db/queries/offers';
import { findUserById } from '../../db/queries/users';
import { checkExtendedExpiry } from '../../domain/offers/offer-terms';
import { jakartaDate } from '../../domain/today';
import { valueOrInvalid } from '../errors';
import { currentVersionOf } from './offer-approval-service';
import { tellCandidateOfOffer } from './offer-answer-notices';
import { mailingDrafterStep } from './offer-change-frame';
import { auditOfferStep } from './offer-context';
import { nextStatus } from './offer-rules';

/**
 * HR gives the candidate longer to answer: the current version's expiry moves later (an expired
 * offer can be accepted again). The terms are unchanged, so no new version and no new approval.
 */
export const extendOffer = mailingDrafterStep(
  async (tx, { offer, context, offerId, actor, mail }, expiresOn: string) => {
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
  },
);

/** HR withdraws an offer not yet answered; it stays as history and another may be drafted. */
export const withdrawOffer = mailingDrafterStep(
  async (tx, { offer, context, offerId, actor, mail }) => {
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
  },
);
