import { defaultPeriodMonths, reportDays } from '../../../domain/reports/report-filter';
import { useI18n } from '../../i18n/i18n';
import type { ReportFilterValues } from './report-filter';

/** Noon in Jakarta: the day stays the same day in any reader's formatting. */
const jakartaNoon = (day: string) => `${day}T12:00:00+07:00`;

/**
 * The period the reports cover, said under the filter: with no dates chosen the inputs stay empty
 * while the server counts the last twelve months, and the reader must see which ones.
 */
export function ReportPeriod({ filter }: { filter: ReportFilterValues }) {
  const { t, date } = useI18n();
  const days = reportDays(
    { from: filter.from || undefined, to: filter.to || undefined },
    new Date(),
  );
  const params = { from: date(jakartaNoon(days.from)), to: date(jakartaNoon(days.to)) };
  return (
    <p className="report-period" aria-live="polite">
      {filter.from || filter.to
        ? t('reports.period', params)
        : t('reports.periodDefault', { ...params, months: defaultPeriodMonths })}
    </p>
  );
}
