import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { findApplication } from '../../db/queries/applications';
import {
  findAnsweredOffer,
  listOffersAwaitingReminder,
  markReminded,
} from '../../db/queries/offer-answers';
import { reminderDue } from '../../domain/offers/offer-answer';
import { tellCandidateOfOffer } from './offer-answer-notices';

/**
 * The daily sweep: each sent offer two days or less from its expiry, whose candidate has not been
 * reminded of that expiry date, gets one reminder. Idempotent: the marker and the e-mail's key
 * both name the expiry date, so a second run (or a second instance) sends nothing, and an offer HR
 * extends is reminded again for its new date.
 */
export async function sendOfferReminders(
  db: Database,
  mail: MailSettings,
  now = new Date(),
): Promise<number> {
  let sent = 0;
  for (const candidate of await listOffersAwaitingReminder(db)) {
    if (!reminderDue(candidate, now)) continue;
    const reminded = await db.transaction(async (tx) => {
      const offer = await findAnsweredOffer(tx, candidate.id, { forUpdate: true });
      if (!offer || !reminderDue(offer, now)) return false;
      if (!(await markReminded(tx, offer.id, offer.expiresOn))) return false;
      const application = (await findApplication(tx, offer.applicationId))!;
      await tellCandidateOfOffer(tx, mail, application, {
        key: `offer-reminder:${offer.id}:${offer.expiresOn}:candidate`,
        template: 'offer_reminder',
        expiresOn: offer.expiresOn,
      });
      return true;
    });
    if (reminded) sent += 1;
  }
  return sent;
}
