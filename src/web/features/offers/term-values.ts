import type { ApiData } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { TermsShape } from './offer-form-state';
import { formatRupiah } from './rupiah';

/**
 * The parts of an offer a version can change, as the server names them in `changedTerms` (the
 * domain's `revisableTerms`): the server decides what changed, the page only says how it reads.
 */
export type RevisedTerm = ApiData<
  'get',
  '/api/offers/{offerId}'
>['versions'][number]['changedTerms'][number];

/** The single fields the terms view shows one per line. */
type TermField =
  | 'jobTitle'
  | 'contract'
  | 'probationMonths'
  | 'grossMonthlySalary'
  | 'allowances'
  | 'benefits'
  | 'thr'
  | 'bpjsKesehatan'
  | 'bpjsKetenagakerjaan'
  | 'workingDays'
  | 'workingHours'
  | 'workLocation'
  | 'startDate'
  | 'expiresOn'
  | 'note';

/** A term as the page shows it: amounts in rupiah, dates in words, ticks as yes/no. */
export function useTermValue() {
  const { t, date } = useI18n();
  const yesNo = (on: boolean) => t(on ? 'offers.yes' : 'offers.no');
  return (term: TermField, terms: TermsShape): string => {
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

/** A revised term, named and read as one line: BPJS and the working time join their two fields. */
export function useRevisedTerm() {
  const { t } = useI18n();
  const value = useTermValue();
  return {
    label(term: RevisedTerm): string {
      switch (term) {
        case 'contract':
          return t('offers.contractType');
        case 'grossMonthlySalary':
          return t('offers.salary');
        case 'bpjs':
          return t('offers.bpjs');
        case 'workingTime':
          return t('offers.workingTime');
        default:
          return t(`offers.${term}`);
      }
    },
    value(term: RevisedTerm, terms: TermsShape): string {
      switch (term) {
        case 'bpjs':
          return [
            `${t('offers.bpjsKesehatan')}: ${value('bpjsKesehatan', terms)}`,
            `${t('offers.bpjsKetenagakerjaan')}: ${value('bpjsKetenagakerjaan', terms)}`,
          ].join('; ');
        case 'workingTime':
          return [terms.workingDays, terms.workingHours].filter(Boolean).join(' · ') || '—';
        default:
          return value(term, terms);
      }
    },
  };
}
