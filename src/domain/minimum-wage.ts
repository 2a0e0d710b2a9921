import { monthlyAmountProblem, parseRupiah, type Rupiah } from './money';
import { provinces, type Province } from './province';
import type { FieldProblem, Result } from './result';

/**
 * A regional minimum wage: a province's UMP (no city) or a city's UMK, for one year, with the
 * decree it comes from. Admins keep the table up to date each year.
 */
export interface MinimumWage {
  province: Province;
  /** A city or regency (kabupaten/kota) for a UMK; null for the province's UMP. */
  city: string | null;
  year: number;
  monthlyAmount: Rupiah;
  decree: string;
}

/**
 * As an admin types it: the province as a key of the domain's list, the rest not yet checked.
 * The year and the amount may come as typed (`2027`, `5,4 juta`), read here beside the rest.
 */
export interface MinimumWageInput {
  province: string;
  city?: string | null;
  year: number | string;
  monthlyAmount: number | string;
  decree: string;
}

export const minimumWageYears = { first: 2000, last: 2100 } as const;
export const decreeMaxLength = 300;
export const cityMaxLength = 100;

const isProvince = (value: string): value is Province =>
  (provinces as readonly string[]).includes(value);

/** Every problem at once, each naming its field; nothing is saved unless the list is empty. */
export function checkMinimumWage(input: MinimumWageInput): Result<MinimumWage> {
  const problems: FieldProblem[] = [];
  if (!isProvince(input.province)) {
    problems.push({
      path: 'province',
      code: 'unknown_province',
      message: 'Choose one of the 38 provinces.',
    });
  }
  const city = input.city?.trim() || null;
  if (city !== null && city.length > cityMaxLength) {
    problems.push({
      path: 'city',
      code: 'too_big',
      message: `At most ${cityMaxLength} characters.`,
    });
  }
  const { first, last } = minimumWageYears;
  const year = readYear(input.year);
  if (!Number.isInteger(year) || year < first || year > last) {
    problems.push({
      path: 'year',
      code: 'invalid_year',
      message: `Enter a year between ${first} and ${last}.`,
    });
  }
  const amount = readAmount(input.monthlyAmount);
  if (!amount.ok) problems.push(...amount.problems);
  const decree = input.decree.trim();
  if (decree === '') {
    problems.push({
      path: 'decree',
      code: 'decree_required',
      message: 'Name the decree that sets this minimum wage (e.g. the governor’s decree).',
    });
  } else if (decree.length > decreeMaxLength) {
    problems.push({
      path: 'decree',
      code: 'too_big',
      message: `At most ${decreeMaxLength} characters.`,
    });
  }
  if (problems.length > 0 || !amount.ok) return { ok: false, problems };
  return {
    ok: true,
    value: {
      province: input.province as Province,
      city,
      year,
      monthlyAmount: amount.value,
      decree,
    },
  };
}

/** A year typed as digits (spaces around allowed); anything else reads as no year. */
function readYear(value: number | string): number {
  if (typeof value === 'number') return value;
  return /^\s*\d{1,4}\s*$/.test(value) ? Number(value) : Number.NaN;
}

/** Whole rupiah, or text read as people write amounts (5.400.000, 5,4 juta). */
function readAmount(value: number | string): Result<Rupiah> {
  const read: Result<Rupiah> =
    typeof value === 'string' ? parseRupiah(value, 'monthlyAmount') : { ok: true, value };
  if (!read.ok) return read;
  const problem = monthlyAmountProblem(read.value, 'monthlyAmount');
  return problem ? { ok: false, problems: [problem] } : read;
}
