import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  dataRequestChannels,
  dataRequestKinds,
  type DataRequestChannel,
  type DataRequestKind,
} from '../../../domain/privacy/data-request';
import { apiUrl } from '../../api/client';
import { candidateRecord } from '../../api/invalidation';
import { invalidateApi, useApiMutation, useApiQuery } from '../../api/queries';
import { ChoiceField, ErrorNotice, TextField } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../router';
import { DataRequestList } from './data-request-list';
import { ActionButton } from '../../components/action-button';

/** HR answers a candidate's data requests from their page: record, export, stop, erase. */
export function CandidatePrivacy({
  candidateId,
  fullName,
  restricted,
}: {
  candidateId: string;
  fullName: string;
  restricted: boolean;
}) {
  const { t } = useI18n();
  const ledger = useApiQuery('/api/data-requests', { query: { candidateId } });
  const [kind, setKind] = useState<DataRequestKind>('access');
  const [channel, setChannel] = useState<DataRequestChannel>('email');
  const [confirmName, setConfirmName] = useState('');
  const path = { candidateId };
  const recording = useApiMutation('post', '/api/candidates/{candidateId}/data-requests', {
    invalidates: ['/api/data-requests'],
  });
  // Exporting is recorded as the answer to an access request: the ledger changes too.
  const exportUrl = apiUrl('/api/candidates/{candidateId}/export.zip', { path });
  const restricting = useApiMutation('post', '/api/candidates/{candidateId}/restrict', {
    invalidates: candidateRecord,
  });
  // After an erasure this page cannot be shown again: leave it first, then refresh the rest
  // (refreshing first would turn this page into "not found" before the move).
  const queryClient = useQueryClient();
  const erasing = useApiMutation('post', '/api/candidates/{candidateId}/erase');
  const erased = () => {
    navigate('/data-requests');
    void invalidateApi(queryClient, candidateRecord);
  };
  const error = recording.error ?? restricting.error ?? erasing.error;
  // The archive (JSON plus the CV files) downloads straight from the API with the session cookie.
  const download = async () => {
    const link = document.createElement('a');
    link.href = exportUrl;
    link.download = `seleksi-candidate-${candidateId}.zip`;
    link.click();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await ledger.refetch();
  };
  return (
    <details className="privacy">
      <summary>{t('privacy.title')}</summary>
      <p className="muted">{t('privacy.intro')}</p>
      <div className="form__row">
        <ChoiceField
          label={t('privacy.kind')}
          name="requestKind"
          value={kind}
          onChange={(e) => setKind(e.target.value as typeof kind)}
          choices={dataRequestKinds.map((k) => ({ value: k, label: t(`privacy.kind.${k}`) }))}
        />
        <ChoiceField
          label={t('privacy.channel')}
          name="requestChannel"
          value={channel}
          onChange={(e) => setChannel(e.target.value as typeof channel)}
          choices={dataRequestChannels.map((c) => ({ value: c, label: t(`privacy.channel.${c}`) }))}
        />
      </div>
      <ActionButton
        className="button"
        request={recording}
        onClick={() => recording.mutate({ path, body: { kind, channel } })}
      >
        {t('privacy.record')}
      </ActionButton>
      <LoadError error={ledger.error} retry={ledger.refetch} />
      {ledger.data && <DataRequestList requests={ledger.data.requests} showCandidate={false} />}
      <div className="form__actions">
        <button type="button" className="button" onClick={() => void download()}>
          {t('privacy.export')}
        </button>
        {!restricted && (
          <button
            type="button"
            className="button"
            title={t('privacy.restrictHint')}
            disabled={restricting.isPending}
            onClick={() => restricting.mutate({ path })}
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
        disabled={confirmName.trim() !== fullName || erasing.isPending}
        onClick={() => erasing.mutate({ path }, { onSuccess: erased })}
      >
        {t('privacy.erase')}
      </button>
      <ErrorNotice error={error} />
    </details>
  );
}
