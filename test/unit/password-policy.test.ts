import { describe, expect, test } from 'vitest';
import { checkNewPassword, passwordMinLength } from '../../src/domain/password-policy';

const codeOf = (password: string, personal: string[] = []) => {
  const result = checkNewPassword(password, personal);
  return result.ok ? 'ok' : result.problems[0]!.code;
};

describe('checkNewPassword', () => {
  test('too short is named before anything else, on the given field', () => {
    expect(codeOf('a'.repeat(passwordMinLength - 1))).toBe('password_too_short');
    const result = checkNewPassword('pendek', [], 'newPassword');
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: 'newPassword', code: 'password_too_short' })],
    });
  });

  test('common and Indonesian passwords are too weak', () => {
    for (const weak of [
      'password123',
      'qwertyuiop',
      'rahasia12345',
      'indonesia123',
      '1234567890',
    ]) {
      expect(codeOf(weak), weak).toBe('password_too_weak');
    }
  });

  test("the person's own name or e-mail counts against the password", () => {
    const personal = ['Nadia Baru', 'nadia.baru@contoh.co.id'];
    expect(codeOf('nadiabaru123', personal)).toBe('password_too_weak');
    expect(codeOf('NadiaBaru2026', personal)).toBe('password_too_weak');
    expect(codeOf('Nadia Baru 2026', personal)).toBe('password_too_weak');
  });

  test("the product's and the company's own words count against the password", () => {
    const installation = ['PT Pasar Rakyat Digital', 'https://hr.pasarrakyat.co.id'];
    for (const weak of [
      'seleksi-demo',
      'Seleksi2026!',
      'PasarRakyat2026',
      'Pasar Rakyat 2026',
      'Seleksi 2026 !',
    ]) {
      expect(codeOf(weak, installation), weak).toBe('password_too_weak');
    }
    expect(codeOf('kopi-tubruk-pagi-hujan-deras', installation)).toBe('ok');
  });

  test('a long phrase of unrelated words passes', () => {
    expect(codeOf('kopi-tubruk-pagi-hujan-deras')).toBe('ok');
    expect(codeOf('correct horse battery staple')).toBe('ok');
  });
});
