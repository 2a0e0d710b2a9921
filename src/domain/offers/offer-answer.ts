import { isIsoDay } from '../day-first';
import { monthlyAmountProblem, parseRupiah } from '../money';
import { jakartaDate } from '../today';
import { ok, type FieldProblem, type Result } from '../result';
import { isHr, type Role } from '../roles';

/**
 * The candidate's answer to a sent offer, and HR's reply to a counter-proposal. An offer's
 * status follows the answers: sent → accepted | declined | countered; countered → sent again
 * when HR holds firm (or a revised version is approved and sent through the offer's own path).
 */
export const offerAnswerKinds = ['accept', 'decline', 'counter'] as const;
export type OfferAnswerKind = (typeof offerAnswerKinds)[number];

/** HR's reply to a counter-proposal: keep the offer as sent, or send a revised version. */
export const counterReplyKinds = ['hold_firm', 'revised'] as const;
export type CounterReplyKind = (typeof counterReplyKinds)[number];

/** Why a candidate declines; optional, so a candidate can decline without saying why. */
export const offerDeclineReasons = [
  'accepted_other_offer',
  'salary',
  'benefits',
  'start_date',
  'location_or_work_mode',
  'role_or_career',
  'personal',
  'other',
] as const;
export type OfferDeclineReason = (typeof offerDeclineReasons)[number];

/** Where the offer stands, in the candidate's terms (the portal's words, not the statuses). */
export const portalOfferStates = [
  'open',
  'expired',
  'awaiting_reply',
  'revising',
  'accepted',
  'declined',
  'withdrawn',
] as const;
export type PortalOfferState = (typeof portalOfferStates)[number];

/** The statuses this module reads; the offer module owns the full list. */
export type AnsweredOfferStatus = 'sent' | 'countered' | 'accepted' | 'declined';

/** Two days before the offer expires the candidate is reminded, once per expiry date. */
export const reminderDaysBeforeExpiry = 2;

export interface OfferToAnswer {
  status: string;
  /** The last day (Asia/Jakarta) the offer can be answered, `YYYY-MM-DD`. */
  expiresOn: string;
}

/** An offer stays open through its expiry day, Jakarta time. */
export function offerExpired(expiresOn: string, now: Date): boolean {
  return jakartaDate(now) > expiresOn;
}

/** What the candidate may do with the offer now: only a sent offer that has not expired. */
export function answersOpen(offer: OfferToAnswer, now: Date): boolean {
  return offer.status === 'sent' && !offerExpired(offer.expiresOn, now);
}

export type OfferAnswerInput =
  | { kind: 'accept'; signedName: string; consent: boolean }
  | { kind: 'decline'; reason: OfferDeclineReason | null; note: string }
  | {
      kind: 'counter';
      /** Whole rupiah, or the amount as typed (`17,5 juta`), read here so that a slip is named. */
      grossMonthlySalary: number | string | null;
      /** `YYYY-MM-DD`, or text as typed that the rules name as no date. */
      startDate: string | null;
      note: string;
    };

export type OfferAnswer =
  | { kind: 'accept'; signedName: string }
  | { kind: 'decline'; reason: OfferDeclineReason | null; note: string }
  | { kind: 'counter'; grossMonthlySalary: number | null; startDate: string | null; note: string };

/**
 * Checks one answer's content (the name typed, the tick, the proposal). Whether the offer takes an
 * answer at all is `answerRefusal`'s: a state, not the candidate's input.
 */
export function checkOfferAnswer(
  candidateName: string,
  input: OfferAnswerInput,
  now: Date,
): Result<OfferAnswer> {
  if (input.kind === 'accept') return checkAcceptance(candidateName, input);
  if (input.kind === 'decline')
    return ok({ kind: 'decline', reason: input.reason, note: input.note.trim() });
  return checkCounter(input, now);
}

/**
 * Why the offer takes no answer now, if it does not: the first accept or decline stands (the offer
 * is no longer `sent`), nothing is answered after expiry, a counter-proposal waits for HR's reply,
 * and only a sent offer is answered at all.
 */
export function answerRefusal(offer: OfferToAnswer, now: Date): FieldProblem | undefined {
  if (offer.status === 'accepted' || offer.status === 'declined') {
    return { path: 'kind', code: 'already_answered', message: 'This offer has been answered.' };
  }
  if (offer.status === 'countered') {
    return {
      path: 'kind',
      code: 'awaiting_reply',
      message: 'HR has not yet replied to the requested changes.',
    };
  }
  if (offer.status !== 'sent') {
    return { path: 'kind', code: 'offer_not_open', message: 'This offer is not open for answers.' };
  }
  if (offerExpired(offer.expiresOn, now)) {
    return { path: 'kind', code: 'offer_expired', message: 'This offer has expired.' };
  }
  return undefined;
}

/** Names compared without case or extra spaces: "sari  wulandari" signs as "Sari Wulandari". */
export function sameName(typed: string, onRecord: string): boolean {
  const plain = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return plain(typed) !== '' && plain(typed) === plain(onRecord);
}

function checkAcceptance(
  candidateName: string,
  input: { signedName: string; consent: boolean },
): Result<OfferAnswer> {
  const problems: FieldProblem[] = [];
  if (!sameName(input.signedName, candidateName)) {
    problems.push({
      path: 'signedName',
      code: 'name_mismatch',
      message: 'Type your full name as it is written on the offer.',
    });
  }
  if (!input.consent) {
    problems.push({ path: 'consent', code: 'required', message: 'Tick the box to accept.' });
  }
  if (problems.length) return { ok: false, problems };
  return ok({ kind: 'accept', signedName: input.signedName.trim().replace(/\s+/g, ' ') });
}

/** The proposed amount: none, or whole rupiah; text as typed is read as people write amounts. */
function counterAmount(value: number | string | null): Result<number | null> {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return ok(null);
  const read = typeof value === 'number' ? ok(value) : parseRupiah(value, 'grossMonthlySalary');
  if (!read.ok) return read;
  const problem = monthlyAmountProblem(read.value, 'grossMonthlySalary');
  return problem ? { ok: false, problems: [problem] } : read;
}

/** Every problem of the proposal at once: the amount's and the date's side by side. */
function checkCounter(
  input: { grossMonthlySalary: number | string | null; startDate: string | null; note: string },
  now: Date,
): Result<OfferAnswer> {
  const problems: FieldProblem[] = [];
  const amount = counterAmount(input.grossMonthlySalary);
  if (!amount.ok) problems.push(...amount.problems);
  const startDate = input.startDate?.trim() ? input.startDate.trim() : null;
  if (amount.ok && amount.value === null && startDate === null) {
    problems.push({
      path: 'grossMonthlySalary',
      code: 'amount_or_date_required',
      message: 'Propose an amount, a start date, or both.',
    });
  }
  if (startDate !== null && !isIsoDay(startDate)) {
    problems.push({
      path: 'startDate',
      code: 'invalid_date',
      message: 'Use a date as YYYY-MM-DD, e.g. 2026-01-31.',
    });
  } else if (startDate !== null && startDate < jakartaDate(now)) {
    problems.push({
      path: 'startDate',
      code: 'date_in_past',
      message: 'The start date cannot be in the past.',
    });
  }
  if (!amount.ok || problems.length) return { ok: false, problems };
  return ok({
    kind: 'counter',
    grossMonthlySalary: amount.value,
    startDate,
    note: input.note.trim(),
  });
}

/** The status an offer takes after an answer. */
export function statusAfterAnswer(kind: OfferAnswerKind): AnsweredOfferStatus {
  return kind === 'accept' ? 'accepted' : kind === 'decline' ? 'declined' : 'countered';
}

/** HR holds firm only on an offer whose candidate asked for changes; the offer is open again. */
export function checkHoldFirm(offer: OfferToAnswer, now: Date): Result<{ status: 'sent' }> {
  if (offer.status !== 'countered') {
    return {
      ok: false,
      problems: [
        { path: 'offer', code: 'no_counter', message: 'This offer has no counter-proposal open.' },
      ],
    };
  }
  if (offerExpired(offer.expiresOn, now)) {
    return {
      ok: false,
      problems: [
        {
          path: 'offer',
          code: 'offer_expired',
          message: 'The offer has expired; extend it with a new version instead.',
        },
      ],
    };
  }
  return ok({ status: 'sent' });
}

/**
 * The reminder is due from two days before expiry until the expiry day, for an offer still
 * waiting for the candidate; once sent for an expiry date it is not sent again for that date.
 */
export function reminderDue(
  offer: OfferToAnswer & { remindedForExpiry: string | null },
  now: Date,
): boolean {
  if (offer.status !== 'sent' || offerExpired(offer.expiresOn, now)) return false;
  if (offer.remindedForExpiry === offer.expiresOn) return false;
  return jakartaDate(now) >= addDays(offer.expiresOn, -reminderDaysBeforeExpiry);
}

function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** What the reader may do about the candidate's answer: the `can` flags of the answers list. */
export interface OfferReplyAbilities {
  /** Keep the offer as sent after a counter-proposal (revising is the offer's own change). */
  holdFirm: boolean;
  /** After an acceptance, close the candidate's other open applications, once. */
  closeOtherApplications: boolean;
}

export function offerReplyAbilities(
  role: Role,
  offer: { status: string; otherApplicationsClosedAt: Date | null },
): OfferReplyAbilities {
  const hr = isHr(role);
  return {
    holdFirm: hr && offer.status === 'countered',
    closeOtherApplications:
      hr && offer.status === 'accepted' && offer.otherApplicationsClosedAt === null,
  };
}
