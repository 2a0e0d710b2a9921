import { describe, expect, test } from 'vitest';
import { analyzeAnswer } from '../../src/domain/coach/analyze-answer';

// Sentences written for these tests, not taken from any labelled answer. A sentence can name the
// old office in one clause and speak of the candidate alone in the next: a judging word there
// ("bingung banget", "really lost") is about the candidate, not about anyone at the old job.
const badmouths = (answer: string, language: 'id' | 'en') =>
  analyzeAnswer({
    language,
    stage: 'hr',
    question:
      language === 'id'
        ? 'Ceritakan saat Anda harus beradaptasi dengan perubahan.'
        : 'Tell me about a time you had to adapt to a change.',
    answer,
  }).labels.negativeFormer.value;

describe('a judging word in a clause about the speaker judges nobody else', () => {
  test('the office named in one clause, the speaker confused in the next', () => {
    expect(
      badmouths(
        'Iya kak, dulu kantor pindah ke aplikasi absen, awalnya gue pusing banget sih, tapi ya lama-lama terbiasa juga.',
        'id',
      ),
    ).toBe(false);
    expect(
      badmouths(
        'Last year the company moved to a new CRM, and I was really lost at first, so I asked a colleague to walk me through it.',
        'en',
      ),
    ).toBe(false);
  });

  test('the same sentence shape that judges the manager is still flagged', () => {
    expect(
      badmouths(
        'Iya kak, dulu kantor pindah ke aplikasi absen, manajernya lambat banget sih, nggak pernah jelas kasih arahan ke tim.',
        'id',
      ),
    ).toBe(true);
    expect(
      badmouths(
        'Last year the company moved to a new CRM, my manager was really useless, he never explained anything to the team.',
        'en',
      ),
    ).toBe(true);
  });
});
