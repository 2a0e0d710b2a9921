import { randomInt } from 'node:crypto';

/**
 * Two-factor recovery codes: for a lost phone, each works once in place of the authenticator's
 * code. Ten characters from an alphabet without look-alikes (no 0/o, 1/l/i), about 49 bits each,
 * shown as `xxxxx-xxxxx`; typed with or without the hyphen, spaces or capitals.
 */
export const recoveryCodeCount = 10;
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
const length = 10;

export function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < length; i++) code += alphabet[randomInt(alphabet.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, newRecoveryCode);
}

/** The code as stored (hashed): lower case, hyphens and spaces dropped; undefined when not one. */
export function normaliseRecoveryCode(typed: string): string | undefined {
  const code = typed.toLowerCase().replace(/[\s-]/g, '');
  if (code.length !== length || [...code].some((c) => !alphabet.includes(c))) return undefined;
  return code;
}

/** An authenticator's code is six digits; anything else typed at sign-in is a recovery code. */
export const isAuthenticatorCode = (typed: string) => /^\d{6}$/.test(typed.trim());
