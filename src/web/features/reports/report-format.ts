import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n';

/** Figures as the reader's language writes them; a hidden figure reads "too few", never 0. */
export function useReportFormat() {
  const { locale, t, number } = useI18n();
  return useMemo(() => {
    const intl = locale === 'id' ? 'id-ID' : 'en-GB';
    const decimal = (value: number) => number(value, { decimals: 1, upTo: true });
    return {
      percent: (share: number | null) =>
        share === null
          ? t('reports.tooFew')
          : number(share, { decimals: 1, upTo: true, percent: true }),
      days: (days: number | null) =>
        days === null ? t('reports.tooFew') : t('reports.days', { days: decimal(days) }),
      count: decimal,
      month: (month: string) =>
        new Intl.DateTimeFormat(intl, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${month}-01T00:00:00Z`),
        ),
    };
  }, [locale, t, number]);
}

/** A count's catalogue key: its "One" form for exactly 1, since English says "1 stay", "2 stays". */
export function countKey<K extends string>(key: K, count: number): K | `${K}One` {
  return count === 1 ? `${key}One` : key;
}
