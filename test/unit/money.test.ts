import { describe, expect, test } from 'vitest';
import {
  checkMonthlyAmount,
  formatRupiah,
  formatRupiahDigits,
  maxMonthlyRupiah,
  parseRupiah,
} from '../../src/domain/money';

describe('formatRupiah', () => {
  test.each([
    [8_500_000, 'Rp 8.500.000'],
    [0, 'Rp 0'],
    [999, 'Rp 999'],
    [1_000, 'Rp 1.000'],
    [5_396_761, 'Rp 5.396.761'],
    [1_000_000_000, 'Rp 1.000.000.000'],
    [-250_000, '-Rp 250.000'],
  ])('shows %d as %s', (amount, shown) => {
    // A non-breaking space keeps "Rp" on the same line as its number.
    expect(formatRupiah(amount).replace(/\u00a0/g, ' ')).toBe(shown);
    expect(formatRupiah(amount)).not.toContain(' ');
  });

  test('groups digits by three with dots', () => {
    expect(formatRupiahDigits(12_345_678)).toBe('12.345.678');
  });
});

describe('parseRupiah', () => {
  test.each([
    ['8.500.000', 8_500_000],
    ['8500000', 8_500_000],
    ['Rp 8500000', 8_500_000],
    ['Rp 8.500.000', 8_500_000],
    ['Rp. 8.500.000,-', 8_500_000],
    ['Rp8.500.000,00', 8_500_000],
    ['IDR 8,500,000', 8_500_000],
    ['8,500,000.00', 8_500_000],
    ['8 500 000', 8_500_000],
    ['  8.500.000 rupiah ', 8_500_000],
    ['8,5 juta', 8_500_000],
    ['8.5 juta', 8_500_000],
    ['8,5jt', 8_500_000],
    ['Rp 8,5 Juta', 8_500_000],
    ['12 juta', 12_000_000],
    ['1,25 juta', 1_250_000],
    ['750 ribu', 750_000],
    ['750rb', 750_000],
    ['750k', 750_000],
    ['1.500 ribu', 1_500_000],
    ['1,2 miliar', 1_200_000_000],
    ['0', 0],
  ])('reads %s as %d', (typed, amount) => {
    expect(parseRupiah(typed)).toEqual({ ok: true, value: amount });
  });

  test.each([
    ['', 'amount_required'],
    ['   ', 'amount_required'],
    ['delapan juta', 'invalid_amount'],
    ['8.5.0', 'invalid_amount'],
    ['85.00.000', 'invalid_amount'],
    ['8,5 dollar', 'invalid_amount'],
    ['$8500', 'invalid_amount'],
    ['8500000 juta juta', 'invalid_amount'],
    ['-8.500.000', 'amount_negative'],
    ['Rp -500.000', 'amount_negative'],
    ['8.500.000,50', 'amount_not_whole'],
    ['8,5555555 juta', 'amount_not_whole'],
    ['99999999999999999999', 'amount_too_large'],
  ])('refuses %j with %s, naming the field', (typed, code) => {
    const result = parseRupiah(typed, 'grossMonthlySalary');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        { path: 'grossMonthlySalary', code, message: expect.any(String) },
      ]);
    }
  });

  test('the error shows examples of what to type', () => {
    const result = parseRupiah('delapan juta');
    expect(!result.ok && result.problems[0]!.message).toMatch(/8\.500\.000.*8,5 juta/);
  });

  test('reads back what it formats', () => {
    for (const amount of [1, 999, 1_000, 4_901_798, 123_456_789]) {
      expect(parseRupiah(formatRupiah(amount))).toEqual({ ok: true, value: amount });
    }
  });
});

describe('checkMonthlyAmount', () => {
  test('takes a whole positive amount up to the limit', () => {
    expect(checkMonthlyAmount(8_500_000)).toEqual({ ok: true, value: 8_500_000 });
    expect(checkMonthlyAmount(maxMonthlyRupiah).ok).toBe(true);
  });

  test.each([
    [0, 'amount_not_positive'],
    [-1, 'amount_not_positive'],
    [8_500_000.5, 'amount_not_whole'],
    [Number.NaN, 'amount_not_whole'],
    [maxMonthlyRupiah + 1, 'amount_too_large'],
  ])('refuses %d with %s', (amount, code) => {
    const result = checkMonthlyAmount(amount, 'monthlyAmount');
    expect(!result.ok && result.problems[0]).toMatchObject({ path: 'monthlyAmount', code });
  });
});
