import type { FocusAttribute, InterviewStage } from './interview';
import {
  hasTakenPlace,
  standsForStage,
  missedInterviewOf,
  type InterviewStatus,
} from './scheduling/interview-schedule';
import { applicationEnded } from './pipeline';
import type { FieldProblem } from './result';

/** The 4-point scale: no middle option, so every rating takes a side. */
export const ratings = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export type Rating = (typeof ratings)[number];

/** Save a draft, submit it, or amend a submitted scorecard (with a reason). */
export const scorecardActions = ['draft', 'submit', 'amend'] as const;
export type ScorecardAction = (typeof scorecardActions)[number];

export const ratingValue: Record<Rating, number> = { strong_no: 1, no: 2, yes: 3, strong_yes: 4 };

/**
 * The words an average recommendation stands for, so a reader sees "Strong yes", not "4.00": the
 * one rating it equals, or the two it falls between.
 */
export function ratingsAround(average: number): [Rating] | [Rating, Rating] {
  const clamped = Math.min(Math.max(average, 1), ratings.length);
  const below = ratings[Math.floor(clamped) - 1]!;
  const above = ratings[Math.ceil(clamped) - 1]!;
  return below === above ? [below] : [below, above];
}

export interface AttributeRating {
  attribute: FocusAttribute;
  rating: Rating | null;
  evidence: string;
}

export interface ScorecardContent {
  ratings: AttributeRating[];
  recommendation: Rating | null;
  summary: string;
  /** Notes the interviewer took per question of the kit, keyed by the question's key. */
  questionNotes: Record<string, string>;
}

/** A draft may be partial, but may only rate the attributes the plan asks about, once each. */
export function checkScorecardDraft(
  content: ScorecardContent,
  planAttributes: readonly FocusAttribute[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  content.ratings.forEach((rating, index) => {
    if (!planAttributes.includes(rating.attribute)) {
      problems.push({
        path: `ratings.${index}.attribute`,
        code: 'unknown_attribute',
        message: "This attribute is not in the interview plan's focus attributes.",
      });
    } else if (seen.has(rating.attribute)) {
      problems.push({
        path: `ratings.${index}.attribute`,
        code: 'duplicate',
        message: 'This attribute is rated twice.',
      });
    }
    seen.add(rating.attribute);
  });
  return problems;
}

/** Submitting needs every focus attribute rated and an overall recommendation. */
export function checkScorecardComplete(
  content: ScorecardContent,
  planAttributes: readonly FocusAttribute[],
): FieldProblem[] {
  const problems = checkScorecardDraft(content, planAttributes);
  planAttributes.forEach((attribute) => {
    const index = content.ratings.findIndex((rating) => rating.attribute === attribute);
    if (index === -1 || !content.ratings[index]!.rating) {
      problems.push({
        path: index === -1 ? `ratings.${attribute}` : `ratings.${index}.rating`,
        code: 'rating_required',
        message: `Rate ${attribute} before submitting.`,
      });
    }
  });
  if (!content.recommendation) {
    problems.push({
      path: 'recommendation',
      code: 'required',
      message: 'Give an overall recommendation.',
    });
  }
  return problems;
}

/** A booked interview of a stage, as the scorecard gate reads it. */
export interface StageInterview {
  stage: InterviewStage;
  status: InterviewStatus;
  startsAt: Date;
  /** Cancelled because the candidate did not come (recordNoShow). */
  noShow?: boolean;
}

/**
 * When a stage's scorecard may be submitted, or null when it may be now. A scorecard scores an
 * interview, so while the stage's booked interview has not begun there is nothing to score yet
 * (an HR scorecard "submitted" two days ahead would let HR pass the gate on no interview at all).
 * Without a booked interview (a walk-in, a phone screen) the scorecard is open: nothing says when.
 */
export function scorecardOpensAt(
  stage: InterviewStage,
  interviews: readonly StageInterview[],
  now: Date,
): Date | null {
  const booked = interviews.filter(
    (interview) => interview.stage === stage && interview.status !== 'cancelled',
  );
  if (!booked.length || booked.some((interview) => hasTakenPlace(interview, now))) return null;
  return new Date(Math.min(...booked.map((interview) => interview.startsAt.getTime())));
}

/**
 * Why a stage takes no new scorecard: the application ended, its interview was called off, or
 * the candidate did not come to it.
 */
export const scorecardClosedReasons = [
  'application_ended',
  'interview_cancelled',
  'interview_missed',
] as const;
export type ScorecardClosed = (typeof scorecardClosedReasons)[number];

/**
 * Whether the stage still takes a new scorecard, or why not. An ended application (rejected,
 * withdrawn) has nothing left to decide; a stage whose booked interviews were all cancelled had
 * no interview to score (the cancellation is not a walk-in), and the latest of them says why: a
 * no-show reads "did not come", not "cancelled". A stage never booked stays open.
 */
export function scorecardClosed(
  stage: InterviewStage,
  application: { stage: string },
  interviews: readonly StageInterview[],
): ScorecardClosed | null {
  if (applicationEnded(application.stage)) return 'application_ended';
  const ofStage = interviews.filter((interview) => interview.stage === stage);
  if (ofStage.length && !ofStage.some(standsForStage)) {
    return missedInterviewOf(ofStage) ? 'interview_missed' : 'interview_cancelled';
  }
  return null;
}

/** The refusal of a new scorecard on a closed stage, for the form and the API's 409. */
export function checkScorecardNotClosed(
  stage: InterviewStage,
  application: { stage: string },
  interviews: readonly StageInterview[],
): FieldProblem[] {
  const closed = scorecardClosed(stage, application, interviews);
  if (!closed) return [];
  const message =
    closed === 'application_ended'
      ? 'This application has ended; it takes no new scorecard.'
      : closed === 'interview_missed'
        ? "The candidate did not come to this stage's interview; there is nothing to score."
        : "This stage's interview was cancelled and none was held; there is nothing to score.";
  return [{ path: 'action', code: `scorecard_${closed}`, message }];
}

/**
 * How long the stage's interview was booked for (its latest booking not cancelled), which the
 * kit's timer runs against rather than the plan's usual length; null when none is booked.
 */
export function bookedMinutes(
  stage: InterviewStage,
  interviews: readonly (StageInterview & { durationMinutes: number })[],
): number | null {
  const booked = interviews
    .filter((interview) => interview.stage === stage && interview.status !== 'cancelled')
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  return booked[0]?.durationMinutes ?? null;
}

/** The submit (or amend) refused before the interview: names when it opens, for the form. */
export function checkScorecardOpen(
  stage: InterviewStage,
  interviews: readonly StageInterview[],
  now: Date,
): FieldProblem[] {
  const opensAt = scorecardOpensAt(stage, interviews, now);
  if (!opensAt) return [];
  return [
    {
      path: 'action',
      code: 'scorecard_before_interview',
      message: `The interview starts at ${opensAt.toISOString()}; submit the scorecard once it has begun (a draft may be saved now).`,
      params: { opensAt: opensAt.toISOString() },
    },
  ];
}
