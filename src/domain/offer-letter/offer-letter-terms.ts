import type { Locale } from '../locale';
import { formatRupiah, type Rupiah } from '../money';
import type { OfferTerms } from '../offers/offer-terms';

/**
 * What an offer letter says, as plain data: the offer's terms, the candidate's and the company's
 * names. Dates are calendar dates (`2026-12-04`). The offers feature fills this from an offer's
 * current version; the admin preview fills it with a sample.
 */
export interface OfferLetterTerms extends Omit<
  OfferTerms,
  'grossMonthlySalary' | 'allowances' | 'benefits'
> {
  companyName: string;
  candidateName: string;
  grossMonthlySalary: Rupiah;
  allowances: readonly { name: string; monthlyAmount: Rupiah }[];
  benefits: readonly string[];
  offerDate: string;
}

const months: Record<Locale, readonly string[]> = {
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(
    ' ',
  ),
  en: 'January February March April May June July August September October November December'.split(
    ' ',
  ),
};

/** `2026-12-04` → `4 Desember 2026` / `4 December 2026`, as a letter dates things. */
export function letterDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${months[locale][(month ?? 1) - 1]} ${year}`;
}

const words = {
  id: {
    pkwtt: 'Perjanjian Kerja Waktu Tidak Tertentu (PKWTT, karyawan tetap)',
    pkwt: (n: number | null) => `Perjanjian Kerja Waktu Tertentu (PKWT) selama ${n ?? '-'} bulan`,
    noProbation: 'Tanpa masa percobaan',
    probation: (n: number) => `${n} bulan`,
    perMonth: 'per bulan',
    thr: 'Tunjangan Hari Raya (THR) sesuai ketentuan yang berlaku',
    noThr: 'Tidak termasuk',
    bpjsKesehatan: 'BPJS Kesehatan',
    bpjsKetenagakerjaan: 'BPJS Ketenagakerjaan',
    noBpjs: 'Tidak termasuk',
    onsite: 'di kantor',
    hybrid: 'hybrid (kantor dan jarak jauh)',
    remote: 'jarak jauh (remote)',
  },
  en: {
    pkwtt: 'Permanent employment (PKWTT)',
    pkwt: (n: number | null) => `Fixed-term employment (PKWT) for ${n ?? '-'} months`,
    noProbation: 'No probation period',
    probation: (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`,
    perMonth: 'per month',
    thr: 'Religious holiday allowance (THR) as required by law',
    noThr: 'Not included',
    bpjsKesehatan: 'BPJS Kesehatan (health insurance)',
    bpjsKetenagakerjaan: 'BPJS Ketenagakerjaan (employment social security)',
    noBpjs: 'Not included',
    onsite: 'on site',
    hybrid: 'hybrid (office and remote)',
    remote: 'remote',
  },
} as const;

/** Each placeholder's text in the candidate's language; list values are one line per item. */
export function offerLetterValues(terms: OfferLetterTerms, locale: Locale): Record<string, string> {
  const w = words[locale];
  const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');
  const bpjs = [
    ...(terms.bpjsKesehatan ? [w.bpjsKesehatan] : []),
    ...(terms.bpjsKetenagakerjaan ? [w.bpjsKetenagakerjaan] : []),
  ];
  return {
    companyName: terms.companyName,
    candidateName: terms.candidateName,
    jobTitle: terms.jobTitle,
    contractType: terms.contractType === 'pkwtt' ? w.pkwtt : w.pkwt(terms.contractMonths),
    probation: terms.probationMonths > 0 ? w.probation(terms.probationMonths) : w.noProbation,
    grossMonthlySalary: `${formatRupiah(terms.grossMonthlySalary)} ${w.perMonth}`,
    allowances: list(
      terms.allowances.map((a) => `${a.name}: ${formatRupiah(a.monthlyAmount)} ${w.perMonth}`),
    ),
    benefits: list(terms.benefits),
    thr: terms.thr ? w.thr : w.noThr,
    bpjs: bpjs.length === 0 ? w.noBpjs : bpjs.join(', '),
    // Left empty when not given: the letter then leaves out the line (writeOfferLetter).
    workingDays: terms.workingDays,
    workingHours: terms.workingHours,
    workLocation: terms.workLocation,
    workMode: w[terms.workMode],
    offerDate: letterDate(terms.offerDate, locale),
    startDate: letterDate(terms.startDate, locale),
    expiresOn: letterDate(terms.expiresOn, locale),
    note: terms.note,
  };
}

/** A believable offer for the template preview: the admin sees every placeholder filled. */
export function sampleOfferLetterTerms(companyName: string, locale: Locale): OfferLetterTerms {
  return {
    companyName,
    candidateName: 'Siti Rahmawati',
    jobTitle: locale === 'id' ? 'Analis Data Senior' : 'Senior Data Analyst',
    contractType: 'pkwtt',
    contractMonths: null,
    probationMonths: 3,
    grossMonthlySalary: 12_500_000,
    allowances: [
      { name: locale === 'id' ? 'Transportasi' : 'Transport', monthlyAmount: 750_000 },
      { name: locale === 'id' ? 'Makan' : 'Meals', monthlyAmount: 600_000 },
    ],
    benefits: [locale === 'id' ? 'Asuransi kesehatan keluarga' : 'Family health insurance'],
    thr: true,
    bpjsKesehatan: true,
    bpjsKetenagakerjaan: true,
    workingDays: locale === 'id' ? 'Senin-Jumat' : 'Monday-Friday',
    workingHours: '09.00-18.00 WIB',
    workLocation: 'Jakarta Selatan',
    workMode: 'hybrid',
    offerDate: '2026-12-04',
    startDate: '2027-01-04',
    expiresOn: '2026-12-11',
    note: '',
  };
}
