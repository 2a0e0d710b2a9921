import { describe, expect, test } from 'vitest';
import { sameStem, stems } from '../../src/domain/coach/morphology';
import { tokenize } from '../../src/domain/coach/tokens';

describe('tokenize', () => {
  test('keeps exact offsets, numbers with separators and hyphenated words', () => {
    const text = 'Omzet naik 12,5% jadi Rp 3.400.000, kata HRD-nya.';
    const doc = tokenize(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toContain('12,5');
    expect(doc.tokens.map((t) => t.text)).toContain('3.400.000');
    const hrd = doc.tokens.find((t) => t.text === 'HRD-nya');
    expect(hrd?.key).toBe('hrd');
  });

  test('splits English contractions into words sharing the original span', () => {
    const doc = tokenize("I'd say we didn't.");
    expect(doc.tokens.map((t) => t.low)).toEqual(['i', "'d", 'say', 'we', 'did', 'not', '.']);
    const not = doc.tokens[5];
    expect(not?.text).toBe("n't");
    expect(not?.clitic).toBe(true);
  });

  test('splits sentences at end punctuation and line breaks', () => {
    const doc = tokenize('Pertama saya cek log. Lalu?\nSaya perbaiki konfigurasinya');
    expect(doc.sentences).toHaveLength(3);
  });
});

describe('Indonesian and English stems', () => {
  test.each([
    ['menganalisis', 'analisis'],
    ['merekap', 'rekap'],
    ['menyusun', 'susun'],
    ['memakai', 'pakai'],
    ['menulis', 'tulis'],
    ['dikerjakan', 'kerja'],
    ['pelatihan', 'latih'],
    ['ngecek', 'cek'],
    ['nyatet', 'catet'],
    ['benerin', 'bener'],
    ['performanya', 'performa'],
    ['deployed', 'deploy'],
    ['deploying', 'deploy'],
    ['stopped', 'stop'],
    ['queries', 'query'],
  ])('%s has the stem %s', (word, stem) => {
    expect(stems(word)).toContain(stem);
  });

  test('matches terms by shared stem, short terms only exactly', () => {
    expect(sameStem('menganalisis', 'analisis')).toBe(true);
    expect(sameStem('deployed', 'deploy')).toBe(true);
    expect(sameStem('dideploy', 'deploy')).toBe(true);
    expect(sameStem('merekrut', 'rekrutmen')).toBe(false);
    expect(sameStem('going', 'go')).toBe(false);
    expect(sameStem('apis', 'api')).toBe(true);
  });
});
