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
          table={
            <table className="comparison">
              <thead>
                <tr>
                  <th scope="col">{t('reports.sources.source')}</th>
                  {counts.map((count) => (
                    <th scope="col" key={count}>
                      {t(`reports.sources.${count}`)}
                    </th>
                  ))}
                  <th scope="col">{t('reports.sources.interviewRate')}</th>
                  <th scope="col">{t('reports.sources.hireRate')}</th>
                </tr>
              </thead>
              <tbody>
                {data.sources.map((row) => (
                  <tr key={row.source}>
                    <th scope="row">{t(`source.${row.source}`)}</th>
                    {counts.map((count) => (
                      <td key={count}>{format.count(row[count])}</td>
                    ))}
                    <td>{format.percent(row.interviewRate)}</td>
                    <td>{format.percent(row.hireRate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
      <ExportLinks report="sources" title={t('reports.sources')} filter={filter} />
    </>
  );
}
