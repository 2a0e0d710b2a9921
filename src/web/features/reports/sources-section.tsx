import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { ExportLinks } from './export-links';
import { reportQuery, type ReportFilterValues } from './report-filter';
import { ReportFigure, seriesColors } from './report-figure';
import { useReportFormat } from './report-format';

/** Applications, interviews, offers and hires per source, with conversion. */
export function SourcesSection({ filter }: { filter: ReportFilterValues }) {
  const { t } = useI18n();
  const format = useReportFormat();
  const { data, error, refetch } = useApiQuery('/api/reports/sources', {
    query: reportQuery(filter),
  });
  const counts = ['applications', 'interviewed', 'offered', 'hired'] as const;
  return (
    <>
      <p className="muted">{t('reports.sources.help')}</p>
      {error && <LoadError error={error} retry={refetch} />}
      {data && data.sources.length === 0 && <p className="muted">{t('reports.empty')}</p>}
      {data && data.sources.length > 0 && (
        <ReportFigure
          chart={{
            label: t('reports.chartOf', { title: t('reports.sources') }),
            layout: 'vertical',
            rows: data.sources.map((row) => ({
              label: t(`source.${row.source}`),
              applications: row.applications,
              hired: row.hired,
            })),
            series: [
              {
                key: 'applications',
                name: t('reports.sources.applications'),
                color: seriesColors[0],
              },
              { key: 'hired', name: t('reports.sources.hired'), color: seriesColors[1] },
            ],
          }}
          table={{
            columns: [
              t('reports.sources.source'),
              ...counts.map((count) => t(`reports.sources.${count}`)),
              t('reports.sources.interviewRate'),
              t('reports.sources.hireRate'),
            ],
            rows: data.sources.map((row) => ({
              key: row.source,
              cells: [
                t(`source.${row.source}`),
                ...counts.map((count) => format.count(row[count])),
                format.percent(row.interviewRate),
                format.percent(row.hireRate),
              ],
            })),
          }}
        />
      )}
      <ExportLinks report="sources" title={t('reports.sources')} filter={filter} />
    </>
  );
}
