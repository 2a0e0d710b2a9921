import type { ApiData } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { ExportLinks } from './export-links';
import { reportQuery, type ReportFilterValues } from './report-filter';
import { ReportFigure, seriesColors } from './report-figure';
import { useReportFormat } from './report-format';

type Speed = ApiData<'get', '/api/reports/speed'>;
type Durations = Speed['toHire'];

/** Time in each stage, to hire and to first contact; who waits too long now; month by month. */
export function SpeedSection({ filter }: { filter: ReportFilterValues }) {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/reports/speed', {
    query: reportQuery(filter),
  });
  return (
    <>
      <p className="muted">{t('reports.speed.help')}</p>
      {error && <LoadError error={error} retry={refetch} />}
      {data && (
        <>
          <Durations speed={data} />
          <p className="muted">{t('reports.speed.firstContactHelp')}</p>
          <Waiting speed={data} />
          <Trend speed={data} />
        </>
      )}
      <ExportLinks report="speed" title={t('reports.speed')} filter={filter} />
    </>
  );
}

function Durations({ speed }: { speed: Speed }) {
  const { t } = useI18n();
  const format = useReportFormat();
  const rows: [string, Durations][] = [
    ...speed.stages
      .filter((row) => row.stage !== 'tests' || row.count > 0)
      .map((row): [string, Durations] => [t(`stage.${row.stage}`), row]),
    [t('reports.speed.toHire'), speed.toHire],
    [t('reports.speed.toFirstContact'), speed.toFirstContact],
  ];
  return (
    <ReportFigure
      chart={{
        label: t('reports.chartOf', { title: t('reports.speed') }),
        layout: 'vertical',
        rows: rows.map(([label, row]) => ({ label, median: row.medianDays, p90: row.p90Days })),
        series: [
          { key: 'median', name: t('reports.speed.median'), color: seriesColors[0] },
          { key: 'p90', name: t('reports.speed.p90'), color: seriesColors[2] },
        ],
      }}
      table={
        <table className="comparison">
          <thead>
            <tr>
              <th scope="col">{t('reports.speed.measure')}</th>
              <th scope="col">{t('reports.speed.cases')}</th>
              <th scope="col">{t('reports.speed.median')}</th>
              <th scope="col">{t('reports.speed.p90')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, row]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{format.count(row.count)}</td>
                <td>{format.days(row.medianDays)}</td>
                <td>{format.days(row.p90Days)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function Waiting({ speed }: { speed: Speed }) {
  const { t } = useI18n();
  const format = useReportFormat();
  const rows = speed.waiting.filter((row) => row.stage !== 'tests' || row.waiting > 0);
  return (
    <>
      <h3>{t('reports.speed.waiting')}</h3>
      <p className="muted">{t('reports.speed.waitingHelp')}</p>
      <div className="table-scroll report-table">
        <table className="comparison">
          <thead>
            <tr>
              <th scope="col">{t('reports.funnel.stage')}</th>
              <th scope="col">{t('reports.speed.inStage')}</th>
              <th scope="col">{t('reports.speed.overTarget')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.stage}>
                <th scope="row">{t(`stage.${row.stage}`)}</th>
                <td>{format.count(row.waiting)}</td>
                <td className={row.overTarget > 0 ? 'report-alert' : undefined}>
                  {format.count(row.overTarget)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Trend({ speed }: { speed: Speed }) {
  const { t } = useI18n();
  const format = useReportFormat();
  if (speed.trend.length === 0) return <p className="muted">{t('reports.empty')}</p>;
  return (
    <>
      <h3>{t('reports.speed.trend')}</h3>
      <ReportFigure
        chart={{
          label: t('reports.chartOf', { title: t('reports.speed.trend') }),
          rows: speed.trend.map((month) => ({
            label: format.month(month.month),
            applications: month.applications,
            hires: month.hires,
          })),
          series: [
            { key: 'applications', name: t('reports.speed.applications'), color: seriesColors[0] },
            { key: 'hires', name: t('reports.speed.hires'), color: seriesColors[1] },
          ],
        }}
        table={
          <table className="comparison">
            <thead>
              <tr>
                <th scope="col">{t('reports.speed.month')}</th>
                <th scope="col">{t('reports.speed.applications')}</th>
                <th scope="col">{t('reports.speed.hires')}</th>
                <th scope="col">{t('reports.speed.medianToHire')}</th>
                <th scope="col">{t('reports.speed.medianToContact')}</th>
              </tr>
            </thead>
            <tbody>
              {speed.trend.map((month) => (
                <tr key={month.month}>
                  <th scope="row">{format.month(month.month)}</th>
                  <td>{format.count(month.applications)}</td>
                  <td>{format.count(month.hires)}</td>
                  <td>{format.days(month.toHire.medianDays)}</td>
                  <td>{format.days(month.toFirstContact.medianDays)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </>
  );
}
