import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useSession } from '../../session';

export function JobsPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const { data, error, refetch } = useApiQuery('/api/jobs', {});
  return (
    <>
      <div className="page__head">
        <h1>{t('jobs.title')}</h1>
        {user.can.createJobs && (
          <Link className="button button--primary" href="/jobs/new">
            {t('jobs.new')}
          </Link>
        )}
      </div>
      <LoadError error={error} retry={refetch} />
      {!data && !error && <p className="muted">{t('common.loading')}</p>}
      {data && data.items.length === 0 && <p className="muted">{t('jobs.empty')}</p>}
      <ul className="job-list">
        {data?.items.map((job) => {
          const manager = job.hiringManagers[0];
          return (
            <li key={job.id} className="tile job-card">
              <div className="job-card__head">
                {user.can.readPipelines ? (
                  <Link href={`/jobs/${job.id}`} className="job-card__title">
                    {job.title}
                  </Link>
                ) : (
                  <span className="job-card__title">{job.title}</span>
                )}
                <span className={`badge badge--${job.status}`}>{t(`jobStatus.${job.status}`)}</span>
              </div>
              <p className="muted">
                {job.department} · {job.city} · {t(`workMode.${job.workMode}`)} ·{' '}
                {t(`employment.${job.employmentType}`)}
              </p>
              <p className="job-card__meta">
                <strong>{t('jobs.active', { count: job.activeApplications })}</strong>
                {manager && <span>{t('jobs.hiringManager', { name: manager.name })}</span>}
                {job.yourRoles.length > 0 && (
                  <span className="pill" data-testid="your-role">
                    {t('jobs.yourRole', {
                      roles: job.yourRoles.map((role) => t(`teamRole.${role}`)).join(', '),
                    })}
                  </span>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
