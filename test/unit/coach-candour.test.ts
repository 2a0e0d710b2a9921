import { describe, expect, test } from 'vitest';
import { analyzeAnswer } from '../../src/domain/coach/analyze-answer';

// Sentences written for this test, not taken from any labelled answer.
const weakness = {
  en: 'What is one of your weaknesses, and what are you doing about it?',
  id: 'Apa kekurangan Anda, dan apa yang sedang Anda lakukan untuk memperbaikinya?',
} as const;

const defensive = (language: 'id' | 'en', answer: string) =>
  analyzeAnswer({ language, stage: 'hr', question: weakness[language], answer }).labels.defensive;

describe('"honestly" owning a weakness is candour, not defence', () => {
  test('a weakness owned after "honestly" / "jujur" is not defensive', () => {
    expect(
      defensive(
        'en',
        'Honestly, I rush my checks when the queue is long. I now keep a short checklist by the till.',
      ).value,
    ).toBe(false);
    expect(
      defensive(
        'id',
        'Jujur, saya suka menunda laporan mingguan. Sekarang saya pasang pengingat tiap Kamis sore.',
      ).value,
    ).toBe(false);
  });

  test('"honestly" before denying any weakness is still defensive, shown by the denial', () => {
    const found = defensive('en', 'Honestly, I do not really have weaknesses worth mentioning.');
    expect(found.value).toBe(true);
    expect(found.evidence.some((span) => /weakness/i.test(span.text))).toBe(true);
  });
});
