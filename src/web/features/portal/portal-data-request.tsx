import { useState } from 'react';
import { api } from '../../api/client';
import { ErrorNotice, SelectField } from '../../components/form-fields';
import { useApiAction } from '../../components/use-api-action';
import { useI18n } from '../../i18n/i18n';

const kinds = ['access', 'correction', 'withdrawal', 'erasure'] as const;

/** The candidate's rights under UU PDP, one request away; HR answers within 3 × 24 hours. */
export function PortalDataRequest({ url }: { url: string }) {
  const { t, dateTime } = useI18n();
  const [kind, setKind] = useState<(typeof kinds)[number]>('access');
  const [dueAt, setDueAt] = useState<string | undefined>();
  const { run, error } = useApiAction();
  const send = () =>
    run(async () => {
      const result = await api<{ dueAt: string }>('POST', `${url}/data-requests`, { kind });
      setDueAt(result.dueAt);
    });
  return (
    <section className="portal__card" aria-labelledby="portal-data">
      <h2 id="portal-data">{t('portal.data.title')}</h2>
      <p className="muted">{t('portal.data.intro')}</p>
      <SelectField
        label={t('privacy.kind')}
        name="dataRequestKind"
        value={kind}
        onChange={(e) => setKind(e.target.value as (typeof kinds)[number])}
      >
        {kinds.map((k) => (
          <option key={k} value={k}>
            {t(`privacy.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <button type="button" className="button button--block" onClick={() => void send()}>
        {t('portal.data.send')}
      </button>
      {dueAt && (
        <p className="notice notice--ok" role="status">
          {t('portal.data.sent', { date: dateTime(dueAt) })}
        </p>
      )}
      <ErrorNotice error={error} />
    </section>
  );
}
