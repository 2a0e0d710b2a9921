import { describe, expect, test } from 'vitest';
import { analyzeAnswer } from '../../src/domain/coach/analyze-answer';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { buildContext } from '../../src/domain/coach/context';
import { buildFeedback } from '../../src/domain/coach/feedback';
import { findSarcasm } from '../../src/domain/coach/sarcasm';

// Sentences written for these tests, not taken from any labelled answer.
const input = (answer: string, language: 'id' | 'en'): AnswerInput => ({
  language,
  stage: 'hr',
  question: language === 'id' ? 'Kenapa Anda ingin pindah?' : 'Why do you want to move on?',
  answer,
});
const cues = (answer: string, language: 'id' | 'en') =>
  findSarcasm(buildContext(input(answer, language))).map((e) => e.text);

describe('sarcasm cues', () => {
  test('ironic assent: "oh sure", "yeah right", "ya kali", "iya deh"', () => {
    expect(cues('Oh sure, I just love working weekends for free.', 'en')).toContain('Oh sure');
    expect(cues('They said the raise was coming. Yeah right.', 'en')).toEqual(['Yeah right']);
    expect(cues('Katanya bonus cair bulan depan, ya kali.', 'id')).toEqual(['ya kali']);
    expect(cues('Semua kerjaan ditumpuk ke saya. Iya deh.', 'id')).toEqual(['Iya deh']);
  });

  test('loving a bad situation: praise and situation clash', () => {
    expect(cues('I absolutely love getting calls at midnight about reports.', 'en')).toEqual([
      'I absolutely love getting calls at midnight',
    ]);
    expect(cues('Aku seneng banget lembur tiap Sabtu.', 'id')).toEqual([
      'Aku seneng banget lembur',
    ]);
    expect(cues('Saya suka kerja tanpa dibayar, jelas.', 'id')).toEqual([
      'Saya suka kerja tanpa dibayar',
    ]);
  });

  test('scare quotes around praise or rank', () => {
    expect(cues('We had very "flexible" hours, meaning no fixed end.', 'en')).toEqual([
      '"flexible"',
    ]);
    expect(cues('Budayanya "kekeluargaan", jadi lembur dianggap wajar.', 'id')).toEqual([
      '"kekeluargaan"',
    ]);
  });

  test('near misses: sincere liking, plain assent, quoted speech, "ya" as yes', () => {
    expect(cues('I love solving hard bugs with the team.', 'en')).toEqual([]);
    expect(cues('Yeah, sure, I can start on Monday.', 'en')).toEqual([]);
    expect(cues('Our customers love the free delivery.', 'en')).toEqual([]);
    expect(cues('My manager said "ship it today" and we did.', 'en')).toEqual([]);
    expect(cues('Ya, saya siap lembur kalau memang dibutuhkan.', 'id')).toEqual([]);
    expect(cues('Iya deh, saya jelaskan dari awal ya, Bu.', 'id')).toEqual([]);
    expect(cues('Saya senang bekerja dengan data penjualan.', 'id')).toEqual([]);
    // A hobby at the weekend is not work at the weekend.
    expect(cues('I love cooking on weekends, especially rendang.', 'en')).toEqual([]);
    expect(cues('Aku suka main futsal pas libur.', 'id')).toEqual([]);
    expect(cues('I just love working weekends.', 'en')).toEqual(['I just love working weekends']);
  });
});

describe('sarcasm in the feedback', () => {
  test('a sarcastic answer is not praised as calm and is told to mind its tone', () => {
    const answer =
      'Oh sure, I just love working weekends for free. My last company was very "flexible" about hours, which meant we stayed until the client was happy. I handled the monthly reports for the sales team and kept them on time.';
    const analysis = analyzeAnswer(input(answer, 'en'));
    const feedback = buildFeedback(analysis, input(answer, 'en'));
    expect(feedback.strengths.map((p) => p.code)).not.toContain('calm_delivery');
    const tone = feedback.improvements.find((p) => p.code === 'mind_tone');
    expect(tone?.evidence.map((e) => e.text)).toContain('Oh sure');
  });

  test('the same answer said plainly keeps calm_delivery and gets no tone advice', () => {
    const answer =
      'My last company often asked for weekend work without extra pay, and I want a steadier rhythm. I handled the monthly reports for the sales team and kept them on time for two years, so I know how to plan around peaks.';
    const feedback = buildFeedback(analyzeAnswer(input(answer, 'en')), input(answer, 'en'));
    expect(feedback.strengths.map((p) => p.code)).toContain('calm_delivery');
    expect(feedback.improvements.map((p) => p.code)).not.toContain('mind_tone');
  });
});
