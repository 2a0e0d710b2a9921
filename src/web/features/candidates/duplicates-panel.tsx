import { useState } from 'react';
import { candidateRecord } from '../../api/invalidation';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorNotice, FieldError } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { formatIndonesianPhone } from '../../../domain/phone';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import type { ApiSchema } from '../../api/client';
import './candidates.css';

type CandidateDetail = ApiSchema<'CandidateDetail'>;

/** Flags candidates that look like the same person; HR merges them into this one. */
export function DuplicatesPanel({ candidate }: { candidate: CandidateDetail }) {
  const { t, tk, date, locale } = useI18n();
  const path = { candidateId: candidate.id };
  const {
    data,
    error: loadError,
    refetch,
  } = useApiQuery('/api/candidates/{candidateId}/duplicates', { path });
  // A merge moves applications, notes and CVs between candidates: every view of them changes.
  const merging = useApiMutation('post', '/api/candidates/{candidateId}/merge', {
    invalidates: candidateRecord,
  });
  const separating = useApiMutation('post', '/api/candidates/{candidateId}/not-duplicates', {
    invalidates: ['/api/candidates'],
  });
  const [status, setStatus] = useState('');
  const [askingToMerge, setAskingToMerge] = useState<{ id: string; name: string }>();
  if (loadError) return <LoadError error={loadError} retry={refetch} />;
  if (!data || data.items.length === 0) {
    return status ? <p role="status">{status}</p> : null;
  }
  const merge = (duplicateId: string) =>
    merging.mutate(
      { path, body: { duplicateId, locale } },
      { onSuccess: () => setStatus(t('duplicates.merged')) },
    );
  const notTheSame = (duplicateId: string) =>
    separating.mutate(
      { path, body: { duplicateId, locale } },
      { onSuccess: () => setStatus(t('duplicates.markedDistinct')) },
    );
  const error = merging.error ?? separating.error;
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
            {candidate.can.merge && (
              <span className="duplicates__actions">
                <button
                  className="button button--small"
                  type="button"
                  onClick={() => setAskingToMerge({ id: duplicate.id, name: duplicate.fullName })}
                >
                  {t('duplicates.merge')}
                </button>
                <button
                  className="button button--small"
                  type="button"
                  onClick={() => notTheSame(duplicate.id)}
                >
                  {t('duplicates.notTheSame')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {problem && <FieldError error={tk('error', problem.code ?? '', problem.message)} />}
      {error && !problem && <ErrorNotice error={error} />}
      {status && <p role="status">{status}</p>}
      {askingToMerge && (
        <ConfirmDialog
          title={t('duplicates.confirmTitle')}
          confirmLabel={t('duplicates.merge')}
          onConfirm={() => merge(askingToMerge.id)}
          onClose={() => setAskingToMerge(undefined)}
        >
          <p>{t('duplicates.confirm', { name: askingToMerge.name, into: candidate.fullName })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
