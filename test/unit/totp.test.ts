import { Secret, TOTP } from 'otpauth';
import { describe, expect, test } from 'vitest';
import { acceptedTotpStep, newTotpSecret, totpUri } from '../../src/domain/totp';

const secret = newTotpSecret();
const app = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
const now = Date.UTC(2026, 10, 23, 4, 0, 10);
const step = Math.floor(now / 30_000);
const codeAt = (ms: number) => app.generate({ timestamp: ms });

describe('TOTP codes', () => {
  test('a new secret is 160 random bits in base32, and the URI names issuer and account', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = totpUri(secret, 'rina@contoh.id');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Seleksi:rina%40contoh\.id\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain('issuer=Seleksi');
  });

  test('the current code and one step of drift either way are accepted, with their step', () => {
    expect(acceptedTotpStep(secret, codeAt(now), null, now)).toBe(step);
    expect(acceptedTotpStep(secret, codeAt(now - 30_000), null, now)).toBe(step - 1);
    expect(acceptedTotpStep(secret, codeAt(now + 30_000), null, now)).toBe(step + 1);
    expect(acceptedTotpStep(secret, codeAt(now - 90_000), null, now)).toBeUndefined();
  });

  test('spaces are ignored; anything but six digits is refused', () => {
    const code = codeAt(now);
    expect(acceptedTotpStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null, now)).toBe(step);
    for (const bad of ['', '12345', '1234567', 'abcdef']) {
      expect(acceptedTotpStep(secret, bad, null, now)).toBeUndefined();
    }
  });

  test('a code is not accepted again, nor an older one after a newer was used', () => {
    expect(acceptedTotpStep(secret, codeAt(now), step, now)).toBeUndefined();
    expect(acceptedTotpStep(secret, codeAt(now - 30_000), step, now)).toBeUndefined();
    expect(acceptedTotpStep(secret, codeAt(now + 30_000), step, now)).toBe(step + 1);
  });
});
