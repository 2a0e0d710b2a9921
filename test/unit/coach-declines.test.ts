import { describe, expect, test } from 'vitest';
import { analyzeAnswer } from '../../src/domain/coach/analyze-answer';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { declinesToAnswer } from '../../src/domain/coach/declines';
import { buildFeedback } from '../../src/domain/coach/feedback';
import { tokenize } from '../../src/domain/coach/tokens';

// Sentences written for these tests, not taken from any labelled answer.
const codes = (language: 'id' | 'en', question: string, answer: string) => {
  const input: AnswerInput = { language, stage: 'hr', question, answer };
  return buildFeedback(analyzeAnswer(input), input).improvements.map((p) => p.code);
};
const declined = (answer: string) => declinesToAnswer(tokenize(answer)).map((e) => e.text);

describe('a refusal to answer is an answer, not one off the question', () => {
  test.each([
    ['en', 'What was your last salary?', "I'd rather not say."],
    ['en', 'Why did your last project fail?', 'Pass, next question.'],
    [
      'en',
      'Which clients did you handle at your last firm?',
      "Sorry, I'm not allowed to share that.",
    ],
    ['en', 'What are you earning now?', "I'll keep that to myself for now, if that's all right."],
    [
      'id',
      'Proyek apa yang paling sulit di kantor lama Anda?',
      'Itu rahasia perusahaan, nggak bisa cerita.',
    ],
    ['id', 'Berapa gaji Anda sekarang?', 'Mohon maaf, saya lebih baik tidak menyebutkan.'],
    ['id', 'Kenapa Anda keluar dari pekerjaan sebelumnya?', 'Saya kurang nyaman membahasnya, Pak.'],
    [
      'id',
      'Kenapa Anda pindah dari bagian keuangan?',
      'Itu urusan pribadi, Pak. Boleh lanjut ke pertanyaan lain?',
    ],
  ] as const)('%s: "%s" / "%s"', (language, question, answer) => {
    expect(declined(answer).length, answer).toBeGreaterThan(0);
    expect(codes(language, question, answer)).not.toContain('answer_the_question');
  });

  test('evidence is the refusing words', () => {
    expect(declined('Itu rahasia perusahaan, nggak bisa cerita.')).toEqual([
      'Itu rahasia perusahaan',
      'nggak bisa cerita',
    ]);
    expect(declined("I'd rather not say.")).toEqual(["I'd rather not say"]);
  });

  test('near-misses: refusing someone else, or failing to do a thing, is no refusal to answer', () => {
    for (const answer of [
      'The client could not tell us the budget, so I drafted three options.',
      'I passed the certification exam on the second try.',
      'Kasir tidak boleh memberi diskon tanpa persetujuan supervisor.',
      'Saya tidak bisa buka aplikasi gudang waktu servernya mati.',
      'We had to skip lunch to finish the count.',
      'The rules say passengers cannot board without a ticket.',
    ])
      expect(declined(answer), answer).toEqual([]);
  });

  test('a refusal that turns to another topic is a deflection, still told to answer', () => {
    for (const [language, question, answer] of [
      [
        'en',
        'Why did you leave after six months?',
        "I'd rather not say. Let's focus on what I can do for you instead.",
      ],
      [
        'id',
        'Kenapa Anda keluar setelah enam bulan?',
        'Nggak bisa cerita, Pak. Mending kita bahas rencana saya ke depan.',
      ],
    ] as const) {
      expect(declined(answer).length, answer).toBeGreaterThan(0);
      expect(codes(language, question, answer), answer).toContain('answer_the_question');
    }
  });

  test('an off-topic answer that does not refuse is still told so', () => {
    expect(
      codes(
        'en',
        'What obstacle do you run into most often at work?',
        'I play basketball every Sunday and I led the debate club at university for two years.',
      ),
    ).toContain('answer_the_question');
  });
});
