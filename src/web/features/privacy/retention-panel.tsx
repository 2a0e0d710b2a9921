import { apiUrl } from '../../api/client';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { FormError, TextField, useFieldErrors } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { ActionButton } from '../../components/action-button';

/** The retention period (admins set it) and who is due for anonymisation, with extensions. */
export function RetentionPanel() {
  const { t, date } = useI18n();
  const { user } = useSession();
  const { data, error, refetch } = useApiQuery('/api/retention', {});
  const [months, setMonths] = useState<number | undefined>();
  const saving = useApiMutation('put', '/api/retention', { invalidates: ['/api/retention'] });
  const fieldError = useFieldErrors(saving.error);
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return null;
  const save = () => saving.mutate({ body: { months: months ?? data.months } });
  return (
    <section className="privacy" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('retention.title')}</h2>
      <p className="muted">{t('retention.intro')}</p>
      <div className="apply-row">
        <TextField
          label={t('retention.months')}
          type="number"
          name="retentionMonths"
          min={1}
          max={120}
          value={months ?? data.months}
          readOnly={!user.can.setRetention}
          onChange={(e) => setMonths(Number(e.target.value))}
          error={fieldError('months')}
        />
        {user.can.setRetention && (
          <button type="button" className="button" disabled={saving.isPending} onClick={save}>
            {t('retention.save')}
          </button>
        )}
      </div>
      <h3>{t('retention.due')}</h3>
      {data.due.length === 0 && <p className="muted">{t('retention.noneDue')}</p>}
      <ul className="data-requests">
        {data.due.map((row) => (
          <li key={row.candidateId} className="data-request" data-testid="retention-due">
            <Link href={`/candidates/${row.candidateId}`}>{row.fullName}</Link>
            <span className="muted">{t('retention.at', { date: date(row.anonymiseAt) })}</span>
            {row.extensionReason && (
              <span className="muted">
                {t('retention.extendedBecause', { reason: row.extensionReason })}
              </span>
            )}
            <ExtendForm candidateId={row.candidateId} />
          </li>
        ))}
      </ul>
      <FormError error={saving.error} />
    </section>
  );
}

function ExtendForm({ candidateId }: { candidateId: string }) {
  const { t } = useI18n();
  const [months, setMonths] = useState(6);
  const [reason, setReason] = useState('');
  const extension = useApiMutation('post', '/api/candidates/{candidateId}/retention-extension', {
    invalidates: [
      '/api/retention',
      apiUrl('/api/candidates/{candidateId}', { path: { candidateId } }),
    ],
  });
  const fieldError = useFieldErrors(extension.error);
  const extend = () => extension.mutate({ path: { candidateId }, body: { months, reason } });
  return (
    <span className="retention-extend">
      <TextField
        label={t('retention.extendMonths')}
        type="number"
        name="extendMonths"
        min={1}
        max={24}
        value={months}
        onChange={(e) => setMonths(Number(e.target.value))}
        error={fieldError('months')}
      />
      <TextField
        label={t('retention.reason')}
        name="extendReason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fieldError('reason')}
      />
      <ActionButton className="button button--small" request={extension} onClick={extend}>
        {t('retention.extend')}
      </ActionButton>
      <FormError error={extension.error} />
    </span>
  );
}
