import { describe, expect, test } from 'vitest';
import type { FocusAttribute } from '../../src/domain/interview';
import {
  checkScorecardComplete,
  checkScorecardDraft,
  ratingsAround,
  type AttributeRating,
  type Rating,
  type ScorecardContent,
} from '../../src/domain/scorecard';

const plan: FocusAttribute[] = ['technical_skill', 'problem_analysis', 'tool_mastery'];

const rated = (attribute: FocusAttribute, rating: Rating | null = 'yes'): AttributeRating => ({
  attribute,
  rating,
  evidence: rating ? 'Explained the rollback step by step' : '',
});

const content = (
  ratings: AttributeRating[],
  recommendation: Rating | null = 'yes',
): ScorecardContent => ({ ratings, recommendation, summary: '', questionNotes: {} });

const codesByPath = (problems: { path: string; code: string }[]) =>
  Object.fromEntries(problems.map((p) => [p.path, p.code]));

describe('checkScorecardDraft', () => {
  test('a partial draft is fine: unrated attributes, no recommendation yet', () => {
    const draft = content([rated('technical_skill'), rated('tool_mastery', null)], null);
    expect(checkScorecardDraft(draft, plan)).toEqual([]);
    expect(checkScorecardDraft(content([], null), plan)).toEqual([]);
  });

  test('rating an attribute the plan does not ask about is refused at its position', () => {
    const draft = content([rated('technical_skill'), rated('culture_fit')]);
    expect(codesByPath(checkScorecardDraft(draft, plan))).toEqual({
      'ratings.1.attribute': 'unknown_attribute',
    });
  });

  test('rating the same attribute twice is refused at the second one', () => {
    const draft = content([
      rated('problem_analysis', 'yes'),
      rated('technical_skill'),
      rated('problem_analysis', 'strong_no'),
    ]);
    expect(codesByPath(checkScorecardDraft(draft, plan))).toEqual({
      'ratings.2.attribute': 'duplicate',
    });
  });

  test('every problem is reported at once', () => {
    const draft = content([
      rated('attitude'),
      rated('tool_mastery'),
      rated('tool_mastery'),
      rated('discipline'),
    ]);
    expect(codesByPath(checkScorecardDraft(draft, plan))).toEqual({
      'ratings.0.attribute': 'unknown_attribute',
      'ratings.2.attribute': 'duplicate',
      'ratings.3.attribute': 'unknown_attribute',
    });
  });
});

describe('checkScorecardComplete', () => {
  const full = () => plan.map((attribute) => rated(attribute));

  test('a scorecard rating every plan attribute with a recommendation can be submitted', () => {
    expect(checkScorecardComplete(content(full(), 'strong_no'), plan)).toEqual([]);
  });

  test('the order of the ratings does not matter', () => {
    expect(checkScorecardComplete(content(full().reverse()), plan)).toEqual([]);
  });

  test('an attribute left unrated must be rated before submitting', () => {
    const ratings = full();
    ratings[1] = rated('problem_analysis', null);
    const problems = checkScorecardComplete(content(ratings), plan);
    expect(codesByPath(problems)).toEqual({ 'ratings.1.rating': 'rating_required' });
    expect(problems[0]!.message).toContain('problem_analysis');
  });

  test('an attribute missing from the ratings is named by the attribute', () => {
    const ratings = full().filter((r) => r.attribute !== 'tool_mastery');
    expect(codesByPath(checkScorecardComplete(content(ratings), plan))).toEqual({
      'ratings.tool_mastery': 'rating_required',
    });
  });

  test('the overall recommendation is required', () => {
    expect(codesByPath(checkScorecardComplete(content(full(), null), plan))).toEqual({
      recommendation: 'required',
    });
  });

  test('draft problems still apply when submitting, alongside the missing parts', () => {
    const ratings = [rated('technical_skill'), rated('attitude')];
    expect(codesByPath(checkScorecardComplete(content(ratings, null), plan))).toEqual({
      'ratings.1.attribute': 'unknown_attribute',
      'ratings.problem_analysis': 'rating_required',
      'ratings.tool_mastery': 'rating_required',
      recommendation: 'required',
    });
  });

  test('evidence is encouraged but not required', () => {
    const ratings = full().map((r) => ({ ...r, evidence: '' }));
    expect(checkScorecardComplete(content(ratings), plan)).toEqual([]);
  });
});

describe('ratingsAround: the words an average recommendation stands for', () => {
  test('a whole average is one rating', () => {
    expect(ratingsAround(4)).toEqual(['strong_yes']);
    expect(ratingsAround(1)).toEqual(['strong_no']);
    expect(ratingsAround(3)).toEqual(['yes']);
  });

  test('an average between two ratings names both, lower first', () => {
    expect(ratingsAround(3.5)).toEqual(['yes', 'strong_yes']);
    expect(ratingsAround(2.25)).toEqual(['no', 'yes']);
  });
});
