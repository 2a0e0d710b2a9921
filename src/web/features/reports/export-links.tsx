import type { ReportName } from '../../../domain/reports/report-filter';
import { apiUrl } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { ReportFilterValues } from './report-filter';
import { reportQuery } from './report-filter';

/** Download links for one report as CSV and XLSX, with the filter on screen and the UI language. */
export function ExportLinks({
  report,
  title,
  filter,
  extra = {},
}: {
  report: ReportName;
  title: string;
  filter: ReportFilterValues;
  extra?: Record<string, string>;
}) {
  const { t, locale } = useI18n();
  const href = (format: 'csv' | 'xlsx') =>
    apiUrl('/api/reports/{report}/export', {
      path: { report },
      query: { ...reportQuery(filter), ...extra, format, locale },
    });
  return (
    <p className="report-exports">
      <span>{t('reports.download', { report: title })}:</span>{' '}
      <a className="button button--quiet" href={href('csv')} download>
        {t('reports.downloadCsv')}
      </a>{' '}
      <a className="button button--quiet" href={href('xlsx')} download>
        {t('reports.downloadXlsx')}
      </a>
    </p>
  );
}
