import { describe, expect, test } from 'vitest';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { findBadmouthing } from '../../src/domain/coach/badmouthing';
import { buildContext } from '../../src/domain/coach/context';
import { ruleLabels } from '../../src/domain/coach/rule-labels';

// Sentences written for these tests, not taken from any labelled answer.
const input = (answer: string, language: 'id' | 'en'): AnswerInput => ({
  language,
  stage: 'hr',
  question: language === 'id' ? 'Ceritakan pengalaman kerja Anda.' : 'Tell me about your last job.',
  answer,
});
const found = (answer: string, language: 'id' | 'en') =>
  findBadmouthing(buildContext(input(answer, language))).map((e) => e.text);
const flagged = (answer: string, language: 'id' | 'en') =>
  ruleLabels(buildContext(input(answer, language))).labels.negativeFormer.value;

describe('badmouthing by structure: a party of the past job judged', () => {
  test('an insult or complaint with the employer as subject', () => {
    expect(found('My previous supervisor was frankly lazy about approvals.', 'en')).toContain(
      'lazy',
    );
    expect(found('Atasan saya yang lama itu pemalas, semua dilempar ke staf.', 'id')).toContain(
      'pemalas',
    );
    expect(flagged('Kantor gue dulu berantakan banget, SOP aja nggak ada.', 'id')).toBe(true);
  });

  test('pronouns and "there" point back to the past job once it is named', () => {
    const en = 'I spent three years at my old agency. Honestly, they never paid on time.';
    expect(found(en, 'en').join(' ')).toMatch(/they/);
    const id = 'Dulu aku kerja di perusahaan logistik lama. Mereka nggak pernah menghargai lembur.';
    expect(found(id, 'id').join(' ')).toMatch(/Mereka/);
    expect(flagged('At my last firm, people there were arrogant and petty.', 'en')).toBe(true);
  });

  test('a habitual hostile act and blame words', () => {
    expect(flagged('Bos saya sebelumnya selalu membentak staf di depan tamu.', 'id')).toBe(true);
    expect(flagged('My former manager was always yelling at the juniors.', 'en')).toBe(true);
    expect(flagged('Proyek itu mundur gara-gara manajer lama saya.', 'id')).toBe(true);
    expect(flagged('The launch slipped and honestly that was the fault of management.', 'en')).toBe(
      true,
    );
  });

  test('blame shifted: the candidate failed, someone else is the cause', () => {
    expect(
      flagged('Karena tim saya telat kirim data, jadi saya telat lapor ke klien.', 'id'),
    ).toBe(true);
    expect(flagged('I missed the deadline because the designers did not deliver.', 'en')).toBe(
      true,
    );
    expect(flagged('Akhirnya saya yang disalahkan atas selisih stok itu.', 'id')).toBe(true);
    expect(flagged('Saya dijadikan kambing hitam waktu audit.', 'id')).toBe(true);
    expect(flagged('In the end I got blamed for the outage.', 'en')).toBe(true);
    expect(flagged("It wasn't my fault. The warehouse team packed the wrong items.", 'en')).toBe(
      true,
    );
  });
});

describe('near misses: not badmouthing', () => {
  test('neutral reasons for leaving', () => {
    expect(flagged('I left my previous company because my contract ended in March.', 'en')).toBe(
      false,
    );
    expect(flagged('My old employer closed its Surabaya branch, so I relocated.', 'en')).toBe(
      false,
    );
    expect(
      flagged('Saya keluar dari kantor lama karena ingin berkembang di bidang data.', 'id'),
    ).toBe(false);
    expect(flagged('Perusahaan sebelumnya tutup karena pandemi, jadi saya cari kerja.', 'id')).toBe(
      false,
    );
  });

  test('criticism owned by the speaker, with a remedy of their own', () => {
    expect(
      flagged(
        'The onboarding at my last team was chaotic, so I wrote a checklist and it stuck.',
        'en',
      ),
    ).toBe(false);
    expect(
      flagged('Alur kerja di kantor lama agak berantakan, jadi saya usulkan papan tugas.', 'id'),
    ).toBe(false);
  });

  test('praise of the former employer, even with "never"', () => {
    expect(
      flagged('My former boss never let a sloppy report through, and I learned a lot.', 'en'),
    ).toBe(false);
    expect(flagged('Atasan saya dulu sangat mendukung dan saya banyak belajar.', 'id')).toBe(false);
  });

  test("a customer's problem is not the employer's", () => {
    expect(
      flagged(
        'At my previous job a customer was rude to me. He never listened, so I stayed calm.',
        'en',
      ),
    ).toBe(false);
    expect(
      flagged(
        'Di kantor lama ada pelanggan yang marah. Dia nggak pernah dengerin penjelasan, jadi saya tunjukkan datanya.',
        'id',
      ),
    ).toBe(false);
  });

  test('owning a failure, without blaming anyone', () => {
    expect(flagged('I missed the deadline because I underestimated the testing.', 'en')).toBe(
      false,
    );
    expect(flagged('Saya telat karena saya salah hitung waktu, dan itu salah saya.', 'id')).toBe(
      false,
    );
  });
});
