import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import { listOfferVersions, updateOfferStatus } from '../../db/queries/offers';
import { findUserById } from '../../db/queries/users';
import type { OfferRow, OfferVersionRow } from '../../db/queries/offers';
import { revisedTerms, revisedTermsText } from '../../domain/offers/offer-revision';
import { isOfferExpired } from '../../domain/offers/offer-status';
import { formatInterviewTime } from '../../domain/scheduling/zoned-time';
import { jakartaDate, startOfJakartaDay } from '../../domain/today';
import { mayEmailCandidates } from '../../domain/permissions';
import type { Actor } from '../actor';
import { queueEmail } from '../email/email-service';
import { Conflict, Forbidden } from '../errors';
import { currentVersionOf } from './offer-approval-service';
import { mailingDrafterStep } from './offer-change-frame';
import { auditOfferStep, type OfferContext } from './offer-context';
import { offerLetterOfVersion } from './offer-letter-of-version';
import { nextStatus, requireOfferStage } from './offer-rules';
import { approvalReasonsOf } from './offer-service';
import { applicationMessageValues } from '../email/candidate-message-values';

/**
 * HR sends the current version to the candidate: approved, or a draft that needs no approval, not
 * yet expired. The candidate gets the "offer sent" e-mail with their portal link and the offer
 * letter attached (never the amount in the text: the offer is read in the portal or the letter).
 */
export const sendOffer = mailingDrafterStep(
  async (tx, { offer, context, offerId, actor, mail }) => {
    if (!mayEmailCandidates(actor.role)) throw new Forbidden('Only HR e-mails candidates.');
    const { version, approvals } = await currentVersionOf(tx, offer);
    const approvalNeeded = approvalReasonsOf(context, version, approvals).length > 0;
    const status = nextStatus({ status: offer.status, approvalNeeded }, 'send');
    requireOfferStage(context.application);
    if (isOfferExpired(version.expiresOn, jakartaDate(new Date()))) {
      throw new Conflict(
        [
          {
            path: 'expiresOn',
            code: 'in_the_past',
            message: 'The expiry date has already passed.',
          },
        ],
        'Extend the offer before sending it.',
      );
    }
    await updateOfferStatus(tx, offerId, { status, sent: true });
    await queueOfferSentEmail(tx, mail, actor, context, version, await lastSeenVersion(tx, offer));
    await auditOfferStep(tx, actor, context, 'offer.sent', {
      offerId,
      version: offer.currentVersion,
    });
  },
);

/** "Kamis, 17 Desember 2026" / "Thursday, 17 December 2026". */
const spelledDate = (date: string, locale: 'id' | 'en'): string =>
  formatInterviewTime(startOfJakartaDay(date), 'Asia/Jakarta', locale).date;

/** The version the candidate read when the offer was last sent: the newest one made before then. */
async function lastSeenVersion(
  tx: Queryable,
  offer: OfferRow,
): Promise<OfferVersionRow | undefined> {
  const { sentAt } = offer;
  if (!sentAt) return undefined;
  const versions = await listOfferVersions(tx, [offer.id]);
  return versions.filter((v) => v.createdAt <= sentAt).at(-1);
}

async function queueOfferSentEmail(
  tx: Queryable,
  mail: MailSettings,
  actor: Actor,
  context: OfferContext,
  version: OfferVersionRow,
  seen: OfferVersionRow | undefined,
): Promise<void> {
  const { application } = context;
  const { candidate, recruiter, values } = await applicationMessageValues(tx, mail, application.id);
  // The HR user sending the offer answers the candidate's questions about it.
  const sender = await findUserById(tx, actor.id);
  // The letter of the version sent, made now: a later revision is sent with its own letter.
  const letter = await offerLetterOfVersion(tx, mail, version, candidate);
  await queueEmail(tx, {
    idempotencyKey: `offer:${version.offerId}:${version.version}:sent:candidate`,
    // A revision answers the candidate's request: it says so, and that its letter replaces the first.
    template: seen ? 'offer_revised' : 'offer_sent',
    locale: candidate.locale,
    to: { name: candidate.fullName, email: candidate.email },
    candidateId: candidate.id,
    values: {
      ...values,
      // The title the offer names, which HR may have worded apart from the job opening's.
      jobTitle: version.jobTitle,
      recruiterName: recruiter?.name ?? sender?.name ?? '',
      expiresOn: spelledDate(version.expiresOn, candidate.locale),
      startDate: spelledDate(version.startDate, candidate.locale),
      version: String(version.version),
      // Which parts changed since the version they read, by name only: the amounts stay in the portal.
      ...(seen && { changes: revisedTermsText(revisedTerms(seen, version), candidate.locale) }),
    },
    applicationId: application.id,
    actingHr: sender,
    attachment: {
      fileName: letter.fileName,
      contentType: 'application/pdf',
      content: letter.content,
    },
  });
}
