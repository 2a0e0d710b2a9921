import { useEffect, useState, type ReactNode } from 'react';
import { candidateSources } from '../../../domain/candidate';
import { stages } from '../../../domain/pipeline';
import { apiUrl, type ApiQueryParams } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { Pagination } from '../../components/pagination';
import { useI18n } from '../../i18n/i18n';
import { useShownName } from '../privacy/shown-name';
import { Link, useSearchValues } from '../../router';
import { useSession } from '../../session';
import { DayInput } from '../../components/day-input';
import { ExportLinks } from './export-links';
import './candidates.css';

const pageSize = 25;
const filterKeys = [
  'jobId',
  'stage',
  'source',
  'tag',
  'talentPool',
  'appliedFrom',
  'appliedTo',
] as const;
type FilterKey = (typeof filterKeys)[number];
const noFilters = Object.fromEntries(filterKeys.map((key) => [key, ''])) as Record<
  FilterKey,
  string
>;
/** Filled in by typing: a run of keystrokes is one history entry, not one each. */
const typedFilters: readonly FilterKey[] = ['tag'];

export function CandidatesPage() {
  const { t } = useI18n();
  const shownName = useShownName();
  const { user } = useSession();
  // The words, filters and page live in the address: reload, Back and a shared link keep them.
  const [values, changeSearch] = useSearchValues(['q', 'page', ...filterKeys]);
  const { q: query, page: pageText, ...filters } = values;
  const page = Math.max(1, Number.parseInt(pageText, 10) || 1);
  const setPage = (next: number) => changeSearch({ page: next > 1 ? String(next) : '' });
  const [text, setText] = useState(query);
  const jobs = useApiQuery('/api/jobs', {});
  const setFilter = (name: FilterKey) => (value: string) =>
    changeSearch({ [name]: value, page: '' }, typedFilters.includes(name) ? name : undefined);
  // Search as the user types, but not on every keystroke.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (text.trim() !== query) changeSearch({ q: text.trim(), page: '' }, 'q');
    }, 250);
    return () => clearTimeout(timer);
  }, [text, query, changeSearch]);
  // Back and Forward change the words in the address: the box follows.
  useEffect(() => {
    setText((current) => (current.trim() === query ? current : query));
  }, [query]);
  // The filters' values come from the domain's lists (stages, sources) or from the API (jobs).
  const search = {
    page,
    pageSize,
    ...(query ? { q: query } : {}),
    ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value)),
  } as ApiQueryParams<'/api/candidates'>;
  const { data, error, refetch } = useApiQuery('/api/candidates', { query: search });
  const pages = data ? Math.max(1, Math.ceil(data.total / pageSize)) : 1;

  return (
    <>
      <div className="page__head">
        <h1>{t('candidates.title')}</h1>
        {user.can.addCandidates && (
          <div className="page__actions">
            <Link className="button" href="/candidates/import">
              {t('import.open')}
            </Link>
            <Link className="button button--primary" href="/candidates/new">
              {t('candidates.new')}
            </Link>
          </div>
        )}
      </div>
      <input
        className="search"
        type="search"
        name="q"
        aria-label={t('search.placeholder')}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <details className="filters" open={Object.values(filters).some(Boolean)}>
        <summary>{t('search.filters')}</summary>
        <div className="filters__grid">
          <FilterSelect label={t('search.job')} value={filters.jobId} onChange={setFilter('jobId')}>
            {jobs.data?.items.map((job) => (
              <option key={job.id} value={job.id}>
                {job.title}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect
            label={t('search.stage')}
            value={filters.stage}
            onChange={setFilter('stage')}
          >
            {stages.map((stage) => (
              <option key={stage} value={stage}>
                {t(`stage.${stage}`)}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect
            label={t('search.source')}
            value={filters.source}
            onChange={setFilter('source')}
          >
            {candidateSources.map((source) => (
              <option key={source} value={source}>
                {t(`source.${source}`)}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect
            label={t('talentPool.title')}
            value={filters.talentPool}
            onChange={setFilter('talentPool')}
          >
            <option value="member">{t('search.talentPoolMembers')}</option>
          </FilterSelect>
          <label className="filter">
            {t('search.tag')}
            <input
              name="tag"
              value={filters.tag}
              onChange={(e) => setFilter('tag')(e.target.value.trim())}
            />
          </label>
          <label className="filter">
            {t('search.from')}
            <DayInput
              name="appliedFrom"
              value={filters.appliedFrom}
              onChange={(e) => setFilter('appliedFrom')(e.target.value)}
            />
          </label>
          <label className="filter">
            {t('search.to')}
            <DayInput
              name="appliedTo"
              value={filters.appliedTo}
              onChange={(e) => setFilter('appliedTo')(e.target.value)}
            />
          </label>
          <button
            className="button button--small"
            type="button"
            onClick={() => changeSearch({ ...noFilters, page: '' })}
          >
            {t('search.clear')}
          </button>
        </div>
      </details>
      <LoadError error={error} retry={refetch} />
      {data && (
        <p className="muted">
          {data.total === 1 && !data.totalIsCapped
            ? t('candidates.totalOne')
            : t('candidates.total', {
                count: data.totalIsCapped ? `${data.total}+` : data.total,
              })}
        </p>
      )}
      {data && data.total > 0 && user.can.exportCandidates && (
        <ExportLinks
          label={t('export.candidates')}
          href={(format, locale) => {
            // The list's filters and words, without its paging.
            const { page: _page, pageSize: _size, ...filter } = search;
            return apiUrl('/api/candidates/export', { query: { ...filter, format, locale } });
          }}
        />
      )}
      {data && data.items.length === 0 && <p className="muted">{t('candidates.empty')}</p>}
      <ul className="candidate-list">
        {data?.items.map((candidate) => (
          <li key={candidate.id} className="candidate-row">
            <Link href={`/candidates/${candidate.id}`} className="candidate-row__name">
              {shownName(candidate.fullName, candidate.anonymised)}
            </Link>
            <span className="muted candidate-row__contact">
              {/* An anonymised record's address is a placeholder that reaches no one. */}
              {[candidate.anonymised ? null : candidate.email, candidate.city]
                .filter(Boolean)
                .join(' · ')}
            </span>
            {/* The search finds a referrer's name: say whose referral a row is. */}
            {candidate.source === 'referral' && candidate.sourceDetail && (
              <span className="muted">
                {t('candidate.referredBy')}: {candidate.sourceDetail}
              </span>
            )}
            <span className="candidate-row__applications">
              {candidate.applications.map((application) => (
                <span key={application.jobId} className={`pill pill--${application.stage}`}>
                  {application.jobTitle}: {t(`stage.${application.stage}`)}
                </span>
              ))}
            </span>
            {candidate.snippet && (
              <p className="candidate-row__snippet" aria-label={t('search.snippet')}>
                {candidate.snippet.map((part, index) =>
                  part.match ? (
                    <mark key={index}>{part.text}</mark>
                  ) : (
                    <span key={index}>{part.text}</span>
                  ),
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
      <Pagination page={page} pages={pages} onPage={setPage} />
    </>
  );
}

function FilterSelect({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <label className="filter">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('search.any')}</option>
        {children}
      </select>
    </label>
  );
}
