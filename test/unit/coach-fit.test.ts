import { describe, expect, it } from 'vitest';
import {
  type AnswerInput,
  type AnswerLabel,
  answerLabels,
} from '../../src/domain/coach/answer-analysis';
import { analyzeAnswer } from '../../src/domain/coach/analyze-answer';
import {
  MODEL_MARGIN,
  choose,
  exampleOf,
  fitChoice,
  shippedTraining,
  writerFolds,
} from '../../scripts/coach-evaluation';
import { type LabelledAnswer, trainLabel } from '../../scripts/coach-training';
import { expectFindingEvidence } from '../support/coach-evidence';

// Answers written for these tests, not taken from any labelled file.
const none = () =>
  Object.fromEntries(answerLabels.map((l) => [l, false])) as LabelledAnswer['labels'];
let n = 0;
const record = (
  writer: string,
  lang: 'id' | 'en',
  answer: string,
  on: AnswerLabel[],
): LabelledAnswer => ({
  id: `fit-${n++}`,
  writer,
  lang,
  stage: 'hr',
  question: lang === 'id' ? 'Ceritakan pengalaman Anda.' : 'Tell me about your experience.',
  answer,
  labels: { ...none(), ...Object.fromEntries(on.map((l) => [l, true])) },
});

const pool = [
  record(
    'w1',
    'en',
    'Last spring our returns piled up, so I rebuilt the triage sheet and the backlog fell by half.',
    ['situation', 'action', 'result', 'quantified'],
  ),
  record('w1', 'en', 'A good cashier should always count the float twice and stay calm.', [
    'theoretical',
  ]),
  record('w1', 'en', 'My old supervisor was useless and blamed us for his own mistakes.', [
    'negativeFormer',
  ]),
  record(
    'w1',
    'id',
    'Tahun lalu stok gudang sering selisih, saya menyusun ulang kartu stok dan selisihnya hilang.',
    ['situation', 'action', 'result'],
  ),
  record('w2', 'id', 'Menurut saya staf gudang harus teliti dan sebaiknya mencatat semua barang.', [
    'theoretical',
  ]),
  record('w2', 'id', 'Jujur saya tidak punya kelemahan, pertanyaannya kurang relevan.', [
    'defensive',
  ]),
  record('w2', 'en', 'Honestly I have no weaknesses and I do not see the point of this question.', [
    'defensive',
  ]),
  record(
    'w2',
    'en',
    'In March the café lost two baristas; I retrained the new hires and sales stayed flat.',
    ['situation', 'action', 'result'],
  ),
].map(exampleOf);

describe('fitting the coach', () => {
  it('is deterministic: the same answers give the same weights', () => {
    const rows = pool.map((e) => e.features);
    const targets = pool.map((e) => e.record.labels.theoretical);
    expect(trainLabel(rows, targets)).toEqual(trainLabel(rows, targets));
    expect(JSON.stringify(shippedTraining(pool))).toBe(JSON.stringify(shippedTraining(pool)));
  });

  it('holds out one writer at a time and keeps the rules unless the model beats them', () => {
    const folds = writerFolds(pool);
    expect(folds.count).toBe(2);
    expect(folds.of).toEqual(pool.map((e) => (e.record.writer === 'w1' ? 0 : 1)));
    const chosen = choose(pool, folds);
    for (const l of answerLabels) {
      const c = chosen.shipped[l];
      if (c.by === 'model') expect(c.f1).toBeGreaterThanOrEqual(chosen.rules[l] + MODEL_MARGIN);
      else expect(c.f1).toBe(chosen.rules[l]);
    }
    // Only the labels given to the model get weights.
    const model = fitChoice(pool, chosen.shipped);
    for (const l of answerLabels)
      expect(model[l] !== undefined).toBe(chosen.shipped[l].by === 'model');
  });
});

const ask = (language: 'id' | 'en', answer: string, question?: string): AnswerInput => ({
  language,
  stage: 'hr',
  question:
    question ??
    (language === 'id'
      ? 'Kenapa Anda keluar dari pekerjaan sebelumnya?'
      : 'Why did you leave your last job?'),
  answer,
});
const verdict = (input: AnswerInput, label: AnswerLabel) => {
  const finding = analyzeAnswer(input).labels[label];
  // A flagged label always shows the words that triggered it, inside the answer.
  expectFindingEvidence(input.answer, finding, label);
  return finding.value;
};

describe('the shipped coach near the line, both ways', () => {
  it('badmouthing a former boss, and leaving with no one blamed', () => {
    expect(
      verdict(
        ask(
          'en',
          'My last manager took the credit for every report I wrote and shouted at us in front of clients.',
        ),
        'negativeFormer',
      ),
    ).toBe(true);
    expect(
      verdict(
        ask(
          'en',
          'The branch closed after the merger, so my role ended. My manager there taught me a lot and we still talk.',
        ),
        'negativeFormer',
      ),
    ).toBe(false);
    expect(
      verdict(
        ask(
          'id',
          'Atasan saya yang lama suka marah-marah di depan pelanggan dan tidak pernah mau mendengar masukan tim.',
        ),
        'negativeFormer',
      ),
    ).toBe(true);
    expect(
      verdict(
        ask(
          'id',
          'Saya keluar karena pabriknya pindah ke Batang, terlalu jauh dari keluarga. Atasan saya di sana sangat membantu.',
        ),
        'negativeFormer',
      ),
    ).toBe(false);
  });

  it('what one should do, and what I did', () => {
    expect(
      verdict(
        ask(
          'en',
          'A good nurse should always double-check the chart and would ask the doctor whenever a dose looks wrong.',
          'How do you handle a medication error?',
        ),
        'theoretical',
      ),
    ).toBe(true);
    expect(
      verdict(
        ask(
          'en',
          'Last month I caught a wrong dose on the chart, called the doctor, and we corrected it before the round.',
          'How do you handle a medication error?',
        ),
        'theoretical',
      ),
    ).toBe(false);
    expect(
      verdict(
        ask(
          'id',
          'Menurut saya seorang kasir harus selalu teliti dan sebaiknya menghitung uang dua kali sebelum tutup.',
          'Bagaimana Anda menangani selisih kas?',
        ),
        'theoretical',
      ),
    ).toBe(true);
    expect(
      verdict(
        ask(
          'id',
          'Minggu lalu kas saya selisih lima puluh ribu, saya cek ulang struk satu per satu dan ketemu salah input.',
          'Bagaimana Anda menangani selisih kas?',
        ),
        'theoretical',
      ),
    ).toBe(false);
  });

  it('deflecting the question, and owning a weakness', () => {
    expect(
      verdict(
        ask(
          'en',
          "Honestly, I don't really have weaknesses, and I'm not sure why that matters for this job.",
        ),
        'defensive',
      ),
    ).toBe(true);
    expect(
      verdict(
        ask(
          'en',
          'My weakness is speaking up in meetings; last year I joined a Toastmasters club and gave four talks.',
        ),
        'defensive',
      ),
    ).toBe(false);
  });
});
