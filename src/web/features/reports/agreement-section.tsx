import { ratings } from '../../../domain/scorecard';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { ExportLinks } from './export-links';
import { reportQuery, type ReportFilterValues } from './report-filter';
import { ReportFigure, seriesColors } from './report-figure';
import { countKey, useReportFormat } from './report-format';
import { shownText, type ShownFigure } from './report-shown';
import { ReportTable } from './report-table';

interface Line {
  verdicts: number;
  cases: number;
  agreementRate: ShownFigure;
  auc: ShownFigure;
}

/** Does HR's interview predict the user's verdict? The reading first, then the figures. */
export function AgreementSection({ filter }: { filter: ReportFilterValues }) {
  const { t } = useI18n();
  const format = useReportFormat();
  const { data, error, refetch } = useApiQuery('/api/reports/agreement', {
    query: reportQuery(filter),
  });
  const percent = (figure: ShownFigure) => shownText(figure, format.percent);
  // A row with no case has nothing to measure: "–", not "too few".
  const rate = (cases: number, figure: ShownFigure) => (cases === 0 ? '–' : percent(figure));
  const strongestFirst = [...ratings].reverse();
  // Read row by row (one per interviewer or group): a card per row on a phone.
  const lines = (rows: (Line & { key: string; name: string })[], heading: string) => (
    <ReportTable
      columns={[
        heading,
        t('reports.agreement.verdicts'),
        t('reports.agreement.cases'),
        t('reports.agreement.agreementRate'),
        t('reports.agreement.auc'),
      ]}
      rows={rows.map((row) => ({
        key: row.key,
        cells: [
          row.name,
          format.count(row.verdicts),
          format.count(row.cases),
          rate(row.cases, row.agreementRate),
          rate(row.cases, row.auc),
        ],
      }))}
    />
  );
  return (
    <>
      <p className="muted">{t('reports.agreement.help')}</p>
      {error && <LoadError error={error} retry={refetch} />}
      {data && data.overall.verdicts === 0 && (
        <p className="muted">{t('reports.agreement.empty')}</p>
      )}
      {data && data.overall.movedOnWithoutHrDecision > 0 && (
        <p className="muted" data-testid="agreement-skipped-hr">
          {t(countKey('reports.agreement.skippedHr', data.overall.movedOnWithoutHrDecision), {
            count: format.count(data.overall.movedOnWithoutHrDecision),
          })}
        </p>
      )}
      {data && data.overall.verdicts > 0 && (
        <>
          <ul className="report-reading">
            <li>
              {t('reports.agreement.reading.passed', {
                passed: format.count(data.overall.verdicts),
                accepted: format.count(data.overall.verdictsAccepted),
              })}
            </li>
            {data.overall.byRecommendation
              .filter((row) => row.cases > 0)
              .reverse()
              .map((row) => {
                const recommendation = t(`reports.agreement.rec.${row.recommendation}`);
                return (
                  <li key={row.recommendation}>
                    {row.acceptanceRate.value === null
                      ? t('reports.agreement.reading.rateTooFew', {
                          recommendation,
                          cases: format.count(row.cases),
                        })
                      : t('reports.agreement.reading.rate', {
                          recommendation,
                          rate: format.percent(row.acceptanceRate.value),
                          accepted: format.count(row.accepted),
                          cases: format.count(row.cases),
                        })}
                  </li>
                );
              })}
            {data.overall.agreementRate.value !== null && (
              <li>
                {t('reports.agreement.reading.agreement', {
                  rate: format.percent(data.overall.agreementRate.value),
                })}
              </li>
            )}
            <li>
              {data.overall.auc.value === null
                ? t('reports.agreement.reading.aucNone')
                : t('reports.agreement.reading.auc', {
                    auc: format.percent(data.overall.auc.value),
                  })}
            </li>
          </ul>
          <p className="report-caveat">
            {t('reports.agreement.cannotShow', {
              rejected: format.count(data.overall.rejectedByHr),
              withoutVerdict: format.count(data.overall.withoutVerdict),
            })}
          </p>
          {data.overall.verdicts > data.overall.cases && (
            <p className="muted">
              {t(
                countKey(
                  'reports.agreement.noScorecard',
                  data.overall.verdicts - data.overall.cases,
                ),
                {
                  count: format.count(data.overall.verdicts - data.overall.cases),
                },
              )}
            </p>
          )}
          <h3>{t('reports.agreement.table')}</h3>
          <ReportFigure
            chart={{
              label: t('reports.chartOf', { title: t('reports.agreement.table') }),
              layout: 'vertical',
              rows: strongestFirst.map((recommendation) => {
                const row = data.overall.table.find((r) => r.recommendation === recommendation)!;
                return {
                  label: t(`rating.${recommendation}`),
                  accepted: row.accepted,
                  rejected: row.rejected,
                };
              }),
              series: [
                {
                  key: 'accepted',
                  name: t('reports.agreement.userAccepted'),
                  color: seriesColors[0],
                },
                {
                  key: 'rejected',
                  name: t('reports.agreement.userRejected'),
                  color: seriesColors[3],
                },
              ],
            }}
            table={{
              columns: [
                t('reports.agreement.hrRecommendation'),
                t('reports.agreement.userAccepted'),
                t('reports.agreement.userRejected'),
                t('reports.agreement.total'),
                t('reports.agreement.acceptanceRate'),
              ],
              rows: strongestFirst.map((recommendation) => {
                const row = data.overall.byRecommendation.find(
                  (r) => r.recommendation === recommendation,
                )!;
                return {
                  key: recommendation,
                  cells: [
                    t(`rating.${recommendation}`),
                    format.count(row.accepted),
                    format.count(row.cases - row.accepted),
                    format.count(row.cases),
                    rate(row.cases, row.acceptanceRate),
                  ],
                };
              }),
            }}
          />
          <h3>{t('reports.agreement.perJob')}</h3>
          {/* Text, not a tooltip: it must read on a phone too. */}
          <p className="muted">{t('reports.agreement.aucHelp')}</p>
          {lines(
            data.jobs.map((row) => ({ ...row, key: row.jobId, name: row.jobTitle })),
            t('reports.agreement.job'),
          )}
          <h3>{t('reports.agreement.perRecruiter')}</h3>
          {lines(
            data.recruiters.map((row) => ({
              ...row,
              key: row.recruiterId,
              name: row.recruiterName,
            })),
            t('reports.agreement.recruiter'),
          )}
        </>
      )}
      <ExportLinks report="agreement" title={t('reports.agreement')} filter={filter} />
    </>
  );
}
