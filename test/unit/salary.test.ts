import { describe, expect, test } from 'vitest';
import { formatSalaryBand, salaryBandProblems } from '../../src/domain/salary';

const codes = (band: Parameters<typeof salaryBandProblems>[0]) =>
  salaryBandProblems(band).map((problem) => `${problem.path}:${problem.code}`);

describe("a job's salary band", () => {
  test('none at all, or both ends in order, is fine', () => {
    expect(codes({ min: null, max: null, shownOnCareers: false })).toEqual([]);
    expect(codes({ min: 8_500_000, max: 12_000_000, shownOnCareers: true })).toEqual([]);
    expect(codes({ min: 9_000_000, max: 9_000_000, shownOnCareers: false })).toEqual([]);
  });

  test('one end alone is named at the missing end', () => {
    expect(codes({ min: 8_500_000, max: null, shownOnCareers: false })).toEqual([
      'salaryMax:salary_band_incomplete',
    ]);
    expect(codes({ min: null, max: 8_500_000, shownOnCareers: false })).toEqual([
      'salaryMin:salary_band_incomplete',
    ]);
  });

  test('upside down is named at the top', () => {
    expect(codes({ min: 12_000_000, max: 8_500_000, shownOnCareers: false })).toEqual([
      'salaryMax:salary_band_order',
    ]);
  });

  test('each end must be a sensible monthly amount', () => {
    expect(codes({ min: 0, max: 1.5, shownOnCareers: false })).toEqual([
      'salaryMin:amount_not_positive',
      'salaryMax:amount_not_whole',
    ]);
    expect(codes({ min: 5_000_000, max: 50_000_000_000, shownOnCareers: false })).toEqual([
      'salaryMax:amount_too_large',
    ]);
  });

  test('the careers page cannot show a band that does not exist', () => {
    expect(codes({ min: null, max: null, shownOnCareers: true })).toEqual([
      'salaryShownOnCareers:salary_band_missing',
    ]);
  });

  test('reads the Indonesian way, one amount when both ends agree', () => {
    const plain = (text: string) => text.replace(/\u00a0/g, ' ');
    expect(plain(formatSalaryBand(8_500_000, 12_000_000))).toBe('Rp 8.500.000 – Rp 12.000.000');
    expect(plain(formatSalaryBand(9_000_000, 9_000_000))).toBe('Rp 9.000.000');
  });
});
