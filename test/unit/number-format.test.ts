import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/web/i18n/number-format';

// What the pages show: the candidate page's scores, the board's counts, the reports' shares,
// days and calibration differences, and the coach's figures, in Indonesian and in English.
describe('formatNumber', () => {
  it('writes a score with fixed decimals the reader’s way', () => {
    expect(formatNumber('id', 3.375, 2)).toBe('3,38');
    expect(formatNumber('en', 3.375, 2)).toBe('3.38');
    expect(formatNumber('id', 3, 2)).toBe('3,00');
  });

  it('writes a count whole, with thousands separators', () => {
    expect(formatNumber('id', 12500)).toBe('12.500');
    expect(formatNumber('en', 12500)).toBe('12,500');
  });

  it('writes at most so many decimals, and none for a whole figure (reports)', () => {
    const days = { decimals: 1, upTo: true };
    expect(formatNumber('id', 1234.46, days)).toBe('1.234,5');
    expect(formatNumber('en', 1234.46, days)).toBe('1,234.5');
    expect(formatNumber('id', 4, days)).toBe('4');
  });

  it('writes a share as a percentage', () => {
    const share = { decimals: 1, upTo: true, percent: true };
    expect(formatNumber('id', 0.2555, share)).toBe('25,6%');
    expect(formatNumber('en', 0.2555, share)).toBe('25.6%');
  });

  it('signs a difference, but not a zero one (calibration)', () => {
    const difference = { decimals: 2, upTo: true, signed: true };
    expect(formatNumber('id', 0.4, difference)).toBe('+0,4');
    expect(formatNumber('en', -0.456, difference)).toBe('-0.46');
    expect(formatNumber('en', 0, difference)).toBe('0');
  });

  it('leaves out thousands separators inside the coach’s sentences', () => {
    const coach = { decimals: 1, upTo: true, grouping: false };
    expect(formatNumber('id', 1250.46, coach)).toBe('1250,5');
    expect(formatNumber('en', 1250.46, coach)).toBe('1250.5');
  });

  it('keeps each locale apart when the same shape is asked for in both', () => {
    expect([
      formatNumber('id', 0.5, 1),
      formatNumber('en', 0.5, 1),
      formatNumber('id', 0.5, 1),
    ]).toEqual(['0,5', '0.5', '0,5']);
  });
});
