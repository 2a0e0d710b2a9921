import { isIsoDay } from '../day-first';
import { workModes, type EmploymentType, type WorkMode } from '../job';
import { ok, type FieldProblem, type Result } from '../result';
import type { ApplicableMinimumWage } from './minimum-wage';

/**
 * An offer's terms, as HR drafts them. Amounts are gross per month in whole rupiah. Under
 * Indonesian law (UU 13/2003 as amended, PP 35/2021) a permanent contract (PKWTT) may have up to
 * three months' probation; a fixed-term contract (PKWT) runs for a stated length and may have none.
 */
export const contractTypes = ['pkwtt', 'pkwt'] as const;
export type ContractType = (typeof contractTypes)[number];
export { workModes as offerWorkModes };

/**
 * The contract a new offer starts from, by the job's employment type: a contract job is a
 * fixed-term PKWT (no probation allowed), every other a permanent PKWTT. HR may change it.
 */
export function contractTypeFor(employmentType: EmploymentType): ContractType {
  return employmentType === 'contract' ? 'pkwt' : 'pkwtt';
}

export const maxProbationMonths = 3;
export const maxContractMonths = 60;
/** Above this a monthly amount is a typing slip (an extra zero or two), not a salary. */
export const maxMonthlyAmount = 1_000_000_000;

export interface Allowance {
  name: string;
  monthlyAmount: number;
}

export interface OfferTerms {
  jobTitle: string;
  contractType: ContractType;
  /** The PKWT's length; null for PKWTT. */
  contractMonths: number | null;
  probationMonths: number;
  grossMonthlySalary: number;
  allowances: Allowance[];
  benefits: string[];
  thr: boolean;
  bpjsKesehatan: boolean;
  bpjsKetenagakerjaan: boolean;
  workingDays: string;
  workingHours: string;
  workLocation: string;
  workMode: WorkMode;
  /** `YYYY-MM-DD` (Jakarta dates). */
  startDate: string;
  expiresOn: string;
  note: string;
}

/** What the terms are checked against: the day the offer is made and the minimum wage there. */
export interface OfferCheckContext {
  /** Today in Jakarta, `YYYY-MM-DD`: the offer's date. */
  offerDate: string;
  /** The job's province, or null when the job has none (the minimum wage cannot be found). */
  province: string | null;
  /** The minimum wage that applies, or null when none is recorded for the province. */
  minimumWage: ApplicableMinimumWage | null;
  /** The year whose minimum wage applies (the start's); `minimumWage` may be an older figure. */
  minimumWageYear?: number;
}

const field = (
  path: string,
  code: string,
  message: string,
  params?: Record<string, unknown>,
): FieldProblem => (params ? { path, code, message, params } : { path, code, message });

function contractProblems(terms: OfferTerms): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const probation = terms.probationMonths;
  // NaN: the field was left empty.
  if (Number.isNaN(probation)) {
    problems.push(
      field('probationMonths', 'required', 'Enter the probation in months (0 for none).'),
    );
  } else if (!Number.isInteger(probation) || probation < 0) {
    problems.push(field('probationMonths', 'invalid', 'Probation is a whole number of months.'));
  } else if (terms.contractType === 'pkwt' && probation > 0) {
    problems.push(
      field(
        'probationMonths',
        'probation_not_allowed',
        'A fixed-term contract (PKWT) may not have a probation period.',
      ),
    );
  } else if (probation > maxProbationMonths) {
    problems.push(
      field(
        'probationMonths',
        'probation_too_long',
        `Probation on a permanent contract (PKWTT) is at most ${maxProbationMonths} months.`,
        { maximum: maxProbationMonths },
      ),
    );
  }
  if (terms.contractType === 'pkwt') {
    const months = terms.contractMonths;
    if (months === null) {
      problems.push(
        field('contractMonths', 'required', 'A fixed-term contract (PKWT) needs its length.'),
      );
    } else if (!Number.isInteger(months) || months < 1 || months > maxContractMonths) {
      problems.push(
        field(
          'contractMonths',
          'out_of_range',
          `A fixed-term contract (PKWT) runs 1 to ${maxContractMonths} months.`,
          { minimum: 1, maximum: maxContractMonths },
        ),
      );
    }
  } else if (terms.contractMonths !== null) {
    problems.push(
      field(
        'contractMonths',
        'not_allowed',
        'A permanent contract (PKWTT) has no fixed length; leave it empty.',
      ),
    );
  }
  return problems;
}

function amountProblem(path: string, amount: number, least: number): FieldProblem | null {
  // NaN: the field was left empty.
  if (Number.isNaN(amount)) return field(path, 'required', 'Enter an amount in rupiah.');
  if (!Number.isInteger(amount)) return field(path, 'invalid', 'Whole rupiah only.');
  if (amount < least) {
    return least > 0
      ? field(path, 'too_small', 'The amount must be more than zero.')
      : field(path, 'negative', 'The amount cannot be negative.');
  }
  if (amount > maxMonthlyAmount) {
    return field(path, 'too_large', 'This amount is not plausible for a month; check the zeros.', {
      maximum: maxMonthlyAmount,
    });
  }
  return null;
}

function payProblems(terms: OfferTerms, context: OfferCheckContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const salary = amountProblem('grossMonthlySalary', terms.grossMonthlySalary, 1);
  if (salary) problems.push(salary);
  else if (context.minimumWage && terms.grossMonthlySalary < context.minimumWage.monthlyAmount) {
    const wage = context.minimumWage;
    // An older figure stands in for a year not recorded yet: say which year is missing.
    const missingYear =
      context.minimumWageYear && context.minimumWageYear > wage.year
        ? { missingYear: context.minimumWageYear }
        : {};
    const missing =
      'missingYear' in missingYear ? ` No ${missingYear.missingYear} figure recorded yet.` : '';
    // The province's UMP standing in for the job's city: its UMK, not on record, may be higher.
    const cityNote = wage.cityWithoutUmk
      ? ` No UMK of ${wage.cityWithoutUmk} is recorded; it may be higher.`
      : '';
    // A bare city name fitting a kota and a kabupaten: the higher UMK checks it, the other named.
    const ambiguous = wage.ambiguousCity;
    const ambiguousNote = ambiguous
      ? ` "${ambiguous.written}" may also be ${ambiguous.other.city} (UMK ${ambiguous.other.monthlyAmount}); the higher is checked.`
      : '';
    // A bare city name taken as the one Kota or Kabupaten row of its name: say which.
    const bare = wage.bareCity;
    const bareNote = bare
      ? ` "${bare.written}" was taken as ${bare.city}; write the full name in the job.`
      : '';
    problems.push(
      field(
        'grossMonthlySalary',
        'below_minimum_wage',
        `Below the minimum wage (${wage.kind.toUpperCase()} ${wage.year}, ${wage.decree}).${missing}${cityNote}${ambiguousNote}${bareNote}`,
        {
          minimum: wage.monthlyAmount,
          kind: wage.kind,
          year: wage.year,
          region: wage.city ?? wage.province,
          decree: wage.decree,
          ...missingYear,
          ...(wage.cityWithoutUmk ? { cityWithoutUmk: wage.cityWithoutUmk } : {}),
          ...(ambiguous
            ? {
                ambiguousCity: ambiguous.written,
                otherCity: ambiguous.other.city,
                otherMinimum: ambiguous.other.monthlyAmount,
              }
            : {}),
          ...(bare ? { bareCity: bare.written, takenCity: bare.city } : {}),
        },
      ),
    );
  }
  terms.allowances.forEach((allowance, index) => {
    if (!allowance.name.trim()) {
      problems.push(field(`allowances.${index}.name`, 'required', 'Name the allowance.'));
    }
    const amount = amountProblem(`allowances.${index}.monthlyAmount`, allowance.monthlyAmount, 0);
    if (amount) problems.push(amount);
  });
  terms.benefits.forEach((benefit, index) => {
    if (!benefit.trim()) problems.push(field(`benefits.${index}`, 'required', 'Describe it.'));
  });
  if (context.province === null) {
    problems.push(
      field(
        'province',
        'required',
        "The job has no province, so the minimum wage is unknown: set the job's province first.",
      ),
    );
  }
  return problems;
}

/**
 * A date field the request carried as text the calendar has no day for (32/12/2026, as typed):
 * named here beside the terms' other problems rather than alone before them.
 */
function unreadableDay(path: 'startDate' | 'expiresOn', day: string): FieldProblem | null {
  if (day.trim() === '') return field(path, 'required', 'This field is required.');
  return isIsoDay(day)
    ? null
    : field(path, 'invalid_date', 'Use a date as YYYY-MM-DD, e.g. 2026-01-31.');
}

function dateProblems(terms: OfferTerms, offerDate: string): FieldProblem[] {
  const unreadable = {
    startDate: unreadableDay('startDate', terms.startDate),
    expiresOn: unreadableDay('expiresOn', terms.expiresOn),
  };
  const problems = [unreadable.startDate, unreadable.expiresOn].filter((p) => p !== null);
  if (!unreadable.startDate && terms.startDate < offerDate) {
    problems.push(
      field('startDate', 'before_offer_date', 'The start date cannot be before the offer date.', {
        offerDate,
      }),
    );
  }
  // The offer date is today, so "before the offer date" and "in the past" are the same here.
  if (!unreadable.expiresOn && terms.expiresOn < offerDate) {
    problems.push(field('expiresOn', 'in_the_past', 'The expiry date has already passed.'));
  }
  return problems;
}

/** The terms, trimmed, when they hold; otherwise every problem, each naming its field. */
export function checkOfferTerms(terms: OfferTerms, context: OfferCheckContext): Result<OfferTerms> {
  const clean: OfferTerms = {
    ...terms,
    jobTitle: terms.jobTitle.trim(),
    allowances: terms.allowances.map((a) => ({ ...a, name: a.name.trim() })),
    benefits: terms.benefits.map((b) => b.trim()),
    workingDays: terms.workingDays.trim(),
    workingHours: terms.workingHours.trim(),
    workLocation: terms.workLocation.trim(),
    note: terms.note.trim(),
  };
  const problems = [
    ...(clean.jobTitle ? [] : [field('jobTitle', 'required', 'The job title is required.')]),
    ...contractProblems(clean),
    ...payProblems(clean, context),
    ...dateProblems(clean, context.offerDate),
  ];
  return problems.length ? { ok: false, problems } : ok(clean);
}

/**
 * A new expiry date: not in the past, not before the offer date, later than the current one, and
 * not after the start date (an answer after the first working day is no answer: HR changes the
 * start date instead, which is a new version).
 */
export function checkExtendedExpiry(
  expiresOn: string,
  current: { expiresOn: string; offerDate: string; startDate: string },
  today: string,
): Result<string> {
  if (expiresOn < today || expiresOn < current.offerDate) {
    return {
      ok: false,
      problems: [field('expiresOn', 'in_the_past', 'The expiry date has already passed.')],
    };
  }
  if (expiresOn <= current.expiresOn) {
    return {
      ok: false,
      problems: [
        field('expiresOn', 'not_later', 'An extension must be later than the current expiry.', {
          current: current.expiresOn,
        }),
      ],
    };
  }
  if (expiresOn > current.startDate) {
    return {
      ok: false,
      problems: [
        field('expiresOn', 'after_start_date', 'The offer cannot expire after the start date.', {
          startDate: current.startDate,
        }),
      ],
    };
  }
  return ok(expiresOn);
}

/**
 * Whether two versions' terms say the same thing: a change that repeats the current terms is no
 * change (no new version, nothing for the candidate to read twice).
 */
export function sameOfferTerms(a: OfferTerms, b: OfferTerms): boolean {
  const scalarKeys = [
    'jobTitle',
    'contractType',
    'contractMonths',
    'probationMonths',
    'grossMonthlySalary',
    'thr',
    'bpjsKesehatan',
    'bpjsKetenagakerjaan',
    'workingDays',
    'workingHours',
    'workLocation',
    'workMode',
    'startDate',
    'expiresOn',
    'note',
  ] as const satisfies readonly (keyof OfferTerms)[];
  return (
    scalarKeys.every((key) => a[key] === b[key]) &&
    a.allowances.length === b.allowances.length &&
    a.allowances.every(
      (allowance, i) =>
        allowance.name === b.allowances[i]?.name &&
        allowance.monthlyAmount === b.allowances[i]?.monthlyAmount,
    ) &&
    a.benefits.length === b.benefits.length &&
    a.benefits.every((benefit, i) => benefit === b.benefits[i])
  );
}
