import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { ExportLinks } from './export-links';
import { reportQuery, type ReportFilterValues } from './report-filter';
import { useReportFormat } from './report-format';
import { ReportTable } from './report-table';

/** Interviews held and missed (the candidate did not come), per stage and job, with the rate. */
export function AttendanceSection({ filter }: { filter: ReportFilterValues }) {
  const { t } = useI18n();
  const format = useReportFormat();
  const { data, error, refetch } = useApiQuery('/api/reports/attendance', {
    query: reportQuery(filter),
  });
  return (
    <>
      <p className="muted">{t('reports.attendance.help')}</p>
      {error && <LoadError error={error} retry={refetch} />}
      {data && data.lines.length === 0 && <p className="muted">{t('reports.attendance.empty')}</p>}
      {data && data.lines.length > 0 && (
        <ReportTable
          columns={[
            t('reports.attendance.job'),
            t('reports.attendance.stage'),
            t('reports.attendance.held'),
            t('reports.attendance.noShows'),
            t('reports.attendance.noShowRate'),
          ]}
          rows={data.lines.map((line) => ({
            key: `${line.stage}-${line.jobId ?? 'all'}`,
            cells: [
              line.jobTitle ?? t('reports.attendance.allJobs'),
              t(`interviews.stage.${line.stage}`),
              format.count(line.held),
              format.count(line.noShows),
              format.percent(line.noShowRate),
            ],
          }))}
        />
      )}
      <ExportLinks report="attendance" title={t('reports.attendance')} filter={filter} />
    </>
  );
}
