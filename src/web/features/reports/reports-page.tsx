import { minimumSample } from '../../../domain/reports/statistics';
import { useApiQuery } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { useSearchValues } from '../../router';
import { useSession } from '../../session';
import { ReportFilterBar } from './report-filter-bar';
import { reportFilterKeys, reportQuery, type ReportFilterValues } from './report-filter';
import { ReportPeriod } from './report-period';
import { reportSections } from './report-sections';
import './reports.css';

/** HR and hiring managers read how hiring goes: one filter bar over every report section. */
export function ReportsPage() {
  const { t } = useI18n();
  const { user } = useSession();
  // The filter lives in the address: reload, Back and a shared link show the same reports.
  const [filter, changeSearch] = useSearchValues(reportFilterKeys);
  const sections = reportSections.filter((section) => section.visible(user.can));
  const filtered = sections.some((section) => section.filtered);
  // A bad filter (an end before the start) comes back as field errors; the bar shows them.
  const check = useApiQuery(
    '/api/reports/sources',
    filtered ? { query: reportQuery(filter) } : null,
  );
  // A job outside the reader's reach answers 404 (as if it did not exist): one message for the
  // page, not six sections each failing. Until the check answers, no section asks for that job.
  const jobUnreachable = filtered && Boolean(filter.jobId) && check.error?.status === 404;
  const jobPending = filtered && Boolean(filter.jobId) && !check.data && !check.error;
  if (jobUnreachable) {
    return <UnreachableJob filter={filter} onChange={changeSearch} />;
  }
  const showSections = !check.error?.fields.length && !jobPending;
  return (
    <>
      <h1>{t('reports.title')}</h1>
      {filtered && (
        <>
          <p className="muted">{t('reports.lead')}</p>
          <ReportFilterBar
            filter={filter}
            onChange={(next) => changeSearch(next)}
            error={check.error}
          />
          {!check.error?.fields.length && <ReportPeriod filter={filter} />}
          <p className="muted">{t('reports.tooFewHelp', { count: minimumSample })}</p>
        </>
      )}
      {sections.length === 0 && <p className="muted">{t('reports.none')}</p>}
      {/* Said once for every section's download buttons: CSV keeps "." decimals. */}
      {sections.length > 0 && <p className="muted">{t('export.formatHelp')}</p>}
      {sections.length > 1 && (
        <nav className="report-toc" aria-label={t('reports.title')}>
          {sections.map((section) => (
            <a key={section.id} href={`#${section.id}`}>
              {t(section.title)}
            </a>
          ))}
        </nav>
      )}
      {showSections &&
        sections.map(({ id, title, Component }) => (
          <section key={id} id={id} className="report-section" aria-labelledby={`${id}-title`}>
            <h2 id={`${id}-title`}>{t(title)}</h2>
            <Component filter={filter} />
          </section>
        ))}
    </>
  );
}

/** A report link for a job the reader may not see (or that is gone): say so, offer the way back. */
function UnreachableJob({
  filter,
  onChange,
}: {
  filter: ReportFilterValues;
  onChange(filter: ReportFilterValues): void;
}) {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('reports.title')}</h1>
      <div className="notice notice--warning" role="alert">
        <p>{t('reports.jobUnreachable')}</p>
        <button type="button" className="button" onClick={() => onChange({ ...filter, jobId: '' })}>
          {t('reports.allYourJobs')}
        </button>
      </div>
    </>
  );
}
