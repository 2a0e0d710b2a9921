import { useI18n } from '../../i18n/i18n';
import type { TermsShape } from './offer-form-state';
import { formatRupiah } from './rupiah';

/** The terms a version can differ in, each read as one line of text. */
export const comparedTerms = [
  'jobTitle',
  'contract',
  'probationMonths',
  'grossMonthlySalary',
  'allowances',
  'benefits',
  'thr',
  'bpjsKesehatan',
  'bpjsKetenagakerjaan',
  'workingDays',
  'workingHours',
  'workLocation',
  'startDate',
  'expiresOn',
  'note',
] as const;
export type ComparedTerm = (typeof comparedTerms)[number];

/** A term as the page shows it: amounts in rupiah, dates in words, ticks as yes/no. */
export function useTermValue() {
  const { t, date } = useI18n();
  const yesNo = (on: boolean) => t(on ? 'offers.yes' : 'offers.no');
  return (term: ComparedTerm, terms: TermsShape): string => {
    switch (term) {
      case 'contract':
        return terms.contractType === 'pkwt'
          ? `${t('offers.contract.pkwt')}, ${t('offers.months', { n: terms.contractMonths ?? 0 })}`
          : t('offers.contract.pkwtt');
      case 'probationMonths':
        return terms.probationMonths
          ? t('offers.months', { n: terms.probationMonths })
          : t('offers.noProbation');
      case 'grossMonthlySalary':
        return formatRupiah(terms.grossMonthlySalary);
      case 'allowances':
        return (
          terms.allowances.map((a) => `${a.name} ${formatRupiah(a.monthlyAmount)}`).join('; ') ||
          '—'
        );
      case 'benefits':
        return terms.benefits.join('; ') || '—';
      case 'thr':
      case 'bpjsKesehatan':
      case 'bpjsKetenagakerjaan':
        return yesNo(terms[term]);
      case 'workLocation':
        return [terms.workLocation, t(`offers.mode.${terms.workMode}`)].filter(Boolean).join(' · ');
      case 'startDate':
      case 'expiresOn':
        return date(terms[term]);
      default:
        return terms[term] || '—';
    }
  };
}

/** The label of each compared term. */
export function useTermLabel() {
  const { t } = useI18n();
  return (term: ComparedTerm): string =>
    term === 'contract'
      ? t('offers.contractType')
      : term === 'grossMonthlySalary'
        ? t('offers.salary')
        : t(`offers.${term}`);
}
