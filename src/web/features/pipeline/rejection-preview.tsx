import { useCallback, useEffect } from 'react';
import { useApiMutation } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';

/**
 * The rejection e-mail each chosen candidate will get, in their own language, read from the
 * server (the company's own wording) before HR confirms. Nothing is sent by showing it.
 */
export function RejectionPreview({
  jobId,
  applicationIds,
}: {
  jobId: string;
  applicationIds: readonly string[];
}) {
  const { t } = useI18n();
  const preview = useApiMutation('post', '/api/jobs/{jobId}/rejection-preview');
  const { mutate } = preview;
  const ids = applicationIds.join(',');
  const ask = useCallback(
    () => mutate({ path: { jobId }, body: { applicationIds: ids.split(',') } }),
    [mutate, jobId, ids],
  );
  useEffect(ask, [ask]);
  if (preview.error) return <LoadError error={preview.error} retry={ask} backToToday={false} />;
  if (!preview.data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <section className="email-preview" aria-label={t('move.previewTitle')}>
      <h3>{t('move.previewTitle')}</h3>
      {preview.data.items.map((item, index) => (
        <details key={item.applicationId} open={index === 0} className="email-preview__item">
          <summary>
            {item.candidateName} · {t(`move.previewLocale.${item.locale}`)}
          </summary>
          <p>
            <strong>{item.subject}</strong>
          </p>
          <pre className="email-preview__body">{item.body}</pre>
        </details>
      ))}
    </section>
  );
}
