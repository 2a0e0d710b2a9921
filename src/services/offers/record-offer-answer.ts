import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { findApplicationsForUpdate } from '../../db/queries/applications';
import { findAnsweredOffer, insertOfferAnswer } from '../../db/queries/offer-answers';
import { listOfferVersions } from '../../db/queries/offers';
import { isHr } from '../../domain/roles';
import {
  checkRecordedAnswer,
  recordedAnswerRefusal,
  type RecordedAnswerInput,
} from '../../domain/offers/offer-answer-recorded';
import type { Actor } from '../actor';
import { Conflict, EditedElsewhere, Forbidden, NotFound, valueOrInvalid } from '../errors';
import { requireAtOffer } from './answer-offer';
import { carryOutOfferAnswer } from './offer-answer-effects';
import { requireOfferReader } from './offer-answer-access';
import { auditOfferStep } from './offer-context';

/**
 * HR records the candidate's answer given outside the portal (by phone, a signed letter, an
 * e-mail, in person): it stands as if given in the portal. One transaction: the answer (who
 * recorded it, the day and the way it was given), the offer's status, the application's move
 * (Hired with the start date, or Rejected "offer declined"), the audit entry, the webhook, the
 * notice to the job's team, and on acceptance the same confirmation e-mail the portal sends: the
 * candidate gets the agreed role and start date in writing, and can object if HR recorded wrongly.
 * A recorded decline sends the candidate nothing: they told HR themselves.
 */
export async function recordOfferAnswer(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  offerId: string,
  input: RecordedAnswerInput & {
    /** The version HR saw when they opened the step; a newer one is another offer to answer. */
    expectedVersion: number;
  },
): Promise<void> {
  await db.transaction(async (tx) => {
    // The application first, then the offer: the order the portal's answer and a board move
    // lock them in, so two of them at once wait for each other instead of deadlocking.
    const { application: read } = await requireOfferReader(tx, actor, offerId);
    if (!isHr(actor.role)) throw new Forbidden('Only HR replies to the candidate.');
    const [application] = await findApplicationsForUpdate(tx, [read.id]);
    const offer = await findAnsweredOffer(tx, offerId, { forUpdate: true });
    if (!application || !offer) throw new NotFound('Offer');
    if (input.expectedVersion !== offer.version) {
      const [latest] = await listOfferVersions(tx, [offer.id]).then((rows) => rows.slice(-1));
      throw new EditedElsewhere(
        'expectedVersion',
        { byName: latest?.createdByName ?? null, at: latest?.createdAt ?? null },
        { version: offer.version },
      );
    }
    const refused = recordedAnswerRefusal(offer, input.givenOn);
    if (refused) throw new Conflict([refused], 'This offer takes no answer now.');
    requireAtOffer(application);
    const answer = valueOrInvalid(checkRecordedAnswer(input, offer, new Date()));
    const answerId = await insertOfferAnswer(tx, {
      offerId: offer.id,
      version: offer.version,
      kind: answer.kind,
      declineReason: answer.kind === 'decline' ? answer.reason : null,
      note: answer.note,
      recordedBy: actor.id,
      givenOn: answer.givenOn,
      givenVia: answer.givenVia,
    });
    await auditOfferStep(
      tx,
      actor,
      { application },
      answer.kind === 'accept' ? 'offer.acceptance_recorded' : 'offer.decline_recorded',
      {
        offerId: offer.id,
        version: offer.version,
        givenOn: answer.givenOn,
        givenVia: answer.givenVia,
      },
    );
    await carryOutOfferAnswer(tx, mail, application, offer, {
      id: answerId,
      kind: answer.kind,
      ...(answer.kind === 'decline' ? { declineReason: answer.reason } : {}),
    });
  });
}
