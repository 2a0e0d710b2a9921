import { describe, expect, test } from 'vitest';
import {
  formatIndonesianPhone,
  isMobilePhone,
  normaliseIndonesianPhone,
  normaliseMobilePhone,
  readTypedPhone,
} from '../../src/domain/phone';

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

describe('normaliseMobilePhone (a candidate is reached by WhatsApp and SMS)', () => {
  test.each([
    ['0812-3456-7890', '+6281234567890'],
    ['0812 3456 7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['+62-812-3456-7890', '+6281234567890'],
    ['+62 (812) 3456-7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['  0812.3456.7890 ', '+6281234567890'],
    ['0812 345 678', '+62812345678'],
    ['081 234 567 89', '+628123456789'],
    ['0856 1234 5678', '+6285612345678'],
    ['0878-1234-5678', '+6287812345678'],
    ['0896 1234 5678', '+6289612345678'],
    ['0881 2345 6789', '+6288123456789'],
    ['0838 1234 567', '+628381234567'],
    ['0821 1234 5678', '+6282112345678'],
    ['+6285712345678', '+6285712345678'],
    ['8123456789', '+628123456789'],
  ])('accepts the mobile number %s as %s', (input, e164) => {
    expect(normaliseMobilePhone(input)).toEqual({ ok: true, value: e164 });
  });

  test.each([
    ['(021) 555-1234', 'Jakarta'],
    ['(021) 5551234', 'Jakarta'],
    ['021-5551234', 'Jakarta, no brackets'],
    ['+62 21 5551234', 'Jakarta with the country code'],
    ['62215551234', 'Jakarta, 62 without a plus'],
    ['0274 512345', 'Yogyakarta'],
    ['(0274) 512-345', 'Yogyakarta with brackets'],
    ['022 4231234', 'Bandung'],
    ['031-5678901', 'Surabaya'],
    ['0361 234567', 'Denpasar'],
    ['0411 456789', 'Makassar'],
    ['0800 1 234567', 'a toll-free number'],
  ])('refuses the landline %s (%s), naming the field', (input) => {
    expect(normaliseMobilePhone(input, 'candidate.phone')).toEqual({
      ok: false,
      problems: [
        {
          path: 'candidate.phone',
          code: 'landline_phone',
          message: expect.stringMatching(/landline.*mobile/),
        },
      ],
    });
  });

  test.each([
    ['letters', '0812-ABCD-7890'],
    ['a US number', '+1 415 555 0100'],
    ['too short', '0812345'],
    ['too long', '0812 3456 7890 123'],
  ])('still says invalid_phone for %s', (_what, input) => {
    const result = normaliseMobilePhone(input);
    expect(!result.ok && result.problems[0]!.code).toBe('invalid_phone');
  });

  test('a landline stays a valid Indonesian number (searching for a stored one still works)', () => {
    expect(normaliseIndonesianPhone('(021) 555-1234')).toEqual({ ok: true, value: '+62215551234' });
    expect(isMobilePhone('+62215551234')).toBe(false);
    expect(isMobilePhone('+6281234567890')).toBe(true);
  });
});

describe('readTypedPhone (a search typed as a phone number)', () => {
  test.each([
    ['0812', { digits: '812', fromStart: true, whole: undefined }],
    ['812', { digits: '812', fromStart: false, whole: undefined }],
    ['+62 812', { digits: '812', fromStart: true, whole: undefined }],
    ['7391 55', { digits: '739155', fromStart: false, whole: undefined }],
    ['0857-9999-1234', { digits: '85799991234', fromStart: true, whole: '+6285799991234' }],
    ['(+62) 857 9999 1234', { digits: '85799991234', fromStart: true, whole: '+6285799991234' }],
    ['(021) 555-1234', { digits: '215551234', fromStart: true, whole: '+62215551234' }],
  ])(
    'reads %s as the digits after 0/62/+62, and the whole number when it is one',
    (typed, read) => {
      expect(readTypedPhone(`  ${typed} `)).toEqual(read);
    },
  );

  test.each(['budi.santoso', 'gmail', '0812 ABCD', '8+12', ''])(
    '%s is not a phone number',
    (typed) => {
      expect(readTypedPhone(typed)).toBeUndefined();
    },
  );
});
