import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import type { ApplicationRow } from '../../db/queries/applications';
import {
  setApplicationStartDate,
  setOfferStatus,
  type AnsweredOfferRow,
} from '../../db/queries/offer-answers';
import {
  statusAfterAnswer,
  type OfferAnswerKind,
  type OfferDeclineReason,
} from '../../domain/offers/offer-answer';
import { announceOfferAnswer } from '../integrations/webhook-events';
import { moveByCandidateAnswer } from '../pipeline/application-service';
import { confirmAcceptanceToCandidate, tellTeamOfAnswer } from './offer-answer-notices';

/** An answer as it was stored: its row's id, what it says, and what a counter proposes. */
export interface StoredOfferAnswer {
  id: string;
  kind: OfferAnswerKind;
  declineReason?: OfferDeclineReason | null;
  proposes?: { amount: boolean; startDate: boolean };
}

/**
 * What an answer sets going, wherever it was given (the portal, or HR recording a phone call):
 * the offer's status, the application's move, the webhook, the team's notice, and on acceptance
 * the candidate's written confirmation. Runs inside the caller's transaction, after its audit row.
 */
export async function carryOutOfferAnswer(
  tx: Queryable,
  mail: MailSettings,
  application: ApplicationRow,
  offer: AnsweredOfferRow,
  answer: StoredOfferAnswer,
): Promise<void> {
  await setOfferStatus(tx, offer.id, statusAfterAnswer(answer.kind));
  await moveOnAnswer(tx, mail, application, offer, answer.kind);
  await announceOfferAnswer(tx, application, {
    id: offer.id,
    version: offer.version,
    answer: answer.kind,
  });
  await tellTeamOfAnswer(tx, mail, application, answer);
  if (answer.kind === 'accept') {
    await confirmAcceptanceToCandidate(tx, mail, application, {
      answerId: answer.id,
      startDate: offer.startDate,
    });
  }
}

/** An acceptance hires (with the offer's start date), a decline rejects; a counter moves nothing. */
async function moveOnAnswer(
  tx: Queryable,
  mail: MailSettings,
  application: ApplicationRow,
  offer: AnsweredOfferRow,
  kind: OfferAnswerKind,
): Promise<void> {
  if (kind === 'accept') {
    await moveByCandidateAnswer(tx, mail, application, { toStage: 'hired' });
    await setApplicationStartDate(tx, application.id, offer.startDate);
  } else if (kind === 'decline') {
    await moveByCandidateAnswer(tx, mail, application, {
      toStage: 'rejected',
      rejectionReason: 'offer_declined',
    });
  }
}
