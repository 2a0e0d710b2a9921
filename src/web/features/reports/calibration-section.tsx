import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { ExportLinks } from './export-links';
import { reportQuery, type ReportFilterValues } from './report-filter';
import { useReportFormat } from './report-format';
import { shownText, type ShownFigure } from './report-shown';
import { ReportTable } from './report-table';

type Standing = 'lenient' | 'severe' | 'in_line';

/** Each interviewer against the rest of their panels; interviewers see only themselves. */
export function CalibrationSection({ filter }: { filter: ReportFilterValues }) {
  const { t, number } = useI18n();
  const format = useReportFormat();
  // Only scorecards of interviews booked in Seleksi have a due date; the comparisons count every
  // scorecard. "0 of 0" beside many comparisons read as a bug, so no due scorecard says so in words:
  // with an interview booked (begun, or its scorecard not due yet), none is due *yet*.
  const ofDue = (count: number, scorecards: { due: number; booked: number }) =>
    scorecards.due > 0
      ? t('reports.calibration.ofDue', {
          count: format.count(count),
          due: format.count(scorecards.due),
        })
      : t(scorecards.booked > 0 ? 'reports.calibration.noneDueYet' : 'reports.calibration.noneDue');
  const { data, error, refetch } = useApiQuery('/api/reports/calibration', {
    query: reportQuery(filter),
  });
  // A difference from the panel carries its sign; a mean does not.
  const mean = (value: number) => number(value, { decimals: 2, upTo: true });
  const difference = (figure: ShownFigure) =>
    shownText(figure, (value) =>
      value === null
        ? t('reports.tooFew')
        : number(value, { decimals: 2, upTo: true, signed: true }),
    );
  const standing = (figure: { value: Standing | null; hiddenBecause: string | null }) =>
    figure.value === null ? t('reports.tooFew') : t(`reports.calibration.${figure.value}`);
  return (
    <>
      <p className="muted">{t('reports.calibration.help')}</p>
      {data && <p className="muted">{t(`reports.calibration.reach.${data.reach}`)}</p>}
      {error && <LoadError error={error} retry={refetch} />}
      {data && data.interviewers.length === 0 && (
        <p className="muted">{t('reports.calibration.empty')}</p>
      )}
      {data && data.interviewers.length > 0 && (
        <>
          {/* One interviewer per row, read across: a card per interviewer on a phone. */}
          <ReportTable
            columns={[
              t('reports.calibration.interviewer'),
              t('reports.calibration.standing'),
              t('reports.calibration.difference'),
              t('reports.calibration.comparisons'),
              t('reports.calibration.matched'),
              t('reports.calibration.late'),
              t('reports.calibration.missing'),
            ]}
            rows={data.interviewers.map((row) => {
              // No comparison (or no decided recommendation) is nothing to measure: "–".
              const compared = row.overall.comparisons > 0;
              return {
                key: row.interviewerId,
                cells: [
                  row.interviewerName,
                  <span
                    key="standing"
                    className={`report-standing report-standing--${row.overall.standing.value ?? 'none'}`}
                  >
                    {compared ? standing(row.overall.standing) : '–'}
                  </span>,
                  compared ? difference(row.overall.difference) : '–',
                  format.count(row.overall.comparisons),
                  row.recommendations.decided === 0
                    ? '–'
                    : row.recommendations.matchRate.value === null
                      ? shownText(row.recommendations.matchRate, format.percent)
                      : t('reports.calibration.matchedOf', {
                          rate: format.percent(row.recommendations.matchRate.value),
                          matched: format.count(row.recommendations.matched),
                          decided: format.count(row.recommendations.decided),
                        }),
                  ofDue(row.scorecards.late, row.scorecards),
                  ofDue(row.scorecards.missing, row.scorecards),
                ],
              };
            })}
          />
          {data.interviewers
            .filter((row) => row.attributes.length > 0)
            .map((row) => (
              <details key={row.interviewerId} className="report-details">
                <summary>
                  {t('reports.calibration.attributes', { name: row.interviewerName })}
                </summary>
                <ReportTable
                  columns={[
                    t('reports.calibration.attribute'),
                    t('reports.calibration.ownMean'),
                    t('reports.calibration.panelMean'),
                    t('reports.calibration.difference'),
                    t('reports.calibration.standing'),
                    t('reports.calibration.comparisons'),
                  ]}
                  rows={row.attributes.map((attribute) => ({
                    key: attribute.attribute,
                    cells: [
                      t(`attribute.${attribute.attribute}`),
                      attribute.ownMean === null ? '–' : mean(attribute.ownMean),
                      attribute.panelMean === null ? '–' : mean(attribute.panelMean),
                      difference(attribute.difference),
                      standing(attribute.standing),
                      format.count(attribute.comparisons),
                    ],
                  }))}
                />
              </details>
            ))}
          <p className="muted">{t('reports.calibration.dueRule')}</p>
          <p className="muted">
            {t('reports.tooFewHelp', { count: format.count(data.minimumSample) })}
          </p>
        </>
      )}
      <ExportLinks report="calibration" title={t('reports.calibration')} filter={filter} />
    </>
  );
}
