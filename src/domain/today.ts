import { movedOnFrom, type InterviewStage } from './interview';
import { applicationEnded, isInterviewingStage, type ActiveStage } from './pipeline';
import {
  hasTakenPlace,
  standsForStage,
  type InterviewStatus,
} from './scheduling/interview-schedule';

/**
 * What needs someone today: rules over plain dates. Waiting is counted in working days of an
 * Indonesian office: Monday to Friday in Jakarta time (WIB, UTC+7, no daylight saving), minus
 * any public holidays given as `YYYY-MM-DD` (Jakarta dates).
 */
export type Holidays = ReadonlySet<string>;

const noHolidays: Holidays = new Set();
const jakartaOffsetMs = 7 * 3_600_000;
const dayMs = 86_400_000;

/** The Jakarta calendar date of an instant, as `YYYY-MM-DD`. */
export function jakartaDate(at: Date): string {
  return new Date(at.getTime() + jakartaOffsetMs).toISOString().slice(0, 10);
}

/** The instant a Jakarta calendar date begins (00:00 WIB). */
export function startOfJakartaDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - jakartaOffsetMs);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, holidays: Holidays = noHolidays): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/**
 * Working days that have ended between two instants: the days after `from`'s date, up to and
 * including the day before `to`'s date. Moved on Friday afternoon, the candidate has waited 0
 * working days on Monday and 1 on Tuesday. Never negative.
 */
export function workingDaysBetween(from: Date, to: Date, holidays: Holidays = noHolidays): number {
  // Jakarta days since 1970-01-01 (a Thursday): plain arithmetic, because the board asks this
  // twice for every card, and formatting and parsing date strings was most of its cost (issue 19).
  const first = jakartaDayNumber(from) + 1;
  const last = jakartaDayNumber(to);
  const days = last - first;
  if (days <= 0) return 0;
  // Counted in closed form rather than day by day: a card that has waited years would otherwise
  // cost a loop of a thousand dates.
  const firstWeekday = (first + 4) % 7;
  let count = Math.floor(days / 7) * 5;
  for (let offset = 0; offset < days % 7; offset++) {
    const weekday = (firstWeekday + offset) % 7;
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  if (holidays.size === 0) return count;
  const firstDate = dateOfDayNumber(first);
  const lastDate = dateOfDayNumber(last);
  for (const holiday of holidays) {
    if (holiday >= firstDate && holiday < lastDate && isWorkingDay(holiday)) count -= 1;
  }
  return count;
}

/** Whole Jakarta days from 1970-01-01 to the Jakarta date of an instant. */
function jakartaDayNumber(at: Date): number {
  return Math.floor((at.getTime() + jakartaOffsetMs) / dayMs);
}

function dateOfDayNumber(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** How many working days a candidate may wait in a stage before it shows as waiting too long. */
export type StageTargets = Record<ActiveStage, number>;

export const defaultStageTargets: StageTargets = {
  applied: 2,
  cv_screening: 3,
  hr_interview: 7,
  tests: 5,
  user_interview: 7,
  offer: 5,
};

/** The most working days a target may be: a quarter of a year. */
export const maxStageTarget = 65;

/** A job's targets: its own where set, the defaults elsewhere. */
export function stageTargetsOf(
  saved: readonly { stage: ActiveStage; workingDays: number }[],
): StageTargets {
  const targets = { ...defaultStageTargets };
  for (const row of saved) targets[row.stage] = row.workingDays;
  return targets;
}

/** Waiting too long: more whole working days in the stage than the job's target. */
export function isWaitingTooLong(
  enteredAt: Date,
  now: Date,
  targetDays: number,
  holidays: Holidays = noHolidays,
): boolean {
  return workingDaysBetween(enteredAt, now, holidays) > targetDays;
}

/**
 * Today shows this many of a long list (the most urgent first) with the total and a link to the
 * whole list, so one busy week does not bury the rest of the page.
 */
export const todayListPreview = 10;

/**
 * A scorecard is due by the end of the working day after the interview: the impressions are
 * fresh and the next step waits on it. Overdue from the second working day on.
 */
export function isScorecardOverdue(
  interviewEnd: Date,
  now: Date,
  holidays: Holidays = noHolidays,
): boolean {
  return workingDaysBetween(interviewEnd, now, holidays) >= 1;
}

/**
 * Where an interview's scorecards stand once its time is over (see scorecardWait):
 * `not_submitted` once its stage is decided without them, which is no one's to-do any more.
 */
export const scorecardWaits = ['awaited', 'overdue', 'not_submitted'] as const;
export type ScorecardWait = (typeof scorecardWaits)[number];

/** An interview as the "over and overdue" rule reads it. */
export interface InterviewTime {
  status: InterviewStatus;
  startsAt: Date;
  durationMinutes: number;
}

export interface ScorecardWaitState {
  interview: InterviewTime & { stage: InterviewStage };
  /** A panel member's scorecard for the interview's stage is not submitted. */
  unscored: boolean;
  /** The application's stage now: an ended one (rejected, withdrawn) owes no scorecard. */
  applicationStage: string;
}

/**
 * The one reading of "the interview is over and a scorecard is missing", shared by Today (the
 * missing scorecards and HR's gate), the candidate page and My interviews: from the end of an
 * interview that stands for its stage (booked or held: standsForStage, so one held before HR
 * ended and reopened the application counts), while a panel member's scorecard is missing and
 * the application has not ended, it is awaited, then overdue (isScorecardOverdue). Once the
 * application moved on past the interview's stage (the stage is decided), a missing scorecard is
 * only `not_submitted`: shown on the candidate page, no longer a to-do. Null before the end, once
 * scored, for a cancelled interview and on an ended application (the kit is closed).
 */
export function scorecardWait(
  state: ScorecardWaitState,
  now: Date,
  holidays: Holidays = noHolidays,
): ScorecardWait | null {
  const { interview } = state;
  if (!standsForStage(interview) || !state.unscored) return null;
  if (applicationEnded(state.applicationStage)) return null;
  const end = new Date(interview.startsAt.getTime() + interview.durationMinutes * 60_000);
  if (end.getTime() > now.getTime()) return null;
  if (movedOnFrom(interview.stage, state.applicationStage)) return 'not_submitted';
  return isScorecardOverdue(end, now, holidays) ? 'overdue' : 'awaited';
}

/** Why HR's decision at the HR interview is due: the panel has scored, or the scores are late. */
export const hrGateDueReasons = ['scorecards_in', 'overdue'] as const;
export type HrGateDueReason = (typeof hrGateDueReasons)[number];

/** An application at the HR interview without HR's decision, as Today reads it. */
export interface HrGateState {
  /** Its latest HR interview not cancelled; null for a walk-in (nothing booked). */
  interview: InterviewTime | null;
  /** Every panel member of that interview submitted (a walk-in: a scorecard is in). */
  scorecardsIn: boolean;
}

/**
 * Whether HR should pass or end the HR interview now, the way a user-stage verdict waits for the
 * manager: once the interview took place (hasTakenPlace) and its panel has scored, or once its
 * scorecards are overdue by the same rule as every other page (scorecardWait).
 */
export function hrGateDecisionDue(
  state: HrGateState,
  now: Date,
  holidays: Holidays = noHolidays,
): HrGateDueReason | null {
  const { interview, scorecardsIn } = state;
  const begun = !interview || hasTakenPlace(interview, now);
  if (begun && scorecardsIn) return 'scorecards_in';
  if (!interview) return null;
  const wait = scorecardWait(
    {
      interview: { ...interview, stage: 'hr' },
      unscored: !scorecardsIn,
      applicationStage: 'hr_interview',
    },
    now,
    holidays,
  );
  return wait === 'overdue' ? 'overdue' : null;
}

/** Why a candidate's card is marked "needs action" on the board. */
export const attentionReasons = [
  'waiting_too_long',
  'interview_to_book',
  'scorecard_overdue',
  'reschedule_requested',
  'offer_countered',
] as const;
export type AttentionReason = (typeof attentionReasons)[number];

export interface CardState {
  stage: string;
  stageEnteredAt: Date;
  targetDays: number;
  /** A booked interview for the card's stage, when the stage is an interview stage. */
  interviewBooked: boolean;
  rescheduleRequested: boolean;
  /** When the earliest interview still missing a panel member's scorecard ended. */
  unscoredInterviewEndedAt: Date | null;
  /** The candidate asked for changes to the offer; HR owes an answer. */
  offerCountered: boolean;
}

/**
 * What needs someone on a candidate's card, by the same rules as Today: past the stage's target,
 * an interview stage with nothing booked, a scorecard overdue, the candidate asking for another
 * time or for changes to the offer. Settled applications (hired, rejected, withdrawn) need nothing.
 */
export function cardAttention(card: CardState, now: Date): AttentionReason[] {
  if (!(card.stage in defaultStageTargets)) return [];
  const reasons: AttentionReason[] = [];
  if (isWaitingTooLong(card.stageEnteredAt, now, card.targetDays)) {
    reasons.push('waiting_too_long');
  }
  if (isInterviewingStage(card.stage) && !card.interviewBooked) reasons.push('interview_to_book');
  if (card.unscoredInterviewEndedAt && isScorecardOverdue(card.unscoredInterviewEndedAt, now)) {
    reasons.push('scorecard_overdue');
  }
  if (card.rescheduleRequested) reasons.push('reschedule_requested');
  if (card.offerCountered) reasons.push('offer_countered');
  return reasons;
}

/** UU PDP requests must be answered in time: flag one due within this many days (or late). */
export const dataRequestWarningDays = 3;

export function isDataRequestCloseToDeadline(dueAt: Date, now: Date): boolean {
  return dueAt.getTime() - now.getTime() <= dataRequestWarningDays * dayMs;
}

/** An offer sent and unanswered shows on HR's Today when it expires within this many days. */
export const offerExpiryWarningDays = 3;

/** What an open offer needs from HR, if anything: answer a counter, send it, or chase it. */
export type OfferNeed = 'counter_to_answer' | 'ready_to_send' | 'expiring';

export function offerNeed(
  offer: { status: string; expiresOn: string },
  today: string,
): OfferNeed | null {
  if (offer.status === 'countered') return 'counter_to_answer';
  if (offer.status === 'approved') return 'ready_to_send';
  const soon = addDays(today, offerExpiryWarningDays);
  if (offer.status === 'sent' && offer.expiresOn >= today && offer.expiresOn <= soon) {
    return 'expiring';
  }
  return null;
}

/** When an interview falls, seen from today: today, later this week (to Sunday), or later. */
export const interviewWhens = ['today', 'this_week', 'later'] as const;
export type InterviewWhen = (typeof interviewWhens)[number];

export function interviewWhen(startsAt: Date, now: Date): InterviewWhen {
  const today = jakartaDate(now);
  const day = jakartaDate(startsAt);
  if (day === today) return 'today';
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const sunday = addDays(today, (7 - weekday) % 7);
  return day <= sunday ? 'this_week' : 'later';
}

/**
 * The window of interviews Today looks at: today and the six days after it. Not "to Sunday": on a
 * Friday or a weekend that would hide Monday's interviews, the ones to prepare for.
 */
export function agendaWindow(now: Date): { from: Date; to: Date } {
  const today = jakartaDate(now);
  return { from: startOfJakartaDay(today), to: startOfJakartaDay(addDays(today, 7)) };
}
