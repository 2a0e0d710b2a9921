import { jobDetails } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { type ApiSchema, apiUrl } from '../../api/client';
import { ExportLinks } from '../candidates/export-links';

type Job = ApiSchema<'Job'>;

/** The job's header on its board: what it is, who is on the team, and HR's actions. */
export function JobSummary({ job }: { job: Job }) {
  const { t } = useI18n();
  const invalidates = jobDetails;
  const open = useApiMutation('post', '/api/jobs/{jobId}/open', { invalidates });
  const close = useApiMutation('post', '/api/jobs/{jobId}/close', { invalidates });
  const error = open.error ?? close.error;
  const setStatus = (action: 'open' | 'close') =>
    (action === 'open' ? open : close).mutate({ path: { jobId: job.id } });
  return (
    <div className="job-summary">
      <div className="page__head">
        <div>
          <p className="breadcrumb">
            <Link href="/jobs">{t('nav.jobs')}</Link>
          </p>
          <h1>
            {job.title}{' '}
            <span className={`badge badge--${job.status}`}>{t(`jobStatus.${job.status}`)}</span>
          </h1>
          <p className="muted">
            {job.department} · {job.city} · {t(`workMode.${job.workMode}`)} ·{' '}
            {t(`employment.${job.employmentType}`)}
          </p>
        </div>
        {(job.can.edit || job.can.changeStatus) && (
          <div className="page__actions">
            {job.can.edit && (
              <Link className="button" href={`/jobs/${job.id}/edit`}>
                {t('job.edit')}
              </Link>
            )}
            {!job.can.changeStatus ? null : job.status === 'open' ? (
              <button className="button" type="button" onClick={() => void setStatus('close')}>
                {t('job.close')}
              </button>
            ) : (
              <button
                className="button button--primary"
                type="button"
                onClick={() => void setStatus('open')}
              >
                {t('job.open')}
              </button>
            )}
          </div>
        )}
      </div>
      {job.can.compare && (
        <ExportLinks
          label={t('export.applications')}
          href={(format, locale) =>
            apiUrl('/api/jobs/{jobId}/applications/export', {
              path: { jobId: job.id },
              query: { format, locale },
            })
          }
        />
      )}
      <ul className="team">
        {job.team.map((member) => (
          <li key={`${member.userId}-${member.teamRole}`}>
            <strong>{member.name}</strong>{' '}
            <span className="muted">{t(`teamRole.${member.teamRole}`)}</span>
          </li>
        ))}
      </ul>
      {error?.fields.some((field) => field.code === 'team_place_wrong_role') ? (
        <p className="notice notice--error" role="alert">
          {t('job.teamPlaceWrongRole')} <Link href={`/jobs/${job.id}/edit`}>{t('job.edit')}</Link>
        </p>
      ) : (
        <ErrorNotice error={error} />
      )}
    </div>
  );
}
