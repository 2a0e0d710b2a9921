import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n';

/** Figures as the reader's language writes them; a hidden figure reads "too few", never 0. */
export function useReportFormat() {
  const { locale, t } = useI18n();
  return useMemo(() => {
    const intl = locale === 'id' ? 'id-ID' : 'en-GB';
    const percent = new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 1 });
    const decimal = new Intl.NumberFormat(intl, { maximumFractionDigits: 1 });
    return {
      percent: (share: number | null) =>
        share === null ? t('reports.tooFew') : percent.format(share),
      days: (days: number | null) =>
        days === null ? t('reports.tooFew') : t('reports.days', { days: decimal.format(days) }),
      count: (count: number) => decimal.format(count),
      month: (month: string) =>
        new Intl.DateTimeFormat(intl, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${month}-01T00:00:00Z`),
        ),
    };
  }, [locale, t]);
}
