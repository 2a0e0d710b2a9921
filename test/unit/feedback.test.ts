import { describe, expect, test } from 'vitest';
import {
  answerLabels,
  type AnswerAnalysis,
  type AnswerInput,
  type AnswerLabel,
} from '../../src/domain/coach/answer-analysis';
import { buildFeedback } from '../../src/domain/coach/feedback';

/** An analysis with the given labels true, each with one piece of evidence, and the given metrics. */
function analysisWith(
  labels: AnswerLabel[],
  metrics: Partial<AnswerAnalysis['metrics']> = {},
): AnswerAnalysis {
  return {
    labels: Object.fromEntries(
      answerLabels.map((label, index) => [
        label,
        {
          value: labels.includes(label),
          evidence: labels.includes(label) ? [{ text: label, start: index, end: index + 1 }] : [],
        },
      ]),
    ) as AnswerAnalysis['labels'],
    metrics: {
      words: 120,
      sentences: 6,
      speakingSeconds: 55,
      fillers: 0,
      fillersPer100Words: 0,
      numbers: [],
      jobTerms: { used: [], missed: [] },
      ...metrics,
    },
    claims: [],
    tone: { sarcasm: [] },
  };
}

const input = (stage: 'hr' | 'user'): AnswerInput => ({
  language: 'id',
  stage,
  // A question that asks for an example: story, steps and numbers are advice only there.
  question: 'Ceritakan saat Anda menyelesaikan masalah.',
  answer: 'masalah',
});
const codes = (points: { code: string }[]) => points.map((p) => p.code);

describe('buildFeedback', () => {
  test('a complete STAR story with numbers and no red flags is strong, with its strengths named', () => {
    const feedback = buildFeedback(
      analysisWith(['situation', 'task', 'action', 'result', 'quantified']),
      input('user'),
    );
    expect(feedback.summary).toBe('strong');
    expect(codes(feedback.strengths)).toEqual(
      expect.arrayContaining(['star_complete', 'has_numbers', 'no_red_flags', 'good_length']),
    );
    expect(feedback.improvements).toEqual([]);
  });

  test('at the HR stage, badmouthing a former employer comes first, with its evidence', () => {
    const feedback = buildFeedback(analysisWith(['negativeFormer', 'genericClaim']), input('hr'));
    expect(feedback.summary).toBe('red_flag');
    expect(feedback.improvements[0]).toMatchObject({
      code: 'no_badmouthing',
      evidence: [{ text: 'negativeFormer' }],
    });
    expect(codes(feedback.improvements)).toContain('back_claims');
    expect(feedback.improvements.length).toBeLessThanOrEqual(3);
  });

  test('at the user stage, a theoretical answer is first asked for a real example, then for numbers and the job', () => {
    const analysis = analysisWith(['theoretical'], {
      jobTerms: { used: [], missed: ['SQL', 'Looker Studio'] },
    });
    const feedback = buildFeedback(analysis, input('user'));
    expect(feedback.summary).toBe('needs_example');
    expect(codes(feedback.improvements)).toEqual([
      'give_own_example',
      'add_numbers',
      'use_job_terms',
    ]);
    expect(feedback.improvements[2]!.params).toEqual({ terms: 'SQL, Looker Studio' });
  });

  test('a story without a result asks for the result, pointing at the last action', () => {
    const feedback = buildFeedback(analysisWith(['situation', 'action']), input('hr'));
    expect(feedback.summary).toBe('almost');
    expect(feedback.improvements.find((p) => p.code === 'add_result')?.evidence).toEqual([
      { text: 'action', start: 2, end: 3 },
    ]);
  });

  test('fillers and length are named with their figures', () => {
    const feedback = buildFeedback(
      // Without its result: a complete story in 25 words is concise, not short.
      analysisWith(['situation', 'action', 'fillerHeavy'], {
        words: 25,
        fillersPer100Words: 8.04,
      }),
      input('hr'),
    );
    const byCode = Object.fromEntries(feedback.improvements.map((p) => [p.code, p.params]));
    expect(byCode.too_short).toEqual({ words: 25 });
    expect(byCode.cut_fillers).toEqual({ rate: 8, fillers: '"fillerheavy"' });
    const long = buildFeedback(
      analysisWith(['situation', 'action', 'result'], { words: 420, speakingSeconds: 194 }),
      input('user'),
    );
    expect(codes(long.improvements)).toContain('too_long');
  });

  test('a defensive answer is a red flag at either stage', () => {
    for (const stage of ['hr', 'user'] as const) {
      const feedback = buildFeedback(analysisWith(['defensive']), input(stage));
      expect(feedback.summary).toBe('red_flag');
      expect(codes(feedback.improvements)).toContain('own_the_weakness');
    }
  });
});
