import type { FocusAttribute, InterviewStage } from './interview';
import type { Stage } from './pipeline';
import type { Result } from './result';
import { ok, problem } from './result';
import { ratingValue, type AttributeRating, type Rating } from './scorecard';
import { unscoredProblem } from './verdict-evidence';

export const decisionOutcomes = ['advance', 'reject', 'hold'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

/**
 * Why a reader does not see a stage's scores: a panel member who has not submitted their own
 * scorecard yet (blind scoring), or someone who may not read that stage at all.
 */
export const hiddenScoreReasons = ['submit_first', 'no_access'] as const;
export type HiddenBecause = (typeof hiddenScoreReasons)[number];

export interface SubmittedScorecard {
  interviewerId: string;
  ratings: AttributeRating[];
  recommendation: Rating;
}

export interface StageSummary {
  stage: InterviewStage;
  scorecards: number;
  /** Mean rating per attribute on the 1-4 scale, over the interviewers who rated it. */
  attributes: { attribute: FocusAttribute; average: number | null; ratings: number }[];
  /** Mean of the attribute means: the stage's score, rounded to 2 decimals for display. */
  average: number | null;
  /**
   * The same score before any rounding, for weighing only (combineScores): weighing the rounded
   * averages rounds twice (3.125 and 3.667 at 30/70 made 3.51 instead of 3.50). The API sends it
   * too (optional `exactAverage` of a stage summary), so a reader can redo the weighing; absent
   * in decisions recorded before it was kept.
   */
  exactAverage?: number | null;
  /** Mean of the overall recommendations. */
  recommendation: number | null;
  /**
   * The panel split evenly: as many recommended yes as no (one yes, one no averages 2.50, on
   * the line). Such a panel recommends nothing, so deciding either way goes against nobody.
   * Absent in decisions recorded before it was kept.
   */
  split?: boolean;
}

const mean = (values: number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

export function summariseStage(
  stage: InterviewStage,
  attributes: readonly FocusAttribute[],
  scorecards: readonly SubmittedScorecard[],
): StageSummary {
  const perAttribute = attributes.map((attribute) => {
    const values = scorecards.flatMap((card) =>
      card.ratings
        .filter((r) => r.attribute === attribute && r.rating)
        .map((r) => ratingValue[r.rating!]),
    );
    return { attribute, average: mean(values), ratings: values.length };
  });
  const rated = perAttribute.flatMap((a) => (a.average === null ? [] : [a.average]));
  const exactAverage = mean(rated);
  return {
    stage,
    scorecards: scorecards.length,
    attributes: perAttribute.map((a) => ({ ...a, average: round(a.average) })),
    average: round(exactAverage),
    exactAverage,
    recommendation: round(mean(scorecards.map((card) => ratingValue[card.recommendation]))),
    split: isSplit(scorecards.map((card) => ratingValue[card.recommendation])),
  };
}

/** As many recommendations on the yes side of the line as on the no side, at least one each. */
function isSplit(recommendations: readonly number[]): boolean {
  const yes = recommendations.filter((value) => value >= positive).length;
  return yes > 0 && yes * 2 === recommendations.length;
}

export interface CombinedScore {
  /** Weighted score on the 1-4 scale, or null until both stages have scores. */
  score: number | null;
  /** How the score was made, stage by stage, so nobody has to trust a bare number. */
  parts: {
    stage: InterviewStage;
    weight: number;
    average: number | null;
    contribution: number | null;
  }[];
}

export function combineScores(
  summaries: Record<InterviewStage, StageSummary>,
  weights: Record<InterviewStage, number>,
): CombinedScore {
  const weighed = (['hr', 'user'] as const).map((stage) => {
    const summary = summaries[stage];
    // Decisions recorded before the exact average was kept only have the rounded one.
    const exact = summary.exactAverage !== undefined ? summary.exactAverage : summary.average;
    return { stage, weight: weights[stage], average: summary.average, exact };
  });
  const complete = weighed.every((part) => part.exact !== null);
  // Weigh the unrounded averages themselves, not the rounded averages nor the rounded
  // contributions, so the score is rounded once and always lies between the two stage averages
  // (2.75 and 2.75 make 2.75, not 0.83 + 1.93 = 2.76; 3.125 and 3.667 at 30/70 make 3.50, not 3.51).
  return {
    score: complete
      ? round(weighed.reduce((sum, part) => sum + (part.exact! * part.weight) / 100, 0))
      : null,
    parts: weighed.map(({ stage, weight, average, exact }) => ({
      stage,
      weight,
      average,
      contribution: exact === null ? null : round((exact * weight) / 100),
    })),
  };
}

/** The line between "no" (2) and "yes" (3) on the 4-point scale. */
const positive = 2.5;

/**
 * HR and the user disagree when their recommendations fall on opposite sides of the line and at
 * least 1.5 points apart (e.g. HR strong no, user yes). Such a decision needs a written rationale.
 */
export function findConflict(summaries: Record<InterviewStage, StageSummary>): boolean {
  const hr = summaries.hr.recommendation;
  const user = summaries.user.recommendation;
  if (hr === null || user === null) return false;
  // Compare in hundredths: the means are rounded to 2 decimals, and 3.3 - 1.8 is 1.4999... in
  // floating point.
  return hr >= positive !== user >= positive && Math.round(Math.abs(hr - user) * 100) >= 150;
}

export interface DecisionRequest {
  stage: InterviewStage;
  outcome: DecisionOutcome;
  rationale: string;
  summaries: Record<InterviewStage, StageSummary>;
}

export interface PlannedDecision {
  outcome: DecisionOutcome;
  rationale: string;
  conflict: boolean;
  /** The decision goes against its own panel's recommendation. */
  againstPanel: boolean;
}

/**
 * The HR stage is a gate decided by HR from the HR scorecards; the user stage's verdict decides.
 * A decision needs its stage scored first, and a written rationale when it overrides the panel
 * or when HR and the user conflict.
 */
export function planDecision(request: DecisionRequest): Result<PlannedDecision> {
  const own = request.summaries[request.stage];
  const rationale = request.rationale.trim();
  if (request.outcome !== 'hold' && own.scorecards === 0) {
    return { ok: false, problems: [unscoredProblem('stage')] };
  }
  const conflict =
    request.stage === 'user' && request.outcome !== 'hold' && findConflict(request.summaries);
  // A split panel recommends nothing: the decider breaks the tie, against nobody.
  const againstPanel =
    !own.split &&
    own.recommendation !== null &&
    ((request.outcome === 'advance' && own.recommendation < positive) ||
      (request.outcome === 'reject' && own.recommendation >= positive));
  if ((conflict || againstPanel) && !rationale) {
    return problem(
      'rationale',
      conflict ? 'rationale_required_conflict' : 'rationale_required_against_panel',
      conflict
        ? 'HR and the user disagree: write why you decide this way.'
        : "This goes against the panel's recommendation: write why.",
    );
  }
  return ok({ outcome: request.outcome, rationale, conflict, againstPanel });
}

/** Where "advance" takes the candidate: HR's gate to the tests (when the job has them) or the user interview; the user's verdict to the offer. */
export function advancesTo(stage: InterviewStage, testsEnabled: boolean): Stage {
  if (stage === 'user') return 'offer';
  return testsEnabled ? 'tests' : 'user_interview';
}
