import { useMemo } from 'react';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { ExportLinks } from './export-links';
import { reportQuery, type ReportFilterValues } from './report-filter';
import { useReportFormat } from './report-format';
import { shownText, type ShownFigure } from './report-shown';

type Standing = 'lenient' | 'severe' | 'in_line';

/** Each interviewer against the rest of their panels; interviewers see only themselves. */
export function CalibrationSection({ filter }: { filter: ReportFilterValues }) {
  const { t, locale } = useI18n();
  const format = useReportFormat();
  const { data, error, refetch } = useApiQuery('/api/reports/calibration', {
    query: reportQuery(filter),
  });
  const signed = useMemo(
    () =>
      new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
        maximumFractionDigits: 2,
        signDisplay: 'exceptZero',
      }),
    [locale],
  );
  const mean = useMemo(
    () => new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }),
    [locale],
  );
  const difference = (figure: ShownFigure) =>
    shownText(figure, (value) => (value === null ? t('reports.tooFew') : signed.format(value)));
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
          <div className="table-scroll">
            <table className="comparison">
              <thead>
                <tr>
                  <th scope="col">{t('reports.calibration.interviewer')}</th>
                  <th scope="col">{t('reports.calibration.standing')}</th>
                  <th scope="col">{t('reports.calibration.difference')}</th>
                  <th scope="col">{t('reports.calibration.comparisons')}</th>
                  <th scope="col">{t('reports.calibration.matched')}</th>
                  <th scope="col">{t('reports.calibration.late')}</th>
                  <th scope="col">{t('reports.calibration.missing')}</th>
                </tr>
              </thead>
              <tbody>
                {data.interviewers.map((row) => (
                  <tr key={row.interviewerId}>
                    <th scope="row">{row.interviewerName}</th>
                    <td>
                      <span
                        className={`report-standing report-standing--${row.overall.standing.value ?? 'none'}`}
                      >
                        {standing(row.overall.standing)}
                      </span>
                    </td>
                    <td>{difference(row.overall.difference)}</td>
                    <td>{format.count(row.overall.comparisons)}</td>
                    <td>
                      {row.recommendations.matchRate.value === null
                        ? shownText(row.recommendations.matchRate, format.percent)
                        : t('reports.calibration.matchedOf', {
                            rate: format.percent(row.recommendations.matchRate.value),
                            matched: format.count(row.recommendations.matched),
                            decided: format.count(row.recommendations.decided),
                          })}
                    </td>
                    <td>
                      {t('reports.calibration.ofDue', {
                        count: format.count(row.scorecards.late),
                        due: format.count(row.scorecards.due),
                      })}
                    </td>
                    <td>
                      {t('reports.calibration.ofDue', {
                        count: format.count(row.scorecards.missing),
                        due: format.count(row.scorecards.due),
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.interviewers
            .filter((row) => row.attributes.length > 0)
            .map((row) => (
              <details key={row.interviewerId} className="report-details">
                <summary>
                  {t('reports.calibration.attributes', { name: row.interviewerName })}
                </summary>
                <div className="table-scroll">
                  <table className="comparison">
                    <thead>
                      <tr>
                        <th scope="col">{t('reports.calibration.attribute')}</th>
                        <th scope="col">{t('reports.calibration.ownMean')}</th>
                        <th scope="col">{t('reports.calibration.panelMean')}</th>
                        <th scope="col">{t('reports.calibration.difference')}</th>
                        <th scope="col">{t('reports.calibration.standing')}</th>
                        <th scope="col">{t('reports.calibration.comparisons')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {row.attributes.map((attribute) => (
                        <tr key={attribute.attribute}>
                          <th scope="row">{t(`attribute.${attribute.attribute}`)}</th>
                          <td>
                            {attribute.ownMean === null ? '–' : mean.format(attribute.ownMean)}
                          </td>
                          <td>
                            {attribute.panelMean === null ? '–' : mean.format(attribute.panelMean)}
                          </td>
                          <td>{difference(attribute.difference)}</td>
                          <td>{standing(attribute.standing)}</td>
                          <td>{format.count(attribute.comparisons)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
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
