import { describe, expect, test } from 'vitest';
import { buildContext } from '../../src/domain/coach/context';
import { ruleLabels } from '../../src/domain/coach/rule-labels';

// Sentences written for these tests, not taken from any labelled answer.
const generic = (answer: string, language: 'id' | 'en', question?: string) =>
  ruleLabels(
    buildContext({
      language,
      stage: 'hr',
      question:
        question ?? (language === 'id' ? 'Apa kelebihan Anda?' : 'What are your strengths?'),
      answer,
    }),
  ).labels.genericClaim.value;

describe('genericClaim: a trait followed by a concrete episode is shown, not merely claimed', () => {
  test.each([
    "I'm a patient person, and the best example is from last October at the pharmacy. A pensioner came back three times about the same prescription, so I sat with him, wrote the dosage on a card and phoned his clinic.",
    "I'd call myself resilient. During the flood in March our depot in Bekasi lost power, and I moved the cold stock to the second truck by hand.",
    'I am very organised. For example, when our studio took on four weddings in one weekend, I drew up a shot list per couple and booked the second shooter a month ahead.',
  ])('en, shown by an episode: %s', (answer) => {
    expect(generic(answer, 'en')).toBe(false);
  });

  test.each([
    // The same traits with a habit or a plan after them, no moment: still a claim.
    "I'm a patient person and I always try to listen to people. I think that matters most in a pharmacy.",
    "I'd call myself resilient. I never give up and I would keep going whatever happens.",
    'I am very organised and detail-oriented, and I am disciplined about deadlines.',
  ])('en, still generic: %s', (answer) => {
    expect(generic(answer, 'en')).toBe(true);
  });

  test('id, shown by an episode placed in a moment', () => {
    expect(
      generic(
        'Saya orangnya sabar. Waktu itu ada pembeli yang marah karena paketnya telat, saya dengarkan dulu, lalu saya telepon kurirnya di depan dia.',
        'id',
      ),
    ).toBe(false);
  });

  test('id, a habit is no episode', () => {
    expect(
      generic(
        'Saya orangnya tekun dan bertanggung jawab. Saya selalu membalas chat pelanggan dan mengecek stok setiap pagi.',
        'id',
      ),
    ).toBe(true);
  });
});

describe('genericClaim: trait words that are not a claim about oneself (en)', () => {
  test.each([
    // A noun: the patient of a nurse.
    'I checked the chart again before I handed the patient over to the night team.',
    // Someone or something else is calm.
    'I kept the whole waiting room calm until the doctor arrived.',
    // A hedge, not a trait.
    "If I'm being honest, the audit took longer than I planned.",
    // A plan in a hypothetical answer.
    'I would stay calm, listen first and then offer the guest another room.',
    // A condition on terms.
    "I'm looking at around 9 million, and I'm flexible if the role has fewer weekend shifts.",
  ])('%s', (answer) => {
    expect(generic(answer, 'en', 'What would you do?')).toBe(false);
  });

  test.each([
    "I'm the one who stays calm when everything goes wrong, and people rely on me for that.",
    "I'm a calm and responsible driver, so I don't panic easily.",
    "Honestly, I'm too much of a perfectionist, that's all.",
  ])('still a claim: %s', (answer) => {
    expect(generic(answer, 'en')).toBe(true);
  });
});
