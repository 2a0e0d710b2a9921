/**
 * Two-factor recovery codes: for a lost phone, each works once in place of the authenticator's
 * code. Ten characters from an alphabet without look-alikes (no 0/o, 1/l/i), about 49 bits each,
 * shown as `xxxxx-xxxxx`; typed with or without the hyphen, spaces or capitals.
 */
export const recoveryCodeCount = 10;
export const recoveryCodeAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
const alphabet = recoveryCodeAlphabet;
const length = 10;

/** A code as shown from its characters' places in the alphabet (`randomIndex(n)` in 0..n-1). */
export function recoveryCodeFrom(randomIndex: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += alphabet[randomIndex(alphabet.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The code as stored (hashed): lower case, hyphens and spaces dropped; undefined when not one. */
export function normaliseRecoveryCode(typed: string): string | undefined {
  const code = typed.toLowerCase().replace(/[\s-]/g, '');
  if (code.length !== length || [...code].some((c) => !alphabet.includes(c))) return undefined;
  return code;
}

/**
 * An authenticator's code is six digits ("123 456" as some apps and password managers show it);
 * anything else typed at sign-in is a recovery code.
 */
export const isAuthenticatorCode = (typed: string) => /^\d{6}$/.test(typed.replace(/\s/g, ''));
