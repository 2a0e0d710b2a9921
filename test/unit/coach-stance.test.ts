import { describe, expect, test } from 'vitest';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { buildContext } from '../../src/domain/coach/context';
import { answerFeatures } from '../../src/domain/coach/features';
import { ruleLabels } from '../../src/domain/coach/rule-labels';
import { findSelfDescriptions } from '../../src/domain/coach/self-description';

const input = (answer: string, language: 'id' | 'en'): AnswerInput => ({
  language,
  stage: 'hr',
  question: language === 'id' ? 'Ceritakan tentang diri Anda.' : 'Tell me about yourself.',
  answer,
});
const rules = (answer: string, language: 'id' | 'en') =>
  ruleLabels(buildContext(input(answer, language))).labels;
const selfDescriptions = (answer: string, language: 'id' | 'en') =>
  findSelfDescriptions(buildContext(input(answer, language))).map((e) => e.text);

describe('self-descriptions by their frame', () => {
  test('any adjective in "I am a … person" or "saya ini orangnya …" is a claim', () => {
    expect(selfDescriptions('I am a steady and thorough person.', 'en')).toEqual([
      'I am a steady and thorough person',
    ]);
    expect(selfDescriptions("I'm the kind of person who finishes things.", 'en')).toHaveLength(1);
    expect(selfDescriptions('Saya ini orangnya telaten, Pak.', 'id')).toEqual([
      'Saya ini orangnya telaten',
    ]);
    expect(selfDescriptions('Aku tipe orang yang nggak gampang nyerah.', 'id')).toHaveLength(1);
    expect(selfDescriptions('Kelebihan saya adalah komunikasi.', 'id')).toHaveLength(1);
    expect(selfDescriptions('My strength is patience with customers.', 'en')).toHaveLength(1);
  });

  test('near misses: a job, a place of origin, a negation, a past role', () => {
    expect(selfDescriptions('I am a nurse at a district hospital.', 'en')).toEqual([]);
    expect(selfDescriptions('I am not a morning person.', 'en')).toEqual([]);
    expect(selfDescriptions('I was a night-shift worker for two years.', 'en')).toEqual([]);
    expect(selfDescriptions('Saya orang Palembang, Bu.', 'id')).toEqual([]);
    expect(selfDescriptions('Saya yang bertanggung jawab atas gudang itu.', 'id')).toEqual([]);
  });

  test('a claim with no story is generic; the same claim backed by a story is not', () => {
    expect(rules('Saya ini orangnya telaten dan sabar.', 'id').genericClaim.value).toBe(true);
    const backed =
      'Saya ini orangnya telaten. Tahun lalu di gudang kami stok sering selisih, jadi saya mencocokkan ulang semua kartu stok tiap minggu dan selisihnya turun jadi nol.';
    expect(rules(backed, 'id').genericClaim.value).toBe(false);
  });
});

describe('judging a third party without a complaint verb', () => {
  test('veiled and ironic judgement of a boss or company is negativeFormer', () => {
    const en = "Let's just say my old supervisor was a real genius at losing paperwork.";
    const found = rules(en, 'en').negativeFormer;
    expect(found.value).toBe(true);
    expect(found.evidence.map((e) => e.text).join(' ')).toMatch(/Let's just say/);
    expect(
      rules('Katakanlah manajemen di sana agak seenaknya soal jadwal.', 'id').negativeFormer.value,
    ).toBe(true);
    expect(
      rules('Atasan saya dulu memang "tegas" kalau soal lembur.', 'id').negativeFormer.value,
    ).toBe(true);
  });

  test('near misses: the same words about no one, or said of oneself', () => {
    expect(
      rules("Let's just say I learned to double-check my own work.", 'en').negativeFormer.value,
    ).toBe(false);
    expect(
      rules('Katakanlah saya butuh dua minggu untuk beradaptasi.', 'id').negativeFormer.value,
    ).toBe(false);
    expect(
      rules('Saya dulu agak malas mencatat, sekarang tidak lagi.', 'id').negativeFormer.value,
    ).toBe(false);
  });

  test('a pause before an ironic word about others is a model cue, with its span', () => {
    const ctx = buildContext(input('The owner was... creative with our overtime.', 'en'));
    const f = answerFeatures(ctx, ruleLabels(ctx));
    expect(f.get('f:pauseAboutOthers')?.evidence[0]?.text).toBe('was... creative');
    const mine = buildContext(input('I was... nervous at first.', 'en'));
    expect(answerFeatures(mine, ruleLabels(mine)).has('f:pauseAboutOthers')).toBe(false);
  });
});
