import { offerDeclineReasons, type OfferDeclineReason } from '../offers/offer-answer';
import type { SalaryBand } from '../offers/offer-approval';
import { shownFrom, type Shown } from './sample-size';

/**
 * What became of the offers sent: accepted, declined (and why), withdrawn by the company, or still
 * waiting; how long candidates took to answer; where accepted salaries sit in the job's band.
 */

export const bandPositions = ['below_band', 'within_band', 'above_band', 'no_band'] as const;
export type BandPosition = (typeof bandPositions)[number];

/** Where a gross monthly salary sits against the job's band (either end may be open). */
export function bandPosition(salary: number, band: SalaryBand): BandPosition {
  if (band.min === null && band.max === null) return 'no_band';
  if (band.min !== null && salary < band.min) return 'below_band';
  if (band.max !== null && salary > band.max) return 'above_band';
  return 'within_band';
}

/** A decline without a reason: the candidate may decline without saying why. */
export type DeclineReasonOrNone = OfferDeclineReason | 'not_given';
export const declineReasonsOrNone = [...offerDeclineReasons, 'not_given'] as const;

export interface OfferTally {
  /** Offers sent to the candidate (whatever became of them). */
  made: number;
  accepted: number;
  declined: number;
  /** Withdrawn by the company after sending. */
  withdrawn: number;
  /** Sent or countered, not answered yet. */
  waiting: number;
  declineReasons: Partial<Record<DeclineReasonOrNone, number>>;
  /** Days from sending to the accept or decline, over the answered offers. */
  answerDays: { answered: number; median: number | null; p90: number | null };
  acceptedSalaries: Partial<Record<BandPosition, number>>;
}

export interface OfferOutcomes {
  made: number;
  accepted: number;
  declined: number;
  withdrawn: number;
  waiting: number;
  /** Accepted among the answered (accepted + declined), hidden below the minimum sample. */
  acceptanceRate: Shown<number>;
  declineReasons: { reason: DeclineReasonOrNone; count: number }[];
  answerDays: { answered: number; median: Shown<number>; p90: Shown<number> };
  acceptedSalaries: { position: BandPosition; count: number }[];
}

export function summariseOffers(tally: OfferTally, minimumSample: number): OfferOutcomes {
  const answered = tally.accepted + tally.declined;
  const days = tally.answerDays;
  return {
    made: tally.made,
    accepted: tally.accepted,
    declined: tally.declined,
    withdrawn: tally.withdrawn,
    waiting: tally.waiting,
    acceptanceRate: shownFrom(answered, minimumSample, () => tally.accepted / answered),
    declineReasons: declineReasonsOrNone.map((reason) => ({
      reason,
      count: tally.declineReasons[reason] ?? 0,
    })),
    answerDays: {
      answered: days.answered,
      median: shownFrom(days.answered, minimumSample, () => days.median),
      p90: shownFrom(days.answered, minimumSample, () => days.p90),
    },
    acceptedSalaries: bandPositions.map((position) => ({
      position,
      count: tally.acceptedSalaries[position] ?? 0,
    })),
  };
}
