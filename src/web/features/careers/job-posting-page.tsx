import { jobPageTitle } from '../../../domain/job-posting';
import { formatSalaryBand } from '../../../domain/salary';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { ApplyForm } from './apply-form';
import { useBrand } from '../brand/use-brand';
import { useDocumentTitle } from './use-document-title';
import './careers.css';

/** One open job: what it is, how we select (HR interview, then the user interview), apply. */
export function JobPostingPage({ jobId }: { jobId: string }) {
  const { t, date, locale } = useI18n();
  const brand = useBrand();
  const {
    data: job,
    error,
    refetch,
  } = useApiQuery('/api/careers/jobs/{jobId}', { path: { jobId } });
  // The same title the server put in the page (link previews read that one): "Remote" for a
  // remote job, not its city; with the employer's name.
  useDocumentTitle(
    job && jobPageTitle(job, brand?.companyName, locale),
    job?.description.slice(0, 180),
  );
  if (error) {
    return (
      <>
        <p className="breadcrumb">
          <Link href="/careers">{t('careers.back')}</Link>
        </p>
        {error.status === 404 ? (
          <p className="notice">{t('careers.notFound')}</p>
        ) : (
          <LoadError error={error} retry={refetch} />
        )}
      </>
    );
  }
  if (!job) return <p className="muted">{t('common.loading')}</p>;
  return (
    <article className="job-page">
      <p className="breadcrumb">
        <Link href="/careers">{t('careers.back')}</Link>
      </p>
      <h1>{job.title}</h1>
      <p className="muted">
        {job.department} · {job.city} · {t(`workMode.${job.workMode}`)} ·{' '}
        {t(`employment.${job.employmentType}`)} ·{' '}
        {t('careers.posted', { date: date(job.postedAt) })}
      </p>
      {job.salaryBand && (
        <p className="job-page__salary" data-testid="salary-band">
          <strong>{t('careers.salary')}:</strong>{' '}
          {t('careers.salaryBand', {
            band: formatSalaryBand(job.salaryBand.min, job.salaryBand.max),
          })}
        </p>
      )}
      {job.description && (
        <section>
          <h2>{t('careers.about')}</h2>
          <p className="prewrap">{job.description}</p>
        </section>
      )}
      <TermList title={t('careers.skills')} terms={job.requiredSkills} />
      <TermList title={t('careers.tools')} terms={job.tools} />
      <section>
        <h2>{t('careers.process')}</h2>
        <ol className="process">
          <Step title={t('careers.step.cv')} text={t('careers.step.cvText')} />
          <Step title={t('careers.step.hr')} text={t('careers.step.hrText')} />
          {job.testsEnabled && (
            <Step title={t('careers.step.tests')} text={t('careers.step.testsText')} />
          )}
          <Step
            title={t('careers.step.user')}
            text={
              job.userTitle
                ? t('careers.step.userText', { who: job.userTitle })
                : t('careers.step.userTextNoTitle')
            }
          />
          <Step title={t('careers.step.offer')} text={t('careers.step.offerText')} />
        </ol>
        <p>
          <Link href={`/practice?jobId=${job.id}`}>{t('careers.practice')}</Link>
        </p>
      </section>
      <ApplyForm job={job} />
    </article>
  );
}

function TermList({ title, terms }: { title: string; terms: string[] }) {
  if (!terms.length) return null;
  return (
    <section>
      <h2>{title}</h2>
      <p className="job-posting__terms">
        {terms.map((term) => (
          <span key={term} className="tag">
            {term}
          </span>
        ))}
      </p>
    </section>
  );
}

function Step({ title, text }: { title: string; text: string }) {
  return (
    <li>
      <strong>{title}</strong>
      <span className="muted"> {text}</span>
    </li>
  );
}
