import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { useShownName } from '../privacy/shown-name';
import { Link } from '../../router';
import { JobTabs } from '../jobs/job-tabs';

const score = (value: number | null | undefined) => (value == null ? '—' : value.toFixed(2));

/** The job's interviewed candidates side by side, per attribute, HR next to the user. */
export function ComparisonPage({ jobId }: { jobId: string }) {
  const { t } = useI18n();
  const shownName = useShownName();
  const job = useApiQuery('/api/jobs/{jobId}', { path: { jobId } });
  const comparison = useApiQuery('/api/jobs/{jobId}/comparison', { path: { jobId } });
  const { data } = comparison;
  const failed = [job, comparison].find((query) => query.error);
  if (failed) return <LoadError error={failed.error} retry={failed.refetch} />;
  if (!job.data || !data) return <p className="muted">{t('common.loading')}</p>;
  const attributes = [
    ...data.attributes.hr.map((attribute) => ({ stage: 'hr' as const, attribute })),
    ...data.attributes.user.map((attribute) => ({ stage: 'user' as const, attribute })),
  ];
  return (
    <>
      <JobTabs job={job.data} current="comparison" />
      <h2>{t('comparison.title')}</h2>
      <p className="muted">{t('decision.scale')}</p>
      {data.rows.length === 0 ? (
        <p className="muted">{t('comparison.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="comparison">
            <thead>
              <tr>
                <th scope="col">{t('comparison.candidate')}</th>
                <th scope="col">{t('comparison.stage')}</th>
                <th scope="col">
                  {t('decision.hrScore')} ({data.weights.hr}%)
                </th>
                <th scope="col">
                  {t('decision.userScore')} ({data.weights.user}%)
                </th>
                <th scope="col">{t('decision.combined')}</th>
                <th scope="col">{t('decision.latest')}</th>
                {attributes.map(({ stage, attribute }) => (
                  <th
                    key={`${stage}-${attribute}`}
                    scope="col"
                    className={`comparison__attr comparison__attr--${stage}`}
                  >
                    {t(`attribute.${attribute}`)}
                    <small>{t(`interview.${stage}`)}</small>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr
                  key={row.applicationId}
                  className={row.conflict ? 'comparison__row--conflict' : undefined}
                >
                  <th scope="row">
                    <Link href={`/candidates/${row.candidateId}`}>
                      {shownName(row.candidateName, row.anonymised)}
                    </Link>
                    {row.conflict && (
                      <span className="history__override"> {t('decision.conflictFlag')}</span>
                    )}
                  </th>
                  <td>{t(`stage.${row.stage}`)}</td>
                  <td>{row.summaries.hr ? score(row.summaries.hr.average) : <Hidden />}</td>
                  <td>{row.summaries.user ? score(row.summaries.user.average) : <Hidden />}</td>
                  <td>
                    <strong>{score(row.combined?.score)}</strong>
                  </td>
                  <td>
                    {row.latestDecision
                      ? `${t(`interview.${row.latestDecision.stage}`)}: ${t(`decision.outcome.${row.latestDecision.outcome}`)}`
                      : '—'}
                  </td>
                  {attributes.map(({ stage, attribute }) => (
                    <td key={`${stage}-${attribute}`}>
                      {score(
                        row.summaries[stage]?.attributes.find((a) => a.attribute === attribute)
                          ?.average,
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function Hidden() {
  const { t } = useI18n();
  return (
    <span className="muted" title={t('decision.hidden')}>
      {t('decision.hiddenShort')}
    </span>
  );
}
