import { useState } from 'react';
import type { DataRequestOutput } from '../../../server/routes/privacy.schema';
import { api } from '../../api/client';
import { ErrorNotice, SelectField, TextField } from '../../components/form-fields';
import { useApiAction } from '../../components/use-api-action';
import { useResource } from '../../components/use-resource';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../router';
import { DataRequestList } from './data-request-list';

const kinds = ['access', 'correction', 'withdrawal', 'erasure'] as const;
const channels = ['email', 'portal', 'phone', 'letter', 'in_person'] as const;

/** HR answers a candidate's data requests from their page: record, export, stop, erase. */
export function CandidatePrivacy({
  candidateId,
  fullName,
  restricted,
  onChanged,
}: {
  candidateId: string;
  fullName: string;
  restricted: boolean;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const ledger = useResource<{ requests: DataRequestOutput[] }>(
    `/api/data-requests?candidateId=${candidateId}`,
  );
  const [kind, setKind] = useState<(typeof kinds)[number]>('access');
  const [channel, setChannel] = useState<(typeof channels)[number]>('email');
  const [confirmName, setConfirmName] = useState('');
  const { run, error } = useApiAction();
  const act = async (work: () => Promise<unknown>) => {
    if (await run(work)) ledger.reload();
  };
  // The archive (JSON plus the CV files) downloads straight from the API with the session cookie.
  const download = async () => {
    const link = document.createElement('a');
    link.href = `/api/candidates/${candidateId}/export.zip`;
    link.download = `seleksi-candidate-${candidateId}.zip`;
    link.click();
    await new Promise((resolve) => setTimeout(resolve, 1500));
  };
  return (
    <details className="privacy">
      <summary>{t('privacy.title')}</summary>
      <p className="muted">{t('privacy.intro')}</p>
      <div className="form__row">
        <SelectField
          label={t('privacy.kind')}
          name="requestKind"
          value={kind}
          onChange={(e) => setKind(e.target.value as typeof kind)}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`privacy.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('privacy.channel')}
          name="requestChannel"
          value={channel}
          onChange={(e) => setChannel(e.target.value as typeof channel)}
        >
          {channels.map((c) => (
            <option key={c} value={c}>
              {t(`privacy.channel.${c}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <button
        type="button"
        className="button"
        onClick={() =>
          void act(() =>
            api('POST', `/api/candidates/${candidateId}/data-requests`, { kind, channel }),
          )
        }
      >
        {t('privacy.record')}
      </button>
      {ledger.data && (
        <DataRequestList
          requests={ledger.data.requests}
          showCandidate={false}
          onChanged={ledger.reload}
        />
      )}
      <div className="form__actions">
        <button type="button" className="button" onClick={() => void act(download)}>
          {t('privacy.export')}
        </button>
        {!restricted && (
          <button
            type="button"
            className="button"
            title={t('privacy.restrictHint')}
            onClick={() =>
              void act(() => api('POST', `/api/candidates/${candidateId}/restrict`).then(onChanged))
            }
          >
            {t('privacy.restrict')}
          </button>
        )}
      </div>
      {restricted && <p className="notice">{t('privacy.restricted')}</p>}
      <p className="muted">{t('privacy.eraseHint')}</p>
      <TextField
        label={t('privacy.eraseConfirm')}
        name="eraseConfirm"
        value={confirmName}
        onChange={(e) => setConfirmName(e.target.value)}
      />
      <button
        type="button"
        className="button button--danger"
        disabled={confirmName.trim() !== fullName}
        onClick={() =>
          void act(async () => {
            await api('POST', `/api/candidates/${candidateId}/erase`);
            navigate('/data-requests');
          })
        }
      >
        {t('privacy.erase')}
      </button>
      <ErrorNotice error={error} />
    </details>
  );
}
