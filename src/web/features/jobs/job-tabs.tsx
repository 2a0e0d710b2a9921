import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import type { ApiSchema } from '../../api/client';

type Job = ApiSchema<'Job'>;

/** The job's sub-pages: its pipeline, its interview plan and the candidate comparison. */
export function JobTabs({
  job,
  current,
  heading = true,
}: {
  job: Job;
  current: 'board' | 'screening' | 'plan' | 'comparison';
  heading?: boolean;
}) {
  const { t } = useI18n();
  const tabs = [
    ...(job.can.readBoard
      ? [{ key: 'board', href: `/jobs/${job.id}`, label: t('jobTabs.board') }]
      : []),
    ...(job.can.screen
      ? [{ key: 'screening', href: `/jobs/${job.id}/screening`, label: t('screening.tab') }]
      : []),
    { key: 'plan', href: `/jobs/${job.id}/plan`, label: t('jobTabs.plan') },
    ...(job.can.compare
      ? [{ key: 'comparison', href: `/jobs/${job.id}/comparison`, label: t('jobTabs.comparison') }]
      : []),
  ];
  return (
    <>
      {heading && (
        <>
          <p className="breadcrumb">
            <Link href="/jobs">{t('nav.jobs')}</Link>
          </p>
          <h1>{job.title}</h1>
        </>
      )}
      <nav className="tabs" aria-label={job.title}>
        {tabs.map((tab) => (
          <Link
            key={tab.key}
            href={tab.href}
            aria-current={tab.key === current ? 'page' : undefined}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
    </>
  );
}
