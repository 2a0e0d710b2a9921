import { Secret, TOTP } from 'otpauth';

/** Time-based one-time codes (RFC 6238): 6 digits, 30-second steps, as authenticator apps expect. */
const periodSeconds = 30;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, accountName: string): string {
  return totpOf(secret, accountName).toString();
}

/**
 * The time step a code belongs to when it is valid now (one step of clock drift either way), and
 * newer than the last step accepted, so a code seen over someone's shoulder cannot be replayed.
 */
export function acceptedTotpStep(
  secret: string,
  code: string,
  lastStep: number | null,
  now: number,
): number | undefined {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return undefined;
  const delta = totpOf(secret).validate({ token, window: 1, timestamp: now });
  if (delta === null) return undefined;
  const step = Math.floor(now / 1000 / periodSeconds) + delta;
  return lastStep !== null && step <= lastStep ? undefined : step;
}

function totpOf(secret: string, label = 'Seleksi'): TOTP {
  return new TOTP({
    issuer: 'Seleksi',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: periodSeconds,
    secret: Secret.fromBase32(secret),
  });
}
