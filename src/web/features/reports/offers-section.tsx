import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { ExportLinks } from './export-links';
import { reportQuery, type ReportFilterValues } from './report-filter';
import { ReportFigure, seriesColors } from './report-figure';
import { useReportFormat } from './report-format';
import { ReportTable } from './report-table';
import { shownText } from './report-shown';

const outcomes = ['accepted', 'declined', 'withdrawn', 'waiting'] as const;

/** What became of the offers sent, why candidates declined, and accepted pay against the band. */
export function OffersSection({ filter }: { filter: ReportFilterValues }) {
  const { t } = useI18n();
  const format = useReportFormat();
  const { data, error, refetch } = useApiQuery('/api/reports/offers', {
    query: reportQuery(filter),
  });
  return (
    <>
      <p className="muted">{t('reports.offers.help')}</p>
      {error && <LoadError error={error} retry={refetch} />}
      {data && data.made === 0 && <p className="muted">{t('reports.offers.empty')}</p>}
      {data && data.made > 0 && (
        <>
          <dl className="report-figures">
            <div>
              <dt>{t('reports.offers.made')}</dt>
              <dd>{format.count(data.made)}</dd>
            </div>
            <div>
              <dt>{t('reports.offers.acceptanceRate')}</dt>
              <dd>{shownText(data.acceptanceRate, format.percent)}</dd>
            </div>
            <div>
              <dt>
                {t('reports.offers.answerTime')} ({t('reports.offers.median')})
              </dt>
              <dd>{shownText(data.answerDays.median, format.days)}</dd>
            </div>
            <div>
              <dt>
                {t('reports.offers.answerTime')} ({t('reports.offers.p90')})
              </dt>
              <dd>{shownText(data.answerDays.p90, format.days)}</dd>
            </div>
          </dl>
          {/* The report counts offers; the list names them (the report's job, any date). */}
          <p>
            <Link
              href={filter.jobId ? `/offers?jobId=${filter.jobId}` : '/offers'}
              data-testid="offer-list-link"
            >
              {t('offerList.fromReport')}
            </Link>
          </p>
          <ReportFigure
            chart={{
              label: t('reports.chartOf', { title: t('reports.offers') }),
              layout: 'vertical',
              rows: outcomes.map((outcome) => ({
                label: t(`reports.offers.${outcome}`),
                count: data[outcome],
              })),
              series: [{ key: 'count', name: t('reports.offers.count'), color: seriesColors[0] }],
            }}
            table={{
              columns: [t('reports.offers.outcome'), t('reports.offers.count')],
              rows: outcomes.map((outcome) => ({
                key: outcome,
                cells: [t(`reports.offers.${outcome}`), format.count(data[outcome])],
              })),
            }}
          />
          <div className="report-pair">
            <ReportTable
              caption={t('reports.offers.declineReasons')}
              columns={[t('reports.offers.reason'), t('reports.offers.count')]}
              rows={data.declineReasons.map((row) => ({
                key: row.reason,
                cells: [t(`reports.offers.reason.${row.reason}`), format.count(row.count)],
              }))}
            />
            <ReportTable
              caption={t('reports.offers.salaries')}
              columns={[t('reports.offers.position'), t('reports.offers.count')]}
              rows={data.acceptedSalaries.map((row) => ({
                key: row.position,
                cells: [t(`reports.offers.position.${row.position}`), format.count(row.count)],
              }))}
            />
          </div>
        </>
      )}
      <ExportLinks report="offers" title={t('reports.offers')} filter={filter} />
    </>
  );
}
