import { describe, expect, it } from 'vitest';
import { formatNumber, type NumberShape } from '../../src/web/i18n/number-format';

// What the pages show, in Indonesian and in English: the candidate page's scores, the board's
// counts, the reports' days and shares, the calibration table's differences, the coach's figures.
const figures: [
  what: string,
  value: number,
  shape: number | NumberShape,
  id: string,
  en: string,
][] = [
  ['a score with fixed decimals', 3.375, 2, '3,38', '3.38'],
  ['a whole score with its decimals', 3, 2, '3,00', '3.00'],
  ['a count, with thousands separators', 12500, {}, '12.500', '12,500'],
  ['days, at most one decimal', 1234.46, { decimals: 1, upTo: true }, '1.234,5', '1,234.5'],
  ['whole days, no decimal', 4, { decimals: 1, upTo: true }, '4', '4'],
  ['a share', 0.2555, { decimals: 1, upTo: true, percent: true }, '25,6%', '25.6%'],
  ['a difference above zero', 0.4, { decimals: 2, upTo: true, signed: true }, '+0,4', '+0.4'],
  ['a difference below zero', -0.456, { decimals: 2, upTo: true, signed: true }, '-0,46', '-0.46'],
  ['no difference, unsigned', 0, { decimals: 2, upTo: true, signed: true }, '0', '0'],
  [
    'a coach figure, no separators',
    1250.46,
    { decimals: 1, grouping: false, upTo: true },
    '1250,5',
    '1250.5',
  ],
];

describe('formatNumber', () => {
  it.each(figures)('writes %s the reader’s way', (_what, value, shape, id, en) => {
    expect(formatNumber('id', value, shape)).toBe(id);
    expect(formatNumber('en', value, shape)).toBe(en);
  });

  it('keeps each locale apart when the same shape is asked for in both', () => {
    const written = ['id', 'en', 'id'] as const;
    expect(written.map((locale) => formatNumber(locale, 0.5, 1))).toEqual(['0,5', '0.5', '0,5']);
  });
});
