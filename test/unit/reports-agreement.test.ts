import { describe, expect, it } from 'vitest';
import {
  measureAgreement,
  rankingAuc,
  recommendationOf,
} from '../../src/domain/reports/hr-user-agreement';
import {
  calibrateAttribute,
  recommendationMatches,
  scorecardDueDate,
  standingOf,
} from '../../src/domain/reports/interviewer-calibration';
import { bandPosition, summariseOffers } from '../../src/domain/reports/offer-outcomes';
import { isScorecardOverdue, startOfJakartaDay } from '../../src/domain/today';

describe('HR-vs-user agreement', () => {
  it('AUC counts each accepted-over-rejected pair, ties half', () => {
    // Accepted 4, 3, 3; rejected 3, 2: pairs 1, 1, ½, 1, ½, 1 = 5 of 6.
    const rows = [
      { score: 3, accepted: 2, rejected: 1 },
      { score: 4, accepted: 1, rejected: 0 },
      { score: 2, accepted: 0, rejected: 1 },
    ];
    expect(rankingAuc(rows)).toBeCloseTo(5 / 6, 10);
  });

  it('AUC is 1 for a perfect ranking, 0 for a reversed one, ½ when all tie', () => {
    expect(
      rankingAuc([
        { score: 3.5, accepted: 3, rejected: 0 },
        { score: 2, accepted: 0, rejected: 2 },
      ]),
    ).toBe(1);
    expect(
      rankingAuc([
        { score: 1.5, accepted: 3, rejected: 0 },
        { score: 2, accepted: 0, rejected: 2 },
      ]),
    ).toBe(0);
    expect(rankingAuc([{ score: 3, accepted: 4, rejected: 4 }])).toBe(0.5);
  });

  it('AUC merges rows of the same score (per-job rows summed overall)', () => {
    expect(
      rankingAuc([
        { score: 3, accepted: 1, rejected: 0 },
        { score: 3, accepted: 0, rejected: 1 },
      ]),
    ).toBe(0.5);
  });

  it('AUC has nothing to compare without both verdicts', () => {
    expect(rankingAuc([{ score: 3, accepted: 5, rejected: 0 }])).toBeNull();
    expect(rankingAuc([])).toBeNull();
  });

  it('reads a panel mean as the nearest point of the scale', () => {
    expect([1, 1.49, 1.5, 2.49, 2.5, 3.49, 3.5, 4].map(recommendationOf)).toEqual([
      'strong_no',
      'strong_no',
      'no',
      'no',
      'yes',
      'yes',
      'strong_yes',
      'strong_yes',
    ]);
  });

  const table = [
    { recommendation: 'strong_yes' as const, accepted: 4, rejected: 1 },
    { recommendation: 'yes' as const, accepted: 2, rejected: 3 },
    { recommendation: 'no' as const, accepted: 1, rejected: 1 },
  ];
  const scores = [
    { score: 3.8, accepted: 4, rejected: 1 },
    { score: 3, accepted: 2, rejected: 3 },
    { score: 2, accepted: 1, rejected: 1 },
  ];

  it('builds the confusion table, the agreement rate and the acceptance per recommendation', () => {
    const agreement = measureAgreement(table, scores, 5);
    expect(agreement).toMatchObject({ cases: 12, accepted: 7, rejected: 5 });
    expect(agreement.table).toEqual([
      { recommendation: 'strong_no', accepted: 0, rejected: 0 },
      { recommendation: 'no', accepted: 1, rejected: 1 },
      { recommendation: 'yes', accepted: 2, rejected: 3 },
      { recommendation: 'strong_yes', accepted: 4, rejected: 1 },
    ]);
    // Same side: 4 + 2 accepted after HR's yes, 1 rejected after HR's no.
    expect(agreement.agreementRate).toEqual({ value: 7 / 12, hiddenBecause: null });
    const rate = (r: string) =>
      agreement.byRecommendation.find((row) => row.recommendation === r)!.acceptanceRate;
    expect(rate('strong_yes')).toEqual({ value: 0.8, hiddenBecause: null });
    expect(rate('yes')).toEqual({ value: 0.4, hiddenBecause: null });
    expect(rate('no')).toEqual({ value: null, hiddenBecause: 'too_few_cases' });
    expect(rate('strong_no')).toEqual({ value: null, hiddenBecause: 'too_few_cases' });
    // Accepted above rejected: 4 at 3.8 beat 3 + 1 rejected below and tie ½ with 1 → 4·4.5 = 18;
    // 2 at 3 beat 1 below and tie 3 → 2·2.5 = 5; 1 at 2 ties 1 → 0.5. (18 + 5 + 0.5) / 35.
    expect(agreement.auc.value).toBeCloseTo(23.5 / 35, 10);
  });

  it('hides every rate below the minimum sample but keeps the counts', () => {
    const agreement = measureAgreement(table, scores, 13);
    expect(agreement.cases).toBe(12);
    expect(agreement.agreementRate).toEqual({ value: null, hiddenBecause: 'too_few_cases' });
    expect(agreement.auc).toEqual({ value: null, hiddenBecause: 'too_few_cases' });
  });

  it('says when the AUC has nothing to compare (the user accepted everyone)', () => {
    const agreement = measureAgreement(
      [{ recommendation: 'yes', accepted: 6, rejected: 0 }],
      [{ score: 3, accepted: 6, rejected: 0 }],
      5,
    );
    expect(agreement.auc).toEqual({ value: null, hiddenBecause: 'nothing_to_compare' });
    expect(agreement.agreementRate.value).toBe(1);
  });
});

describe('interviewer calibration', () => {
  const none = { strong_no: 0, no: 0, yes: 0, strong_yes: 0 };

  it('half a point above the rest of the panel is lenient, half below severe', () => {
    expect([0.5, 0.49, 0, -0.49, -0.5].map(standingOf)).toEqual([
      'lenient',
      'in_line',
      'in_line',
      'in_line',
      'severe',
    ]);
  });

  it('compares an interviewer with the rest of the same panels', () => {
    const calibration = calibrateAttribute(
      {
        attribute: 'communication',
        own: { ...none, strong_yes: 3, yes: 2 },
        panel: { ...none, yes: 4, no: 1 },
        comparisons: 5,
        differenceSum: 3,
      },
      5,
    );
    expect(calibration.ownMean).toBeCloseTo(3.6, 10);
    expect(calibration.panelMean).toBeCloseTo(2.8, 10);
    expect(calibration.difference.value).toBeCloseTo(0.6, 10);
    expect(calibration.standing).toEqual({ value: 'lenient', hiddenBecause: null });
  });

  it('hides the standing below the minimum sample', () => {
    const calibration = calibrateAttribute(
      {
        attribute: 'communication',
        own: { ...none, no: 3 },
        panel: { ...none, yes: 3 },
        comparisons: 3,
        differenceSum: -3,
      },
      5,
    );
    expect(calibration.standing).toEqual({ value: null, hiddenBecause: 'too_few_cases' });
    expect(calibration.ownMean).toBe(2);
  });

  it('a recommendation matches the decision on the same side', () => {
    expect(recommendationMatches('yes', true)).toBe(true);
    expect(recommendationMatches('strong_yes', false)).toBe(false);
    expect(recommendationMatches('no', true)).toBe(false);
    expect(recommendationMatches('strong_no', false)).toBe(true);
  });

  it('a scorecard is due on the first working day after the interview', () => {
    // 2026-12-03 is a Thursday.
    expect(scorecardDueDate('2026-12-03')).toBe('2026-12-04');
    expect(scorecardDueDate('2026-12-04')).toBe('2026-12-07');
    expect(scorecardDueDate('2026-12-05')).toBe('2026-12-07');
    expect(scorecardDueDate('2026-12-06')).toBe('2026-12-07');
  });

  it("the due date agrees with Today's overdue rule and with the report's SQL formula", () => {
    for (let day = 0; day < 14; day += 1) {
      const date = new Date(Date.UTC(2026, 11, 1 + day)).toISOString().slice(0, 10);
      const due = scorecardDueDate(date);
      const interviewEnd = new Date(startOfJakartaDay(date).getTime() + 15 * 3_600_000);
      const lastMinuteOfDue = new Date(startOfJakartaDay(due).getTime() + 86_399_000);
      const dayAfterDue = new Date(startOfJakartaDay(due).getTime() + 86_400_000 + 60_000);
      expect(isScorecardOverdue(interviewEnd, lastMinuteOfDue)).toBe(false);
      expect(isScorecardOverdue(interviewEnd, dayAfterDue)).toBe(true);
      const isoWeekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
      const sqlDays = isoWeekday === 5 ? 3 : isoWeekday === 6 ? 2 : 1;
      expect(Date.parse(due) - Date.parse(date)).toBe(sqlDays * 86_400_000);
    }
  });
});

describe('offer outcomes', () => {
  it('places a salary against the band, either end open', () => {
    const band = { min: 8_000_000, max: 10_000_000 };
    expect(bandPosition(7_999_999, band)).toBe('below_band');
    expect(bandPosition(8_000_000, band)).toBe('within_band');
    expect(bandPosition(10_000_000, band)).toBe('within_band');
    expect(bandPosition(10_000_001, band)).toBe('above_band');
    expect(bandPosition(9_000_000, { min: null, max: null })).toBe('no_band');
    expect(bandPosition(1, { min: null, max: 5 })).toBe('within_band');
  });

  it('rates acceptance over answered offers and hides small samples', () => {
    const tally = {
      made: 9,
      accepted: 4,
      declined: 2,
      withdrawn: 1,
      waiting: 2,
      declineReasons: { salary: 1, not_given: 1 },
      answerDays: { answered: 6, median: 2.5, p90: 6 },
      acceptedSalaries: { within_band: 3, above_band: 1 },
    } as const;
    const outcomes = summariseOffers(tally, 5);
    expect(outcomes.acceptanceRate.value).toBeCloseTo(4 / 6, 10);
    expect(outcomes.answerDays.median).toEqual({ value: 2.5, hiddenBecause: null });
    expect(outcomes.declineReasons.find((r) => r.reason === 'salary')!.count).toBe(1);
    expect(outcomes.declineReasons.find((r) => r.reason === 'not_given')!.count).toBe(1);
    expect(outcomes.declineReasons.find((r) => r.reason === 'benefits')!.count).toBe(0);
    expect(outcomes.acceptedSalaries).toEqual([
      { position: 'below_band', count: 0 },
      { position: 'within_band', count: 3 },
      { position: 'above_band', count: 1 },
      { position: 'no_band', count: 0 },
    ]);
    const few = summariseOffers(tally, 7);
    expect(few.acceptanceRate).toEqual({ value: null, hiddenBecause: 'too_few_cases' });
    expect(few.answerDays.p90).toEqual({ value: null, hiddenBecause: 'too_few_cases' });
    expect(few.made).toBe(9);
  });
});
