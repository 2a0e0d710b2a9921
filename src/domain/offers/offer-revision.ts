import type { Locale } from '../locale';
import type { OfferTerms } from './offer-terms';

/** The parts of an offer a candidate would notice changing, in the order a letter lists them. */
export const revisableTerms = [
  'jobTitle',
  'contract',
  'probationMonths',
  'grossMonthlySalary',
  'allowances',
  'benefits',
  'thr',
  'bpjs',
  'workingTime',
  'workLocation',
  'startDate',
  'expiresOn',
  'note',
] as const;
export type RevisableTerm = (typeof revisableTerms)[number];

/** Each part read as one comparable value; lists and pairs compare as a whole. */
const valueOf: Record<RevisableTerm, (terms: OfferTerms) => unknown> = {
  jobTitle: (t) => t.jobTitle.trim(),
  contract: (t) => [t.contractType, t.contractType === 'pkwt' ? t.contractMonths : null],
  probationMonths: (t) => t.probationMonths,
  grossMonthlySalary: (t) => t.grossMonthlySalary,
  allowances: (t) => t.allowances.map((a) => [a.name.trim(), a.monthlyAmount]),
  benefits: (t) => t.benefits.map((b) => b.trim()),
  thr: (t) => t.thr,
  bpjs: (t) => [t.bpjsKesehatan, t.bpjsKetenagakerjaan],
  workingTime: (t) => [t.workingDays.trim(), t.workingHours.trim()],
  workLocation: (t) => [t.workLocation.trim(), t.workMode],
  startDate: (t) => t.startDate,
  expiresOn: (t) => t.expiresOn,
  note: (t) => t.note.trim(),
};

/** What a revision changed from the version the candidate last saw, as the parts' names. */
export function revisedTerms(before: OfferTerms, after: OfferTerms): RevisableTerm[] {
  return revisableTerms.filter(
    (term) => JSON.stringify(valueOf[term](before)) !== JSON.stringify(valueOf[term](after)),
  );
}

const names: Record<Locale, Record<RevisableTerm, string>> = {
  id: {
    jobTitle: 'jabatan',
    contract: 'jenis kontrak',
    probationMonths: 'masa percobaan',
    grossMonthlySalary: 'gaji pokok',
    allowances: 'tunjangan',
    benefits: 'fasilitas',
    thr: 'THR',
    bpjs: 'BPJS',
    workingTime: 'hari dan jam kerja',
    workLocation: 'lokasi kerja',
    startDate: 'tanggal mulai',
    expiresOn: 'batas waktu jawaban',
    note: 'catatan',
  },
  en: {
    jobTitle: 'job title',
    contract: 'contract type',
    probationMonths: 'probation',
    grossMonthlySalary: 'base salary',
    allowances: 'allowances',
    benefits: 'benefits',
    thr: 'THR',
    bpjs: 'BPJS',
    workingTime: 'working days and hours',
    workLocation: 'work location',
    startDate: 'start date',
    expiresOn: 'answer deadline',
    note: 'note',
  },
};

const nothingChanged: Record<Locale, string> = {
  id: 'syaratnya tidak berubah',
  en: 'the terms are unchanged',
};

/**
 * "gaji pokok, tanggal mulai" / "base salary, start date": which parts changed, never their amounts
 * (an e-mail names what to look at; the portal and the letter hold the figures).
 */
export function revisedTermsText(terms: readonly RevisableTerm[], locale: Locale): string {
  return terms.length === 0
    ? nothingChanged[locale]
    : terms.map((t) => names[locale][t]).join(', ');
}
