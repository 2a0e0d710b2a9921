import { type FieldProblem, type Result, ok, problem } from './result';

/**
 * Amounts of money in whole rupiah (a plain integer: salaries, allowances and minimum wages are
 * never in sen). Shown the Indonesian way in both languages, `Rp 8.500.000`, because that is how
 * the amount reads on a payslip and in a contract.
 */
export type Rupiah = number;

/**
 * The largest monthly amount Seleksi takes (Rp 1.000.000.000): anything above is a typo (an extra
 * zero or two), not a salary.
 */
export const maxMonthlyRupiah: Rupiah = 1_000_000_000;

/** `8500000` → `8.500.000`: digits grouped by three with dots. */
export function formatRupiahDigits(amount: Rupiah): string {
  const digits = Math.abs(Math.trunc(amount)).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return amount < 0 ? `-${grouped}` : grouped;
}

/** `8500000` → `Rp 8.500.000` (a non-breaking space keeps `Rp` with its number). */
export function formatRupiah(amount: Rupiah): string {
  const digits = formatRupiahDigits(Math.abs(amount));
  return amount < 0 ? `-Rp\u00a0${digits}` : `Rp\u00a0${digits}`;
}

const multipliers: Readonly<Record<string, number>> = {
  ribu: 1_000,
  rb: 1_000,
  k: 1_000,
  juta: 1_000_000,
  jt: 1_000_000,
  million: 1_000_000,
  miliar: 1_000_000_000,
  milyar: 1_000_000_000,
};
/** Words that only repeat the currency after the number (`8.500.000 rupiah`). */
const currencyWords = new Set(['rupiah', 'idr']);

const example = 'e.g. 8.500.000, Rp 8500000 or 8,5 juta';

/**
 * Reads an amount as people type it: `8.500.000`, `Rp 8.500.000,-`, `Rp. 8500000`, `8 500 000`,
 * `8,5 juta`, `8.5jt`, `750 ribu`, `750rb`, `750k`, and the English `8,500,000`. The result is a
 * whole, non-negative number of rupiah; anything else is a field problem naming `path`.
 */
export function parseRupiah(input: string, path = 'amount'): Result<Rupiah> {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return problem(path, 'amount_required', 'Enter an amount in rupiah.');
  if (/^-|^(rp|idr)\.?\s*-/.test(text)) {
    return problem(path, 'amount_negative', 'An amount cannot be negative.');
  }
  const match = /^(?:rp|idr)?\.?\s*([\d.,\s]*\d(?:,-+)?)\s*([a-z]*)$/.exec(text);
  const number = match?.[1]?.replace(/,-+$/, '');
  const unit = match?.[2] ?? '';
  const plain = unit === '' || currencyWords.has(unit);
  if (number === undefined || (!plain && !(unit in multipliers))) {
    return problem(path, 'invalid_amount', `Not an amount in rupiah; ${example}.`);
  }
  const amount = plain ? plainAmount(number) : scaledAmount(number, multipliers[unit]!);
  if (amount === undefined) {
    return problem(path, 'invalid_amount', `Not an amount in rupiah; ${example}.`);
  }
  return checkAmount(amount, path);
}

/** Whole rupiah written out: dots (or commas, or spaces) group thousands; `,00` may follow. */
function plainAmount(number: string): number | undefined {
  const compact = number.replace(/ /g, '');
  const withoutZeroCents = compact.replace(/,0{1,2}$|\.0{2}$/, '');
  const grouped = /^\d{1,3}(?:\.\d{3})+$|^\d{1,3}(?:,\d{3})+$/;
  if (/^\d+$/.test(withoutZeroCents)) return Number(withoutZeroCents);
  if (grouped.test(withoutZeroCents)) return Number(withoutZeroCents.replace(/[.,]/g, ''));
  // Cents that are not zero, or separators in odd places: not a whole amount we can trust.
  if (/^\d[\d.]*,\d{1,2}$/.test(compact)) return Number.NaN;
  return undefined;
}

/**
 * `8,5 juta` or `8.5 juta`: a comma is the decimal mark; a dot is one too when one or two digits
 * follow it (`8.5jt`), and groups thousands when three do (`1.500 ribu`).
 */
function scaledAmount(number: string, multiplier: number): number | undefined {
  const compact = number.replace(/ /g, '');
  const decimalComma = /^(\d{1,3}(?:\.\d{3})*|\d+),(\d+)$/.exec(compact);
  const decimalDot = /^(\d+)\.(\d{1,2})$/.exec(compact);
  const whole = /^\d{1,3}(?:\.\d{3})*$|^\d+$/.test(compact) ? compact : undefined;
  const [units, fraction] = decimalComma
    ? [decimalComma[1]!, decimalComma[2]!]
    : decimalDot
      ? [decimalDot[1]!, decimalDot[2]!]
      : whole !== undefined
        ? [whole, '']
        : [undefined, ''];
  if (units === undefined) return undefined;
  // Integer arithmetic, so 8,5 juta is exactly 8500000 (no floating-point remainder).
  const scale = 10 ** fraction.length;
  const scaled = Number(units.replace(/\./g, '') + fraction) * multiplier;
  return scaled % scale === 0 ? scaled / scale : Number.NaN;
}

/** An amount that came as a number (JSON): whole, above zero and not absurd. */
export function checkMonthlyAmount(amount: number, path = 'amount'): Result<Rupiah> {
  const found = monthlyAmountProblem(amount, path);
  return found ? { ok: false, problems: [found] } : ok(amount);
}

export function monthlyAmountProblem(amount: number, path = 'amount'): FieldProblem | undefined {
  if (!Number.isFinite(amount) || !Number.isInteger(amount)) {
    return { path, code: 'amount_not_whole', message: 'Use whole rupiah (no sen).' };
  }
  if (amount <= 0) {
    return { path, code: 'amount_not_positive', message: 'The amount must be above Rp 0.' };
  }
  if (amount > maxMonthlyRupiah) {
    return {
      path,
      code: 'amount_too_large',
      message: `The amount is above ${formatRupiah(maxMonthlyRupiah)}; check the number of zeros.`,
    };
  }
  return undefined;
}

function checkAmount(amount: number, path: string): Result<Rupiah> {
  if (Number.isNaN(amount)) {
    return problem(path, 'amount_not_whole', 'Use whole rupiah (no sen).');
  }
  if (!Number.isSafeInteger(amount)) {
    return problem(path, 'amount_too_large', 'The amount is too large.');
  }
  return ok(amount);
}
