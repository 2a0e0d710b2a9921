import type { ApiData } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { ChoiceField } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { reportGroupings as groupings } from '../../../domain/reports/report-filter';
import { useI18n } from '../../i18n/i18n';
import { useSearchValues } from '../../router';
import { ExportLinks } from './export-links';
import { reportQuery, type ReportFilterValues } from './report-filter';
import { ReportFigure, seriesColors } from './report-figure';
import { countKey, useReportFormat } from './report-format';
import { ReportTable } from './report-table';

type FunnelGroup = ApiData<'get', '/api/reports/funnel'>['groups'][number];

/** Entered, went on and dropped, per stage: for the selection, then per job/department/source. */
export function FunnelSection({ filter }: { filter: ReportFilterValues }) {
  const { t } = useI18n();
  // In the address with the page's filter (as `funnelBy`: the other sections have no grouping).
  const [{ funnelBy }, changeSearch] = useSearchValues(['funnelBy']);
  const by = groupings.find((grouping) => grouping === funnelBy) ?? '';
  const query = { ...reportQuery(filter), ...(by ? { by } : {}) };
  const { data, error, refetch } = useApiQuery('/api/reports/funnel', { query });
  return (
    <>
      <p className="muted">{t('reports.funnel.help')}</p>
      <div className="filters">
        <ChoiceField
          label={t('reports.funnel.by')}
          name="by"
          value={by}
          onChange={(e) => changeSearch({ funnelBy: e.target.value })}
          placeholder={t('reports.funnel.by.none')}
          choices={groupings.map((grouping) => ({
            value: grouping,
            label: t(`reports.funnel.by.${grouping}`),
          }))}
        />
      </div>
      {error && <LoadError error={error} retry={refetch} />}
      {data?.groups.map((group) => (
        <FunnelOfGroup key={group.key} group={group} />
      ))}
      <ExportLinks
        report="funnel"
        title={t('reports.funnel')}
        filter={filter}
        extra={by ? { by } : {}}
      />
    </>
  );
}

function FunnelOfGroup({ group }: { group: FunnelGroup }) {
  const { t, tk } = useI18n();
  const format = useReportFormat();
  const title =
    group.key === 'all' ? t('reports.funnel.overall') : tk('source', group.label, group.label);
  // A job without a tests stage shows no empty "tests" step.
  const steps = group.steps.filter((step) => step.stage !== 'tests' || step.entered > 0);
  return (
    <section className="report-group" aria-label={title}>
      <h3>
        {title}{' '}
        <small className="muted">
          {t(countKey('reports.funnel.applications', group.applications), {
            count: group.applications,
          })}
        </small>
      </h3>
      {group.applications === 0 ? (
        <p className="muted">{t('reports.empty')}</p>
      ) : (
        <ReportFigure
          chart={{
            label: t('reports.chartOf', { title }),
            layout: 'vertical',
            rows: steps.map((step) => ({ label: t(`stage.${step.stage}`), entered: step.entered })),
            series: [{ key: 'entered', name: t('reports.funnel.entered'), color: seriesColors[0] }],
          }}
          table={{
            columns: [
              t('reports.funnel.stage'),
              t('reports.funnel.entered'),
              t('reports.funnel.advanced'),
              t('reports.funnel.passThrough'),
            ],
            rows: steps.map((step) => ({
              key: step.stage,
              cells: [
                t(`stage.${step.stage}`),
                format.count(step.entered),
                step.stage === 'hired' ? '–' : format.count(step.advanced),
                step.stage === 'hired' ? '–' : format.percent(step.passThrough),
              ],
            })),
          }}
        />
      )}
      {group.applications > 0 && <Drops group={group} />}
    </section>
  );
}

function Drops({ group }: { group: FunnelGroup }) {
  const { t } = useI18n();
  const format = useReportFormat();
  return (
    <>
      <h4>{t('reports.funnel.drops')}</h4>
      {group.drops.length === 0 ? (
        <p className="muted">{t('reports.funnel.dropsEmpty')}</p>
      ) : (
        <ReportTable
          columns={[
            t('reports.funnel.stage'),
            t('reports.funnel.outcome'),
            t('reports.funnel.reason'),
            t('reports.funnel.count'),
          ]}
          rows={group.drops.map((drop) => ({
            key: `${drop.stage}-${drop.outcome}-${drop.reason ?? ''}`,
            cells: [
              t(`stage.${drop.stage}`),
              t(`stage.${drop.outcome}`),
              drop.reason ? t(`rejection.${drop.reason}`) : '–',
              format.count(drop.count),
            ],
          }))}
        />
      )}
    </>
  );
}
