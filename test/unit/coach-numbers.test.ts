import { describe, expect, test } from 'vitest';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { buildContext } from '../../src/domain/coach/context';
import { findNumbers } from '../../src/domain/coach/quantified';

const numbers = (
  answer: string,
  language: 'id' | 'en' = 'id',
  question = 'Ceritakan pengalaman Anda.',
) => {
  const input: AnswerInput = { language, stage: 'user', question, answer };
  return findNumbers(buildContext(input)).map((n) => ({
    text: n.evidence.text,
    measure: n.measure,
    reason: n.reason,
  }));
};
const measures = (...args: Parameters<typeof numbers>) =>
  numbers(...args)
    .filter((n) => n.measure)
    .map((n) => n.text);

describe('numbers that do not measure the candidate’s work', () => {
  test('"one by one" said by reduplication is a manner, not a count', () => {
    expect(measures('Saya periksa kabelnya satu-satu sampai ketemu yang putus.')).toEqual([]);
    expect(measures('Aku cek dokumennya dua-dua biar cepat.')).toEqual([]);
    // Near miss: a range of two different numbers still counts.
    expect(measures('Saya menambah dua-tiga pemasok baru tiap bulan.')).toEqual(['dua-tiga']);
  });

  test('a number that names a floor, line or machine is an identifier', () => {
    expect(numbers('Mesin nomor tiga di lantai dua mati saat shift malam.')).toEqual([
      { text: 'tiga', measure: false, reason: 'identifier' },
      { text: 'dua', measure: false, reason: 'identifier' },
    ]);
    expect(measures('The conveyor on line 4 kept jamming.', 'en')).toEqual([]);
    // Near miss: the count of floors is not a name.
    expect(measures('Saya mengawasi pemasangan keramik di dua lantai dalam seminggu.')).toEqual([
      'dua',
    ]);
  });

  test('pay asked or earned describes the offer, not the work', () => {
    expect(measures('Gaji saya sekarang 6,5 juta, dan saya berharap di kisaran 7 juta.')).toEqual(
      [],
    );
    expect(
      measures(
        'Saya berharap di kisaran 8 sampai 9 juta per bulan.',
        'id',
        'Berapa gaji yang Anda harapkan?',
      ),
    ).toEqual([]);
    expect(measures('My current salary is $4,000 a month.', 'en')).toEqual([]);
    // Near miss: under a pay question, an outcome the candidate achieved still counts.
    expect(
      measures(
        'Tahun lalu omzet toko naik 30 persen setelah saya atur ulang rak.',
        'id',
        'Berapa gaji yang Anda harapkan?',
      ),
    ).toEqual(['30 persen']);
  });
});
