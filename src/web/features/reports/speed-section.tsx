import type { ApiData } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { ExportLinks } from './export-links';
import { reportQuery, type ReportFilterValues } from './report-filter';
import { ReportFigure, seriesColors } from './report-figure';
import { countKey, useReportFormat } from './report-format';
import { ReportTable } from './report-table';

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
  // A stage's row counts stays (one per time an application entered it), the two overall
  // durations count applications: the unit is written in each cell so neither reads as the other.
  const rows: [string, Durations, 'stays' | 'applicationCount'][] = [
    ...speed.stages
      .filter((row) => row.stage !== 'tests' || row.count > 0)
      .map((row): [string, Durations, 'stays'] => [t(`stage.${row.stage}`), row, 'stays']),
    [t('reports.speed.toHire'), speed.toHire, 'applicationCount'],
    [t('reports.speed.toFirstContact'), speed.toFirstContact, 'applicationCount'],
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
      table={{
        columns: [
          t('reports.speed.measure'),
          t('reports.speed.counted'),
          t('reports.speed.median'),
          t('reports.speed.p90'),
        ],
        rows: rows.map(([label, row, unit]) => ({
          key: label,
          cells: [
            label,
            t(countKey(`reports.speed.${unit}`, row.count), { count: format.count(row.count) }),
            format.days(row.medianDays),
            format.days(row.p90Days),
          ],
        })),
      }}
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
      <ReportTable
        columns={[
          t('reports.funnel.stage'),
          t('reports.speed.inStage'),
          t('reports.speed.overTarget'),
        ]}
        rows={rows.map((row) => ({
          key: row.stage,
          cells: [t(`stage.${row.stage}`), format.count(row.waiting), format.count(row.overTarget)],
          alert: row.overTarget > 0 ? [2] : [],
        }))}
      />
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
        table={{
          columns: [
            t('reports.speed.month'),
            t('reports.speed.applications'),
            t('reports.speed.hires'),
            t('reports.speed.medianToHire'),
            t('reports.speed.medianToContact'),
          ],
          rows: speed.trend.map((month) => ({
            key: month.month,
            cells: [
              format.month(month.month),
              format.count(month.applications),
              format.count(month.hires),
              format.days(month.toHire.medianDays),
              format.days(month.toFirstContact.medianDays),
            ],
          })),
        }}
      />
    </>
  );
}
