import { useEffect, useState } from 'react';
import type { CandidateList } from '../../../server/routes/candidates.schema';
import { ErrorNotice } from '../../components/form-fields';
import { useResource } from '../../components/use-resource';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { isHr, useSession } from '../../session';

const pageSize = 25;

export function CandidatesPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  // Search as the user types, but not on every keystroke.
  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(text.trim());
      setPage(1);
    }, 250);
    return () => clearTimeout(timer);
  }, [text]);
  const params = new URLSearchParams({
    page: String(page),
    pageSize: String(pageSize),
    ...(query ? { q: query } : {}),
  });
  const { data, error } = useResource<CandidateList>(`/api/candidates?${params}`);
  const pages = data ? Math.max(1, Math.ceil(data.total / pageSize)) : 1;

  return (
    <>
      <div className="page__head">
        <h1>{t('candidates.title')}</h1>
        {isHr(user) && (
          <Link className="button button--primary" href="/candidates/new">
            {t('candidates.new')}
          </Link>
        )}
      </div>
      <input
        className="search"
        type="search"
        name="q"
        aria-label={t('candidates.search')}
        placeholder={t('candidates.search')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <ErrorNotice error={error} />
      {data && <p className="muted">{t('candidates.total', { count: data.total })}</p>}
      {data && data.items.length === 0 && <p className="muted">{t('candidates.empty')}</p>}
      <ul className="candidate-list">
        {data?.items.map((candidate) => (
          <li key={candidate.id} className="candidate-row">
            <Link href={`/candidates/${candidate.id}`} className="candidate-row__name">
              {candidate.fullName}
            </Link>
            <span className="muted candidate-row__contact">{candidate.email}</span>
            <span className="candidate-row__applications">
              {candidate.applications.map((application) => (
                <span key={application.jobId} className={`pill pill--${application.stage}`}>
                  {application.jobTitle}: {t(`stage.${application.stage}`)}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
      {data && pages > 1 && (
        <nav className="pagination" aria-label={t('candidates.page', { page, pages })}>
          <button
            className="button"
            type="button"
            disabled={page <= 1}
            onClick={() => setPage(page - 1)}
          >
            {t('candidates.previous')}
          </button>
          <span>{t('candidates.page', { page, pages })}</span>
          <button
            className="button"
            type="button"
            disabled={page >= pages}
            onClick={() => setPage(page + 1)}
          >
            {t('candidates.next')}
          </button>
        </nav>
      )}
    </>
  );
}
