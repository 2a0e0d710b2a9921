import { describe, expect, test } from 'vitest';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { analyzeAnswer } from '../../src/domain/coach/analyze-answer';
import { buildFeedback } from '../../src/domain/coach/feedback';

const feedbackOn = (answer: string, language: 'id' | 'en', jobTerms: string[]) => {
  const input: AnswerInput = {
    language,
    stage: 'user',
    question:
      language === 'id'
        ? 'Apa pengalaman Anda dengan alat ini?'
        : 'What is your experience with these tools?',
    answer,
    jobTerms,
  };
  const f = buildFeedback(analyzeAnswer(input), input);
  return {
    praised: f.strengths.find((p) => p.code === 'job_terms_used')?.params.terms,
    nearby: f.improvements.find((p) => p.code === 'show_nearby_experience'),
  };
};

describe('"I have not used X yet, but ..."', () => {
  test('en: the term is not praised as used; the tip asks for the nearest experience', () => {
    const { praised, nearby } = feedbackOn(
      'I have not used Tableau yet, but at my internship I built weekly sales charts in Excel for the area manager.',
      'en',
      ['Tableau', 'Excel'],
    );
    expect(praised).toBe('Excel');
    expect(nearby?.params.terms).toBe('Tableau');
    expect(nearby?.evidence.map((e) => e.text)).toEqual(['Tableau']);
  });

  test('id: "belum pernah pakai SAP, tapi ..."', () => {
    const { praised, nearby } = feedbackOn(
      'Jujur saya belum pernah pakai SAP, tapi di toko saya dulu saya yang pegang stok opname pakai Accurate tiap bulan.',
      'id',
      ['SAP', 'stok opname'],
    );
    expect(praised).toBe('stok opname');
    expect(nearby?.params.terms).toBe('SAP');
  });

  test('near misses: a term used after the "but", and a past gap already closed', () => {
    // The term is named again where the candidate did use it: it is used.
    const later = feedbackOn(
      'I had never used SQL before my last job. Then I wrote SQL reports every week for the finance team.',
      'en',
      ['SQL'],
    );
    expect(later.praised).toBe('SQL');
    expect(later.nearby).toBeUndefined();
    // "Never" about something else does not make the term unused.
    const other = feedbackOn(
      'I never missed a deadline; I planned every sprint in Jira and closed 40 tickets a month.',
      'en',
      ['Jira'],
    );
    expect(other.praised).toBe('Jira');
    expect(other.nearby).toBeUndefined();
  });
});
