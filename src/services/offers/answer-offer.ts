import type { MailSettings } from '../../config';
import { createHash } from 'node:crypto';
import type { Database } from '../../db/database';
import { findApplicationsForUpdate, type ApplicationRow } from '../../db/queries/applications';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import {
  findSentOfferOfApplication,
  insertOfferAnswer,
  type AnsweredOfferRow,
} from '../../db/queries/offer-answers';
import {
  answerRefusal,
  checkOfferAnswer,
  type OfferAnswer,
  type OfferAnswerInput,
} from '../../domain/offers/offer-answer';
import type { Actor } from '../actor';
import { NotFound, valueOrInvalid, Conflict } from '../errors';
import { actBehindLink } from '../portal/candidate-acts';
import { carryOutOfferAnswer } from './offer-answer-effects';
import { auditOfferStep } from './offer-context';

/** Who signed, as far as a web request tells: kept only as a hash, salted with the offer. */
export interface AnsweringClient {
  ip: string;
  userAgent: string;
}

/**
 * The candidate answers the offer behind their private link: accepts (typed name and consent),
 * declines (optional reason), or asks for changes. One transaction: the answer, the offer's
 * status, the application's move (Hired with the start date, or Rejected "offer declined"), the
 * audit entry, the e-mails to HR and the hiring manager, and (on acceptance) the confirmation to
 * the candidate. Staff browsers are refused.
 */
export async function answerOffer(
  db: Database,
  mail: MailSettings,
  token: string,
  input: OfferAnswerInput,
  client: AnsweringClient,
  signedIn: Actor | undefined,
): Promise<void> {
  await actBehindLink(db, token, signedIn, async (tx, { id }) => {
    const [application] = await findApplicationsForUpdate(tx, [id]);
    const offer = await findSentOfferOfApplication(tx, id, { forUpdate: true });
    if (!application || !offer) throw new NotFound('Offer');
    const candidate = (await findCandidateContact(tx, application.candidateId))!;
    const now = new Date();
    const refused = answerRefusal(offer, now);
    if (refused) throw new Conflict([refused], 'This offer takes no answer now.');
    requireAtOffer(application);
    const answer = valueOrInvalid(checkOfferAnswer(candidate.fullName, input, now));
    const answerId = await insertOfferAnswer(tx, answerRow(offer, answer, client));
    await auditOfferStep(tx, null, { application }, auditActionOf[answer.kind], {
      offerId: offer.id,
      version: offer.version,
    });
    await carryOutOfferAnswer(tx, mail, application, offer, {
      id: answerId,
      kind: answer.kind,
      ...(answer.kind === 'decline' ? { declineReason: answer.reason } : {}),
      ...(answer.kind === 'counter'
        ? {
            proposes: {
              amount: answer.grossMonthlySalary !== null,
              startDate: answer.startDate !== null,
            },
          }
        : {}),
    });
  });
}

const auditActionOf = {
  accept: 'offer.accepted',
  decline: 'offer.declined',
  counter: 'offer.countered',
} as const;

/** The offer belongs to the Offer stage: an application moved elsewhere by HR takes no answer. */
export function requireAtOffer(application: ApplicationRow): void {
  if (application.stage === 'offer') return;
  throw new Conflict(
    [
      {
        path: 'application',
        code: 'not_at_offer',
        message: 'The application is not at the offer.',
      },
    ],
    'This application is no longer at the offer stage.',
  );
}

function answerRow(offer: AnsweredOfferRow, answer: OfferAnswer, client: AnsweringClient) {
  const base = { offerId: offer.id, version: offer.version, kind: answer.kind };
  if (answer.kind === 'accept') {
    return { ...base, signedName: answer.signedName, clientHash: clientHash(offer.id, client) };
  }
  if (answer.kind === 'decline')
    return { ...base, declineReason: answer.reason, note: answer.note };
  return {
    ...base,
    counterSalary: answer.grossMonthlySalary,
    counterStartDate: answer.startDate,
    note: answer.note,
  };
}

/**
 * Evidence of where the acceptance came from without keeping the address: the same browser on the
 * same network gives the same hash for this offer, and nothing links it to another offer.
 */
export function clientHash(offerId: string, client: AnsweringClient): string {
  return createHash('sha256').update(`${offerId}\n${client.ip}\n${client.userAgent}`).digest('hex');
}
