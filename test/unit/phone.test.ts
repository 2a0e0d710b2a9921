import { describe, expect, test } from 'vitest';
import { formatIndonesianPhone, normaliseIndonesianPhone } from '../../src/domain/phone';

describe('normaliseIndonesianPhone', () => {
  test.each([
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['  0812.3456.7890 ', '+6281234567890'],
    ['(021) 5551234', '+62215551234'],
    ['0812 345 678', '+62812345678'],
  ])('accepts %s as %s', (input, e164) => {
    expect(normaliseIndonesianPhone(input)).toEqual({ ok: true, value: e164 });
  });

  test.each([
    ['letters', '0812-ABCD-7890'],
    ['nothing', ''],
    ['a plus sign inside', '0812+34567890'],
    ['a US number', '+1 415 555 0100'],
    ['a Malaysian number', '+60 12 345 6789'],
    ['too short', '0812345'],
    ['a too short mobile number', '0812 3456'],
    ['too long', '0812 3456 7890 123'],
    ['a zero after +62', '+62 0812 3456 7890'],
  ])('rejects %s (%s)', (_what, input) => {
    const result = normaliseIndonesianPhone(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        { path: 'phone', code: 'invalid_phone', message: expect.any(String) },
      ]);
    }
  });

  test('says that only Indonesian numbers are accepted for a foreign country code', () => {
    const result = normaliseIndonesianPhone('+1 415 555 0100');
    expect(!result.ok && result.problems[0]!.message).toMatch(/\+62/);
  });

  test('names the field it was given', () => {
    const result = normaliseIndonesianPhone('abc', 'contacts.0.phone');
    expect(!result.ok && result.problems[0]!.path).toBe('contacts.0.phone');
  });
});

describe('formatIndonesianPhone', () => {
  test('groups a mobile number the way it is read aloud', () => {
    expect(formatIndonesianPhone('+6281234567890')).toBe('+62 812-3456-7890');
    expect(formatIndonesianPhone('+62812345678')).toBe('+62 812-3456-78');
  });

  test('leaves a landline number after the country code', () => {
    expect(formatIndonesianPhone('+62215551234')).toBe('+62 215551234');
  });

  test('formats what normaliseIndonesianPhone produced', () => {
    const result = normaliseIndonesianPhone('0856 1234 5678');
    expect(result.ok && formatIndonesianPhone(result.value)).toBe('+62 856-1234-5678');
  });
});
