import { formatRupiah, monthlyAmountProblem, parseRupiah, type Rupiah } from './money';
import type { FieldProblem, Result } from './result';

/**
 * Salary talk before the offer: a job's gross monthly band, and the salary a candidate expects.
 * Every amount is per month, in whole rupiah.
 */

/** Whether a stated amount is before deductions (gross) or what reaches the account (take-home). */
export const salaryBases = ['gross', 'take_home'] as const;
export type SalaryBasis = (typeof salaryBases)[number];

/** Where an expectation was heard: typed by the candidate when applying, or stated to HR. */
export const salaryExpectationSources = ['apply_form', 'hr_interview'] as const;
export type SalaryExpectationSource = (typeof salaryExpectationSources)[number];

export interface SalaryBand {
  min: Rupiah | null;
  max: Rupiah | null;
  shownOnCareers: boolean;
}

/**
 * A band is both ends or neither, each a sensible monthly amount, the lower end first; the careers
 * page can only show a band that exists.
 */
export function salaryBandProblems(band: SalaryBand): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [path, amount] of [
    ['salaryMin', band.min],
    ['salaryMax', band.max],
  ] as const) {
    const found = amount === null ? undefined : monthlyAmountProblem(amount, path);
    if (found) problems.push(found);
  }
  if ((band.min === null) !== (band.max === null)) {
    problems.push({
      path: band.min === null ? 'salaryMin' : 'salaryMax',
      code: 'salary_band_incomplete',
      message: 'Give both ends of the salary band, or neither.',
    });
  } else if (band.min !== null && band.max !== null && band.min > band.max) {
    problems.push({
      path: 'salaryMax',
      code: 'salary_band_order',
      message: 'The top of the band must not be below its bottom.',
    });
  }
  if (band.shownOnCareers && (band.min === null || band.max === null)) {
    problems.push({
      path: 'salaryShownOnCareers',
      code: 'salary_band_missing',
      message: 'Enter the salary band before showing it on the careers page.',
    });
  }
  return problems;
}

/** A band's end as HR typed it: none (null or blank), whole rupiah, or text read as an amount. */
export type TypedAmount = number | string | null;

/**
 * A band typed in a form: each end read as people write amounts (`8,5 juta`), then checked as a
 * band, so an unreadable end, a reversed band and a band missing for the careers page are named
 * together.
 */
export function readSalaryBand(typed: {
  min: TypedAmount;
  max: TypedAmount;
  shownOnCareers: boolean;
}): Result<SalaryBand> {
  const problems: FieldProblem[] = [];
  const read = (value: TypedAmount, path: string): Rupiah | null => {
    if (value === null || typeof value === 'number') return value;
    if (value.trim() === '') return null;
    const amount = parseRupiah(value, path);
    if (amount.ok) return amount.value;
    problems.push(...amount.problems);
    return null;
  };
  const min = read(typed.min, 'salaryMin');
  const max = read(typed.max, 'salaryMax');
  if (problems.length) {
    // An end that reads as no amount is named for that; the band's rules wait for it.
    return { ok: false, problems };
  }
  const band = { min, max, shownOnCareers: typed.shownOnCareers };
  const found = salaryBandProblems(band);
  return found.length ? { ok: false, problems: found } : { ok: true, value: band };
}

/** `Rp 8.500.000 – Rp 12.000.000`, or one amount when both ends are the same. */
export function formatSalaryBand(min: Rupiah, max: Rupiah): string {
  return min === max ? formatRupiah(min) : `${formatRupiah(min)} – ${formatRupiah(max)}`;
}
