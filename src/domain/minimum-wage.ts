import { monthlyAmountProblem, type Rupiah } from './money';
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

/** As an admin types it: the province as a key of the domain's list, the rest not yet checked. */
export interface MinimumWageInput {
  province: string;
  city?: string | null;
  year: number;
  monthlyAmount: number;
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
  if (!Number.isInteger(input.year) || input.year < first || input.year > last) {
    problems.push({
      path: 'year',
      code: 'invalid_year',
      message: `Enter a year between ${first} and ${last}.`,
    });
  }
  const amount = monthlyAmountProblem(input.monthlyAmount, 'monthlyAmount');
  if (amount) problems.push(amount);
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
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      province: input.province as Province,
      city,
      year: input.year,
      monthlyAmount: input.monthlyAmount,
      decree,
    },
  };
}
