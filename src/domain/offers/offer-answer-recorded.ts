import { jakartaDate } from '../today';
import { ok, type FieldProblem, type Result } from '../result';
import { answerRefusal, type OfferDeclineReason, type OfferToAnswer } from './offer-answer';

/**
 * An answer the candidate gave outside the portal (by phone, a signed letter, an e-mail, in
 * person), recorded by HR on the offer. It stands like an answer given in the portal: the offer
 * reads accepted or declined, the application moves, the reminders stop.
 */
export const answerChannels = ['phone', 'signed_letter', 'email', 'in_person'] as const;
export type AnswerChannel = (typeof answerChannels)[number];

/** What HR may record (a counter-proposal is made in the portal only). */
export const recordedAnswerKinds = ['accept', 'decline'] as const;

export type RecordedAnswerInput = {
  givenOn: string;
  givenVia: AnswerChannel;
  note: string;
} & ({ kind: 'accept' } | { kind: 'decline'; reason: OfferDeclineReason | null });

export type RecordedAnswer = RecordedAnswerInput;

/**
 * Whether the offer takes an answer recorded by HR: as in the portal, only a sent offer whose
 * candidate has not answered (a counter-proposal waits for HR's reply first). An offer past its
 * expiry takes one only if the candidate gave it in time, on or before the last day.
 */
export function recordedAnswerRefusal(
  offer: OfferToAnswer,
  givenOn: string,
): FieldProblem | undefined {
  // The expiry is judged on the day the candidate answered, not on the day HR records it.
  const refused = answerRefusal(offer, noonOf(givenOn));
  if (refused?.code === 'offer_expired') {
    return {
      path: 'givenOn',
      code: 'offer_expired',
      message:
        'The offer had expired by that day; extend it first if the candidate still wants it.',
    };
  }
  return refused;
}

/**
 * The day the candidate answered is a real day of this offer: not ahead of today (Jakarta), and not
 * before the offer was sent to them.
 */
export function checkRecordedAnswer(
  input: RecordedAnswerInput,
  offer: { sentAt: Date | null },
  now: Date,
): Result<RecordedAnswer> {
  const problems: FieldProblem[] = [];
  if (input.givenOn > jakartaDate(now)) {
    problems.push({
      path: 'givenOn',
      code: 'date_in_future',
      message: 'The day the candidate answered cannot be in the future.',
    });
  } else if (offer.sentAt && input.givenOn < jakartaDate(offer.sentAt)) {
    problems.push({
      path: 'givenOn',
      code: 'before_sent',
      message: 'The candidate cannot have answered before the offer was sent.',
    });
  }
  if (problems.length) return { ok: false, problems };
  return ok({ ...input, note: input.note.trim() });
}

/** An instant on that Jakarta day: the offer was open then if the day is on or before its expiry. */
function noonOf(date: string): Date {
  return new Date(`${date}T12:00:00+07:00`);
}
