import { useState } from 'react';
import type { CandidateDetail } from '../../../server/routes/candidates.schema';
import type { DuplicateList } from '../../../server/routes/duplicates.schema';
import { api } from '../../api/client';
import { useApiAction } from '../../components/use-api-action';
import { useResource } from '../../components/use-resource';
import { formatIndonesianPhone } from '../../../domain/phone';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { isHr, useSession } from '../../session';

/** Flags candidates that look like the same person; HR merges them into this one. */
export function DuplicatesPanel({
  candidate,
  onMerged,
}: {
  candidate: CandidateDetail;
  onMerged(): void;
}) {
  const { t, tk, date } = useI18n();
  const { user } = useSession();
  const { data, reload } = useResource<DuplicateList>(`/api/candidates/${candidate.id}/duplicates`);
  const { run, error } = useApiAction();
  const [status, setStatus] = useState('');
  if (!data || data.items.length === 0) {
    return status ? <p role="status">{status}</p> : null;
  }
  const merge = async (duplicateId: string, name: string) => {
    if (!window.confirm(t('duplicates.confirm', { name, into: candidate.fullName }))) return;
    const url = `/api/candidates/${candidate.id}/merge`;
    if (await run(() => api('POST', url, { duplicateId }))) {
      setStatus(t('duplicates.merged'));
      reload();
      onMerged();
    }
  };
  const notTheSame = async (duplicateId: string) => {
    const url = `/api/candidates/${candidate.id}/not-duplicates`;
    if (await run(() => api('POST', url, { duplicateId }))) {
      setStatus(t('duplicates.markedDistinct'));
      reload();
    }
  };
  const problem = error?.fields[0];
  return (
    <section className="duplicates" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">{t('duplicates.title')}</h2>
      <p className="muted">{t('duplicates.intro')}</p>
      <ul>
        {data.items.map((duplicate) => (
          <li key={duplicate.id} className="duplicates__item">
            <Link href={`/candidates/${duplicate.id}`}>{duplicate.fullName}</Link>
            <span className="muted">
              {[
                duplicate.email,
                duplicate.phone && formatIndonesianPhone(duplicate.phone),
                duplicate.city,
                date(duplicate.createdAt),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            <span>
              {duplicate.reasons.map((reason) => (
                <span key={reason} className="tag tag--warning">
                  {t(`duplicates.reason.${reason}`)}
                </span>
              ))}
            </span>
            {isHr(user) && (
              <span className="duplicates__actions">
                <button
                  className="button button--small"
                  type="button"
                  onClick={() => void merge(duplicate.id, duplicate.fullName)}
                >
                  {t('duplicates.merge')}
                </button>
                <button
                  className="button button--small"
                  type="button"
                  onClick={() => void notTheSame(duplicate.id)}
                >
                  {t('duplicates.notTheSame')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {problem && (
        <p className="field__error" role="alert">
          {tk('error', problem.code ?? '', problem.message)}
        </p>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
