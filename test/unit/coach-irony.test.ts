import { describe, expect, test } from 'vitest';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { buildContext } from '../../src/domain/coach/context';
import { answerFeatures } from '../../src/domain/coach/features';
import { judgementEvidence, ruleLabels } from '../../src/domain/coach/rule-labels';

function features(answer: string, language: 'id' | 'en' = 'en') {
  const input: AnswerInput = {
    language,
    stage: 'hr',
    question: language === 'en' ? 'Why did you leave?' : 'Kenapa keluar?',
    answer,
  };
  const ctx = buildContext(input);
  return answerFeatures(ctx, ruleLabels(ctx));
}
const ironic = (answer: string, language: 'id' | 'en' = 'en') =>
  features(answer, language)
    .get('f:ironicPraiseOthers')
    ?.evidence.map((e) => e.text);

describe('a compliment turned up about someone else', () => {
  test('is a cue of judgement the candidate sees, in en and id', () => {
    expect(
      ironic('My old supervisor was very consistent: the same two friends got every bonus.'),
    ).toEqual(['very consistent']);
    expect(ironic('Atasan saya dulu kreatif banget soal jadwal lembur.', 'id')).toEqual([
      'kreatif banget',
    ]);
    expect(
      judgementEvidence(features('The owner had a remarkable talent for vanishing on payday.')).map(
        (e) => e.text,
      ),
    ).toContain('remarkable talent');
  });

  test('said of oneself, or without the turn-up, it is no cue', () => {
    expect(ironic('I am very consistent with my checklists before every shift.')).toBeUndefined();
    expect(ironic('My manager was consistent and fair with the rota.')).toBeUndefined();
  });

  test('a trainer or predecessor is someone else the answer can judge', () => {
    expect(
      features('My trainer never updated the price list.').get('f:othersNegated'),
    ).toBeDefined();
    expect(
      features('I never updated the price list myself.').get('f:othersNegated'),
    ).toBeUndefined();
  });
});
