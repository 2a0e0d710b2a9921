import { describe, expect, test } from 'vitest';
import { analyzeAnswer } from '../../src/domain/coach/analyze-answer';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { buildFeedback } from '../../src/domain/coach/feedback';

// Sentences written for these tests, not taken from any labelled answer.
const ask = (
  question: string,
  answer: string,
  language: 'id' | 'en' = 'en',
  stage: 'hr' | 'user' = 'hr',
): AnswerInput => ({ language, stage, question, answer });

const coach = (input: AnswerInput) => {
  const analysis = analyzeAnswer(input);
  return { analysis, feedback: buildFeedback(analysis, input) };
};

describe('badmouthing needs someone judged, not a bare "no"', () => {
  const whyLeave = 'Why do you want to leave your current company?';

  test('a negation about a role, an opening or a shortcut judges nobody', () => {
    for (const answer of [
      'For six years I have closed every month on time, and now I want to analyse the figures as well. My company has no analytics role, so I am looking outside.',
      'Our team lead told me there is no shortcut in reconciliation, and I agree: I match every line.',
      'The firm has no opening in Surabaya, and my family is moving there in March.',
    ]) {
      const { analysis } = coach(ask(whyLeave, answer));
      expect(analysis.labels.negativeFormer.value, answer).toBe(false);
    }
  });

  test('a negation that denies the party what it owes still is badmouthing, with those words as evidence', () => {
    const { analysis } = coach(
      ask(whyLeave, 'My supervisor gave us no support and never explained a single decision.'),
    );
    expect(analysis.labels.negativeFormer.value).toBe(true);
    const evidence = analysis.labels.negativeFormer.evidence.map((e) => e.text);
    expect(evidence.some((e) => /no support|never explained/.test(e))).toBe(true);
    expect(evidence).not.toEqual(['no']);
  });

  test('a manager who is "no good" is judged', () => {
    const { analysis } = coach(
      ask(whyLeave, 'Honestly my manager is no good at planning anything.'),
    );
    expect(analysis.labels.negativeFormer.value).toBe(true);
    expect(analysis.labels.negativeFormer.evidence.map((e) => e.text)).not.toEqual(['no']);
  });
});

describe('"did not answer the question" only when the answer is off the point', () => {
  const improvementCodes = (input: AnswerInput) =>
    coach(input).feedback.improvements.map((p) => p.code);

  test('a hobby answer to a question about work misses it, in both languages', () => {
    expect(
      improvementCodes(
        ask(
          'Hambatan apa yang paling sering Anda temui dalam pekerjaan?',
          'Saya hobi bulu tangkis setiap Minggu pagi dan dulu ikut paduan suara kampus selama tiga semester.',
          'id',
        ),
      ),
    ).toContain('answer_the_question');
    expect(
      improvementCodes(
        ask(
          'What obstacle do you run into most often at work?',
          'I play basketball every Sunday and I led the debate club at university for two years.',
        ),
      ),
    ).toContain('answer_the_question');
  });

  test('an answer about the boss to a question about the boss responds, sarcastic or not', () => {
    const codes = improvementCodes(
      ask(
        'Pernahkah Anda tidak sependapat dengan atasan? Bagaimana Anda menanganinya?',
        'Atasan saya dulu memang paling pintar sedunia, usul saya selalu dibuang. Ya sudah, saya diam saja.',
        'id',
      ),
    );
    expect(codes).not.toContain('answer_the_question');
  });

  test('a strengths answer with a result responds', () => {
    const codes = improvementCodes(
      ask(
        'What is your greatest strength? Tell me about a time it showed.',
        'My strength is preparation. Last year I prepared every file for the external audit myself and we finished with zero audit findings.',
      ),
    );
    expect(codes).not.toContain('answer_the_question');
  });

  test('a hobby answer to a question that is not about work is not told it misses it', () => {
    const codes = improvementCodes(
      ask('Apa yang Anda lakukan di waktu luang?', 'Saya main futsal setiap Sabtu.', 'id'),
    );
    expect(codes).not.toContain('answer_the_question');
  });
});
