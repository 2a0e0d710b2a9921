import { useState } from 'react';
import { api } from '../../api/client';
import { ErrorNotice, TextField, useFieldErrors } from '../../components/form-fields';
import { useApiAction } from '../../components/use-api-action';
import { useResource } from '../../components/use-resource';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useSession } from '../../session';

interface RetentionOverview {
  months: number;
  due: {
    candidateId: string;
    fullName: string;
    anonymiseAt: string;
    extensionReason: string | null;
  }[];
}

/** The retention period (admins set it) and who is due for anonymisation, with extensions. */
export function RetentionPanel() {
  const { t, date } = useI18n();
  const { user } = useSession();
  const { data, error, reload } = useResource<RetentionOverview>('/api/retention');
  const [months, setMonths] = useState<number | undefined>();
  const saving = useApiAction();
  const fieldError = useFieldErrors(saving.error);
  if (error) return <ErrorNotice error={error} />;
  if (!data) return null;
  const save = async () => {
    const body = { months: months ?? data.months };
    if (await saving.run(() => api('PUT', '/api/retention', body))) reload();
  };
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
          readOnly={user.role !== 'admin'}
          onChange={(e) => setMonths(Number(e.target.value))}
          error={fieldError('months')}
        />
        {user.role === 'admin' && (
          <button type="button" className="button" onClick={() => void save()}>
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
            <ExtendForm candidateId={row.candidateId} onDone={reload} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ExtendForm({ candidateId, onDone }: { candidateId: string; onDone(): void }) {
  const { t } = useI18n();
  const [months, setMonths] = useState(6);
  const [reason, setReason] = useState('');
  const extension = useApiAction();
  const fieldError = useFieldErrors(extension.error);
  const extend = async () => {
    const url = `/api/candidates/${candidateId}/retention-extension`;
    if (await extension.run(() => api('POST', url, { months, reason }))) onDone();
  };
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
      <button type="button" className="button button--small" onClick={() => void extend()}>
        {t('retention.extend')}
      </button>
    </span>
  );
}
