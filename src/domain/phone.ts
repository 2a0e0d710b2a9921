import { type Result, ok, problem } from './result';

/**
 * Normalises an Indonesian phone number to E.164 (+62…).
 * Accepts the forms people actually type: 0812-3456-7890, +62 812 3456 7890, 62812…, (021) 5551234.
 */
export function normaliseIndonesianPhone(input: string, path = 'phone'): Result<string> {
  const compact = input.trim().replace(/[\s.\-()]/g, '');
  if (!/^\+?\d+$/.test(compact)) {
    return problem(
      path,
      'invalid_phone',
      'Use digits only, e.g. 0812 3456 7890 or +62 812 3456 7890.',
    );
  }
  let national: string;
  if (compact.startsWith('+62')) national = compact.slice(3);
  else if (compact.startsWith('+')) {
    return problem(path, 'invalid_phone', 'Only Indonesian numbers (+62) are accepted.');
  } else if (compact.startsWith('62')) national = compact.slice(2);
  else if (compact.startsWith('0')) national = compact.slice(1);
  else national = compact;

  // Indonesian subscriber numbers: mobile 8xx (9-12 digits after the 0) and landlines with an area code.
  if (national.startsWith('0') || national.length < 8 || national.length > 12) {
    return problem(path, 'invalid_phone', 'This is not a valid Indonesian phone number.');
  }
  if (national.startsWith('8') && national.length < 9) {
    return problem(
      path,
      'invalid_phone',
      'A mobile number has 10 to 13 digits, e.g. 0812 3456 7890.',
    );
  }
  return ok(`+62${national}`);
}

/**
 * A candidate's number: Seleksi reaches candidates by WhatsApp and SMS, so it must be an Indonesian
 * mobile number (08…, +628…, 628…). Any form `normaliseIndonesianPhone` reads is accepted when it
 * is a mobile number; a landline ("(021) 555-1234", "0274 512345") or a toll-free number (0800…)
 * is refused with its own code, so the form can say what to give instead.
 */
export function normaliseMobilePhone(input: string, path = 'phone'): Result<string> {
  const normalised = normaliseIndonesianPhone(input, path);
  if (!normalised.ok) return normalised;
  // Mobile numbers start 8 then a non-zero digit after the country code; 80x is toll-free.
  if (!isMobilePhone(normalised.value)) {
    return problem(
      path,
      'landline_phone',
      'This looks like a landline; give a mobile number (08…) for WhatsApp and SMS, or leave the phone empty.',
    );
  }
  return normalised;
}

/** Whether a normalised number (+62…) is a mobile number. */
export const isMobilePhone = (e164: string) => /^\+628[1-9]\d{7,10}$/.test(e164);

/** Shows a normalised number the way Indonesians read it: +62 812-3456-7890. */
export function formatIndonesianPhone(e164: string): string {
  const national = e164.replace(/^\+62/, '');
  if (!national.startsWith('8')) return `+62 ${national}`;
  const groups = [national.slice(0, 3), national.slice(3, 7), national.slice(7)].filter(Boolean);
  return `+62 ${groups.join('-')}`;
}

/** A search typed as (part of) a phone number, as {@link readTypedPhone} reads it. */
export interface TypedPhone {
  /** The digits after any 0, 62 or +62 typed in front. */
  digits: string;
  /** Whether 0, 62 or +62 was typed in front: then the digits are how the number begins. */
  fromStart: boolean;
  /** The whole number, normalised (+62…), when the text is one. */
  whole: string | undefined;
}

/**
 * Reads text typed into a search as a phone number or part of one: digits with a "+" in front and
 * the spaces, dots, dashes and brackets people write ("0812", "+62 812-3456", "(021) 555").
 * Undefined for anything else, which is searched as words or as part of an e-mail address.
 */
export function readTypedPhone(text: string): TypedPhone | undefined {
  const typed = text.trim();
  if (!/^[\s().-]*\+?[\d\s().-]+$/.test(typed)) return undefined;
  const allDigits = typed.replace(/\D/g, '');
  const digits = allDigits.replace(/^(62|0)/, '');
  const whole = normaliseIndonesianPhone(typed);
  return { digits, fromStart: digits !== allDigits, whole: whole.ok ? whole.value : undefined };
}
