import { describe, expect, test } from 'vitest';
import {
  advancesTo,
  combineScores,
  findConflict,
  planDecision,
  summariseStage,
  type DecisionRequest,
  type PlannedDecision,
  type StageSummary,
  type SubmittedScorecard,
} from '../../src/domain/decision';
import {
  stageFocusAttributes,
  type FocusAttribute,
  type InterviewStage,
} from '../../src/domain/interview';
import type { Rating } from '../../src/domain/scorecard';

const card = (
  interviewerId: string,
  ratings: Partial<Record<FocusAttribute, Rating | null>>,
  recommendation: Rating,
): SubmittedScorecard => ({
  interviewerId,
  ratings: Object.entries(ratings).map(([attribute, rating]) => ({
    attribute: attribute as FocusAttribute,
    rating: rating ?? null,
    evidence: '',
  })),
  recommendation,
});

/** A stage summary with only what the decision rules read. */
const summary = (
  stage: InterviewStage,
  recommendation: number | null,
  extra: Partial<StageSummary> = {},
): StageSummary => ({
  stage,
  scorecards: recommendation === null ? 0 : 1,
  attributes: [],
  average: recommendation,
  recommendation,
  ...extra,
});

const both = (hr: number | null, user: number | null) => ({
  hr: summary('hr', hr),
  user: summary('user', user),
});

/** The panels' recommendations as the interviewers gave them. */
const recommended = (stage: InterviewStage, ...recommendations: Rating[]) =>
  summariseStage(
    stage,
    ['attitude'],
    recommendations.map((rec, i) => card(`${stage}-${i}`, { attitude: rec }, rec)),
  );

describe('summariseStage', () => {
  test('averages each attribute over the interviewers on the 1-4 scale', () => {
    const result = summariseStage(
      'user',
      ['technical_skill', 'problem_analysis'],
      [
        card('a', { technical_skill: 'strong_yes', problem_analysis: 'no' }, 'yes'),
        card('b', { technical_skill: 'yes', problem_analysis: 'strong_no' }, 'no'),
      ],
    );
    expect(result.stage).toBe('user');
    expect(result.scorecards).toBe(2);
    expect(result.attributes).toEqual([
      { attribute: 'technical_skill', average: 3.5, ratings: 2 },
      { attribute: 'problem_analysis', average: 1.5, ratings: 2 },
    ]);
  });

  test('an attribute nobody rated has no average and does not drag the stage score down', () => {
    const result = summariseStage(
      'hr',
      ['attitude', 'discipline'],
      [
        card('a', { attitude: 'strong_yes', discipline: null }, 'strong_yes'),
        card('b', { attitude: 'strong_yes' }, 'strong_yes'),
      ],
    );
    expect(result.attributes[1]).toEqual({ attribute: 'discipline', average: null, ratings: 0 });
    expect(result.average).toBe(4);
  });

  test('an attribute is averaged only over the interviewers who rated it', () => {
    const result = summariseStage(
      'hr',
      ['attitude'],
      [card('a', { attitude: 'strong_yes' }, 'yes'), card('b', { attitude: null }, 'yes')],
    );
    expect(result.attributes[0]).toEqual({ attribute: 'attitude', average: 4, ratings: 1 });
  });

  test('the stage score is the mean of the attribute means, not of all ratings pooled', () => {
    // attitude rated by three interviewers (mean 1), discipline by one (4): pooled would be 1.75.
    const result = summariseStage(
      'hr',
      ['attitude', 'discipline'],
      [
        card('a', { attitude: 'strong_no', discipline: 'strong_yes' }, 'no'),
        card('b', { attitude: 'strong_no' }, 'no'),
        card('c', { attitude: 'strong_no' }, 'no'),
      ],
    );
    expect(result.average).toBe(2.5);
  });

  test('ratings of attributes outside the stage are ignored', () => {
    const result = summariseStage(
      'hr',
      ['attitude'],
      [card('a', { attitude: 'yes', technical_skill: 'strong_no' }, 'yes')],
    );
    expect(result.attributes).toHaveLength(1);
    expect(result.average).toBe(3);
  });

  test('the recommendation is the mean of the overall recommendations', () => {
    const result = recommended('user', 'strong_yes', 'yes', 'no');
    expect(result.recommendation).toBe(3);
  });

  test('means are rounded to 2 decimals', () => {
    // attitude: (4 + 3 + 3) / 3 = 3.333...; recommendations: (1 + 2 + 2) / 3 = 1.666...
    const result = summariseStage(
      'hr',
      ['attitude'],
      [
        card('a', { attitude: 'strong_yes' }, 'strong_no'),
        card('b', { attitude: 'yes' }, 'no'),
        card('c', { attitude: 'yes' }, 'no'),
      ],
    );
    expect(result.attributes[0]!.average).toBe(3.33);
    expect(result.average).toBe(3.33);
    expect(result.recommendation).toBe(1.67);
  });

  test('a stage without scorecards has no scores at all', () => {
    const result = summariseStage('user', ['technical_skill'], []);
    expect(result).toEqual({
      stage: 'user',
      scorecards: 0,
      attributes: [{ attribute: 'technical_skill', average: null, ratings: 0 }],
      average: null,
      exactAverage: null,
      recommendation: null,
      split: false,
    });
  });
});

describe('combineScores', () => {
  const weights = { hr: 30, user: 70 };

  test('weighs each stage average by its share of the decision', () => {
    const result = combineScores(both(2, 4), weights);
    expect(result.parts).toEqual([
      { stage: 'hr', weight: 30, average: 2, contribution: 0.6 },
      { stage: 'user', weight: 70, average: 4, contribution: 2.8 },
    ]);
    expect(result.score).toBe(3.4);
  });

  test("the user's verdict weighs more: a strong user stage outscores a strong HR stage", () => {
    const strongUser = combineScores(both(1, 4), weights).score!;
    const strongHr = combineScores(both(4, 1), weights).score!;
    expect(strongUser).toBe(3.1);
    expect(strongHr).toBe(1.9);
  });

  test('equal stage averages combine to that same average', () => {
    for (const average of [1, 1.75, 2.25, 2.75, 3.25, 3.33, 4]) {
      expect(combineScores(both(average, average), weights).score).toBe(average);
    }
  });

  test('contributions are rounded to 2 decimals', () => {
    const result = combineScores(both(3.33, 2.67), weights);
    expect(result.parts.map((part) => part.contribution)).toEqual([1, 1.87]);
    // 0.999 + 1.869 = 2.868
    expect(result.score).toBe(2.87);
  });

  test('no score until both stages are scored, but the scored stage is still explained', () => {
    const result = combineScores(both(3, null), weights);
    expect(result.score).toBeNull();
    expect(result.parts).toEqual([
      { stage: 'hr', weight: 30, average: 3, contribution: 0.9 },
      { stage: 'user', weight: 70, average: null, contribution: null },
    ]);
    expect(combineScores(both(null, 3), weights).score).toBeNull();
  });

  test('follows the weights it is given', () => {
    expect(combineScores(both(2, 4), { hr: 50, user: 50 }).score).toBe(3);
  });

  test('weighs the real stage averages, rounding only the shown numbers (walk27: 3.51 instead of 3.50)', () => {
    const hrRatings: Rating[] = ['yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'strong_yes'];
    const hrAttributes = stageFocusAttributes.hr;
    const userRatings: Rating[] = [
      'strong_yes',
      'strong_yes',
      'strong_yes',
      'strong_yes',
      'strong_yes',
      'no',
    ];
    const userAttributes = stageFocusAttributes.user.slice(0, 6);
    const hr = summariseStage('hr', hrAttributes, [
      card('hr-1', Object.fromEntries(hrAttributes.map((a, i) => [a, hrRatings[i]])), 'yes'),
    ]);
    const user = summariseStage('user', userAttributes, [
      card('user-1', Object.fromEntries(userAttributes.map((a, i) => [a, userRatings[i]])), 'yes'),
    ]);
    // Shown rounded: 3.125 -> 3.13, 3.667 -> 3.67.
    expect([hr.average, user.average]).toEqual([3.13, 3.67]);
    const result = combineScores({ hr, user }, weights);
    // 3.125 x 30% + 3.667 x 70% = 0.9375 + 2.5667 = 3.504; the rounded averages made 3.508 = 3.51.
    expect(result.score).toBe(3.5);
    expect(result.parts.map((part) => [part.average, part.contribution])).toEqual([
      [3.13, 0.94],
      [3.67, 2.57],
    ]);
  });

  test('a decision recorded before the exact average was kept is weighed by its rounded average', () => {
    const old = { hr: summary('hr', 3.13), user: summary('user', 3.67) };
    expect(combineScores(old, weights).score).toBe(3.51);
  });
});

describe('findConflict', () => {
  test('HR strong no against user strong yes is a conflict', () => {
    expect(
      findConflict({ hr: recommended('hr', 'strong_no'), user: recommended('user', 'strong_yes') }),
    ).toBe(true);
  });

  test('HR no against user yes is only one point apart: no conflict', () => {
    expect(findConflict({ hr: recommended('hr', 'no'), user: recommended('user', 'yes') })).toBe(
      false,
    );
  });

  test('HR strong no against user yes is a conflict', () => {
    expect(
      findConflict({ hr: recommended('hr', 'strong_no'), user: recommended('user', 'yes') }),
    ).toBe(true);
  });

  test('works both ways: HR yes against user strong no is a conflict', () => {
    expect(
      findConflict({ hr: recommended('hr', 'yes'), user: recommended('user', 'strong_no') }),
    ).toBe(true);
  });

  test('far apart on the same side of the line is not a conflict', () => {
    expect(findConflict(both(1, 2.49))).toBe(false);
    expect(findConflict(both(4, 2.5))).toBe(false);
  });

  test('exactly 1.5 apart across the line is a conflict, whatever the floating point says', () => {
    // HR panel of five: 1+1+2+2+3 = 1.8; user panel of ten: 7 yes + 3 strong yes = 3.3.
    const hr = recommended('hr', 'strong_no', 'strong_no', 'no', 'no', 'yes');
    const user = recommended(
      'user',
      ...(Array(7).fill('yes') as Rating[]),
      ...(Array(3).fill('strong_yes') as Rating[]),
    );
    expect([hr.recommendation, user.recommendation]).toEqual([1.8, 3.3]);
    expect(findConflict({ hr, user })).toBe(true);
    expect(findConflict(both(1.3, 2.8))).toBe(true);
    expect(findConflict(both(1.31, 2.8))).toBe(false);
  });

  test('no conflict while a stage has no recommendation', () => {
    expect(findConflict(both(null, 4))).toBe(false);
    expect(findConflict(both(1, null))).toBe(false);
  });
});

describe('planDecision', () => {
  const request = (extra: Partial<DecisionRequest>): DecisionRequest => ({
    stage: 'user',
    outcome: 'advance',
    rationale: '',
    summaries: both(3, 3),
    ...extra,
  });

  function planned(req: DecisionRequest): PlannedDecision {
    const result = planDecision(req);
    if (!result.ok) throw new Error(`expected a decision: ${JSON.stringify(result.problems)}`);
    return result.value;
  }

  function refused(req: DecisionRequest) {
    const result = planDecision(req);
    if (result.ok) throw new Error(`expected a refusal: ${JSON.stringify(result.value)}`);
    expect(result.problems).toHaveLength(1);
    return result.problems[0]!;
  }

  test('following a positive panel needs no rationale', () => {
    expect(planned(request({ outcome: 'advance' }))).toEqual({
      outcome: 'advance',
      rationale: '',
      conflict: false,
      againstPanel: false,
    });
  });

  test('following a negative panel needs no rationale', () => {
    const decision = planned(request({ outcome: 'reject', summaries: both(2, 1.5) }));
    expect(decision.againstPanel).toBe(false);
  });

  test('a stage without scorecards cannot be decided', () => {
    const summaries = { hr: summary('hr', 3), user: summary('user', null) };
    for (const outcome of ['advance', 'reject'] as const) {
      expect(refused(request({ outcome, summaries, rationale: 'Strong portfolio' }))).toMatchObject(
        {
          path: 'stage',
          code: 'no_scorecards',
        },
      );
    }
  });

  test('a candidate can be put on hold before any scorecard', () => {
    const summaries = { hr: summary('hr', 3), user: summary('user', null) };
    expect(planned(request({ outcome: 'hold', summaries })).outcome).toBe('hold');
  });

  test('only the scorecards of the stage being decided count', () => {
    const summaries = { hr: summary('hr', null), user: summary('user', 3) };
    expect(refused(request({ stage: 'hr', summaries }))).toMatchObject({ code: 'no_scorecards' });
    expect(planned(request({ stage: 'user', summaries })).outcome).toBe('advance');
  });

  test("advancing against the panel's recommendation needs a rationale", () => {
    const req = request({ stage: 'hr', outcome: 'advance', summaries: both(2, null) });
    expect(refused(req)).toMatchObject({
      path: 'rationale',
      code: 'rationale_required_against_panel',
    });
    expect(planned({ ...req, rationale: 'Nervous, but strong references' })).toMatchObject({
      againstPanel: true,
      conflict: false,
    });
  });

  test('on an evenly split panel neither outcome goes against it, at either gate', () => {
    for (const stage of ['hr', 'user'] as const) {
      // One yes, one no: 2.50, on the line; the decider breaks the tie.
      const split = recommended(stage, 'yes', 'no');
      expect(split).toMatchObject({ recommendation: 2.5, split: true });
      const summaries = { hr: split, user: split };
      for (const outcome of ['advance', 'reject'] as const) {
        expect(planned(request({ stage, outcome, summaries }))).toMatchObject({
          againstPanel: false,
        });
      }
      // Strong yes and no also split evenly, though the mean leans to yes.
      const leaning = recommended(stage, 'strong_yes', 'no');
      expect(leaning.split).toBe(true);
      expect(
        planned(request({ stage, outcome: 'reject', summaries: { hr: leaning, user: leaning } }))
          .againstPanel,
      ).toBe(false);
    }
  });

  test('a clear majority stays a recommendation: deciding against it is "against"', () => {
    const majority = recommended('user', 'yes', 'yes', 'no');
    expect(majority.split).toBe(false);
    const req = request({ outcome: 'reject', summaries: { hr: majority, user: majority } });
    expect(refused(req).code).toBe('rationale_required_against_panel');
    expect(planned({ ...req, rationale: 'Salary far above budget' }).againstPanel).toBe(true);
  });

  test('rejecting a candidate the panel recommends needs a rationale', () => {
    const req = request({ outcome: 'reject', summaries: both(3, 2.5) });
    expect(refused(req).code).toBe('rationale_required_against_panel');
    expect(planned({ ...req, rationale: 'Salary far above budget' }).againstPanel).toBe(true);
  });

  test('a rationale of only spaces is no rationale, and a given one is trimmed', () => {
    const req = request({ outcome: 'reject', summaries: both(3, 4) });
    expect(refused({ ...req, rationale: '   \n ' }).code).toBe('rationale_required_against_panel');
    expect(planned({ ...req, rationale: '  Role was closed  \n' }).rationale).toBe(
      'Role was closed',
    );
  });

  test('a user-stage decision when HR and the user conflict needs a rationale', () => {
    // The user's panel says strong yes, HR said strong no: advancing follows the panel but still
    // goes against HR.
    const req = request({ outcome: 'advance', summaries: both(1, 4) });
    expect(refused(req)).toMatchObject({ path: 'rationale', code: 'rationale_required_conflict' });
    expect(planned({ ...req, rationale: 'Technical skill outweighs the HR concern' })).toEqual({
      outcome: 'advance',
      rationale: 'Technical skill outweighs the HR concern',
      conflict: true,
      againstPanel: false,
    });
  });

  test('the conflict is named first when the decision also goes against the panel', () => {
    const req = request({ outcome: 'reject', summaries: both(1, 4) });
    expect(refused(req).code).toBe('rationale_required_conflict');
    expect(planned({ ...req, rationale: 'Budget' })).toMatchObject({
      conflict: true,
      againstPanel: true,
    });
  });

  test('the HR-stage decision is not a conflict: it is taken before the user decides', () => {
    const decision = planned(request({ stage: 'hr', outcome: 'advance', summaries: both(4, 1) }));
    expect(decision.conflict).toBe(false);
  });

  test('a hold never needs a rationale, even in a conflict', () => {
    expect(planned(request({ outcome: 'hold', summaries: both(1, 4) }))).toEqual({
      outcome: 'hold',
      rationale: '',
      conflict: false,
      againstPanel: false,
    });
  });
});

describe('advancesTo', () => {
  test("HR's gate leads to the tests when the job has them, else to the user interview", () => {
    expect(advancesTo('hr', true)).toBe('tests');
    expect(advancesTo('hr', false)).toBe('user_interview');
  });
  test("the user's verdict leads to the offer either way", () => {
    expect(advancesTo('user', true)).toBe('offer');
    expect(advancesTo('user', false)).toBe('offer');
  });
});
