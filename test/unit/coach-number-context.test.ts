import { describe, expect, test } from 'vitest';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { buildContext } from '../../src/domain/coach/context';
import { numberPlaces } from '../../src/domain/coach/number-context';
import { findNumbers } from '../../src/domain/coach/quantified';

const analyse = (answer: string, language: 'id' | 'en') => {
  const input: AnswerInput = { language, stage: 'user', question: 'Tell me about it.', answer };
  const ctx = buildContext(input);
  return { ctx, numbers: findNumbers(ctx) };
};
const measures = (answer: string, language: 'id' | 'en') =>
  analyse(answer, language)
    .numbers.filter((n) => n.measure)
    .map((n) => n.evidence.text);
const places = (answer: string, language: 'id' | 'en') => {
  const { ctx, numbers } = analyse(answer, language);
  return numberPlaces(ctx, numbers).map((p) => [p.evidence.text, p.place]);
};

describe('numbers said as a multiple or a fraction', () => {
  test('"doubled", "halved", "two-thirds" count as numbers (en)', () => {
    expect(measures('After the new route plan, on-time deliveries doubled.', 'en')).toEqual([
      'doubled',
    ]);
    expect(measures('We halved the waiting time at the counter.', 'en')).toEqual(['halved']);
    expect(measures('I cleared two-thirds of the backlog in a week.', 'en')).toContain(
      'two-thirds',
    );
  });

  test('"sepertiga", "dua pertiga", "berlipat" count as numbers (id)', () => {
    expect(measures('Waktu tunggu pasien turun sepertiga.', 'id')).toEqual(['sepertiga']);
    expect(measures('Penjualan online kami naik berlipat.', 'id')).toEqual(['berlipat']);
    // Near miss: an ordinal is not a fraction.
    expect(measures('Itu percobaan ketiga saya.', 'id')).toEqual([]);
  });
});

describe('where a number stands: outcome, own work or setting', () => {
  test('a number in a sentence that says what changed is an outcome', () => {
    expect(places('Complaints dropped from 40 a week to 12.', 'en')).toEqual([
      ['40', 'numberOutcome'],
      ['12', 'numberOutcome'],
    ]);
    expect(places('Setelah itu waktu proses turun jadi 2 hari.', 'id')).toEqual([
      ['2', 'numberOutcome'],
    ]);
  });

  test('a number about the candidate’s own work is own work', () => {
    expect(places('I handled about 80 calls a day.', 'en')).toEqual([['80', 'numberOwnWork']]);
    expect(places('Saya pegang 14 kamar per shift.', 'id')).toEqual([['14', 'numberOwnWork']]);
  });

  test('a number in a sentence with no one of ours and no change sets the scene', () => {
    expect(places('The estate is 3,200 hectares with about 400 harvesters.', 'en')).toEqual([
      ['3,200', 'numberSetting'],
      ['400', 'numberSetting'],
    ]);
    expect(places('Pabriknya besar, karyawannya sekitar 1.800 orang.', 'id')).toEqual([
      ['1.800', 'numberSetting'],
    ]);
  });
});
