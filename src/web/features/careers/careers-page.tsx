import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useDocumentTitle } from './use-document-title';
import { brandTexts, useBrand } from '../brand/use-brand';
import './careers.css';

/** The public list of open jobs. */
export function CareersPage() {
  const { t, locale } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/careers/jobs', {});
  const brand = useBrand();
  // The employer's own words when they wrote them; ours until then.
  const intro = brandTexts(brand, locale).careersIntro || t('careers.intro');
  useDocumentTitle(`${t('careers.title')} · ${brand?.companyName ?? ''}`, intro);
  return (
    <>
      <h1>{t('careers.title')}</h1>
      <p className="muted careers-intro">{intro}</p>
      <LoadError error={error} retry={refetch} />
      {data && data.items.length === 0 && <p>{t('careers.empty')}</p>}
      <ul className="tile-list job-postings">
        {data?.items.map((job) => (
          <li key={job.id} className="tile job-posting">
            <h2>
              <Link href={job.path}>{job.title}</Link>
            </h2>
            <p className="muted">
              {job.department} · {job.city} · {t(`workMode.${job.workMode}`)} ·{' '}
              {t(`employment.${job.employmentType}`)}
            </p>
            {job.requiredSkills.length > 0 && (
              <p className="job-posting__terms">
                {job.requiredSkills.slice(0, 6).map((skill) => (
                  <span key={skill} className="tag">
                    {skill}
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
