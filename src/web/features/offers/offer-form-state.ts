import { parseRupiah } from '../../../domain/money';
import { groupRupiahDigits } from './rupiah';
import type { OfferTerms } from '../../../domain/offers/offer-terms';

/**
 * The offer form as typed: amounts as the grouped text the fields show (`8.500.000`), numbers of
 * months as text, lines as rows that can be added and removed. `toTerms` turns it into the API's
 * terms; anything unreadable goes as-is so the server names the field.
 */
export interface OfferFormState extends Omit<
  OfferTerms,
  'contractMonths' | 'probationMonths' | 'grossMonthlySalary' | 'allowances' | 'benefits'
> {
  contractMonths: string;
  probationMonths: string;
  grossMonthlySalary: string;
  allowances: { key: number; name: string; monthlyAmount: string }[];
  benefits: { key: number; text: string }[];
}

/** The terms as the API takes and returns them (amounts in whole rupiah): the domain's. */
export type TermsShape = OfferTerms;

let nextKey = 1;
/** React keys for lines, so removing one keeps the others' typing where it is. */
export const lineKey = () => nextKey++;

/** A blank draft: the job's title, place and way of working filled in, the usual defaults ticked. */
export function blankOfferForm(job: {
  jobTitle: string;
  workLocation: string;
  workMode: OfferFormState['workMode'];
  contractType: OfferFormState['contractType'];
}): OfferFormState {
  return {
    jobTitle: job.jobTitle,
    contractType: job.contractType,
    contractMonths: job.contractType === 'pkwt' ? '12' : '',
    // A PKWT may have no probation (PP 35/2021); a PKWTT up to three months.
    probationMonths: job.contractType === 'pkwt' ? '0' : '3',
    grossMonthlySalary: '',
    allowances: [],
    benefits: [],
    thr: true,
    bpjsKesehatan: true,
    bpjsKetenagakerjaan: true,
    workingDays: '',
    workingHours: '',
    workLocation: job.workLocation,
    workMode: job.workMode,
    startDate: '',
    expiresOn: '',
    note: '',
  };
}

/** The form filled with a version's terms, to change it into a new version. */
export function offerFormFrom(terms: TermsShape): OfferFormState {
  return {
    ...pickPlainFields(terms),
    contractType: terms.contractType,
    contractMonths: terms.contractMonths === null ? '' : String(terms.contractMonths),
    probationMonths: String(terms.probationMonths),
    grossMonthlySalary: groupRupiahDigits(String(terms.grossMonthlySalary)),
    allowances: terms.allowances.map((a) => ({
      key: lineKey(),
      name: a.name,
      monthlyAmount: groupRupiahDigits(String(a.monthlyAmount)),
    })),
    benefits: terms.benefits.map((text) => ({ key: lineKey(), text })),
  };
}

const wholeNumber = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * The form as the API's terms. An empty amount or number becomes NaN, which JSON sends as null,
 * so the server answers with the field's own error rather than the form guessing a zero.
 */
export function toTerms(form: OfferFormState): TermsShape {
  return {
    ...pickPlainFields(form),
    contractType: form.contractType,
    contractMonths: form.contractType === 'pkwt' ? wholeNumber(form.contractMonths) : null,
    probationMonths: form.contractType === 'pkwt' ? 0 : wholeNumber(form.probationMonths),
    grossMonthlySalary: amountOf(form.grossMonthlySalary),
    allowances: form.allowances.map((a) => ({
      name: a.name,
      monthlyAmount: amountOf(a.monthlyAmount),
    })),
    benefits: form.benefits.map((b) => b.text),
  };
}

/** The field's text read as the domain reads rupiah (`8.500.000`); empty or unreadable is NaN. */
export function amountOf(shown: string): number {
  const read = parseRupiah(shown);
  return read.ok ? read.value : Number.NaN;
}

/** The fields typed as they are sent (text, ticks, the mode and dates). */
function pickPlainFields(source: OfferFormState | TermsShape) {
  const { jobTitle, thr, bpjsKesehatan, bpjsKetenagakerjaan, workingDays, workingHours } = source;
  const { workLocation, workMode, startDate, expiresOn, note } = source;
  return {
    jobTitle,
    thr,
    bpjsKesehatan,
    bpjsKetenagakerjaan,
    workingDays,
    workingHours,
    workLocation,
    workMode,
    startDate,
    expiresOn,
    note,
  };
}
