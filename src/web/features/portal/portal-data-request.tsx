import { useState } from 'react';
import { dataRequestKinds, type DataRequestKind } from '../../../domain/privacy/data-request';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice, SelectField } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { ActionButton } from '../../components/action-button';

/** The candidate's rights under UU PDP, one request away; HR answers within 3 × 24 hours. */
export function PortalDataRequest({ token }: { token: string }) {
  const { t, dateTime } = useI18n();
  const [kind, setKind] = useState<DataRequestKind>('access');
  const sending = useApiMutation('post', '/api/portal/{token}/data-requests');
  const { error } = sending;
  const dueAt = sending.data?.dueAt;
  const send = () => sending.mutate({ path: { token }, body: { kind } });
  return (
    <section className="portal__card" aria-labelledby="portal-data">
      <h2 id="portal-data">{t('portal.data.title')}</h2>
      <p className="muted">{t('portal.data.intro')}</p>
      <SelectField
        label={t('privacy.kind')}
        name="dataRequestKind"
        value={kind}
        onChange={(e) => setKind(e.target.value as DataRequestKind)}
      >
        {dataRequestKinds.map((k) => (
          <option key={k} value={k}>
            {t(`privacy.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <ActionButton className="button button--block" request={sending} onClick={send}>
        {t('portal.data.send')}
      </ActionButton>
      {dueAt && (
        <p className="notice notice--ok" role="status">
          {t('portal.data.sent', { date: dateTime(dueAt) })}
        </p>
      )}
      <ErrorNotice error={error} />
    </section>
  );
}
