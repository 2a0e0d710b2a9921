import { useState } from 'react';
import { apiTokenScopes } from '../../../domain/integrations/api-token';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ActionButton } from '../../components/action-button';
import { CheckboxGroup } from '../../components/checkbox-group';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useDraft } from '../../components/draft';
import { ErrorNotice, TextField } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { IntegrationForm } from './integration-form';
import { SecretNotice } from './secret-notice';
import type { ApiBody, ApiData } from '../../api/client';

type ApiTokenOut = ApiData<'get', '/api/admin/api-tokens'>['items'][number];
type NewApiTokenInput = ApiBody<'post', '/api/admin/api-tokens'>;

const tokensPath = '/api/admin/api-tokens';
const empty = { name: '', scopes: [] as string[], expiresOn: '' };

export function ApiTokensSection() {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery(tokensPath, {});
  const [created, setCreated] = useState<{ id: string; name: string; secret: string }>();
  // The secret of a token revoked meanwhile is no use to anyone: it goes with the token.
  const createdState = data?.items.find((token) => token.id === created?.id)?.state;
  const secretShown = created && (createdState ?? 'active') === 'active' ? created : undefined;
  return (
    <section className="integration-section" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('tokens.title')}</h2>
      <p className="muted">{t('tokens.help')}</p>
      <LoadError error={error} retry={refetch} />
      {secretShown && (
        <SecretNotice
          title={t('tokens.createdTitle', { name: secretShown.name })}
          help={t('tokens.createdHelp')}
          secret={secretShown.secret}
        />
      )}
      {data && !data.items.length && <p className="muted">{t('tokens.empty')}</p>}
      <ul className="tile-list integration-list">
        {data?.items.map((token) => (
          <TokenRow key={token.id} token={token} />
        ))}
      </ul>
      <NewTokenForm onCreated={setCreated} />
    </section>
  );
}

function TokenRow({ token }: { token: ApiTokenOut }) {
  const { t, dateTime } = useI18n();
  const revoking = useApiMutation('post', '/api/admin/api-tokens/{tokenId}/revoke', {
    invalidates: [tokensPath],
    // Shown revoked (no button, no secret) the moment the server says so, not after the refetch.
    shows: (revoked, cache) =>
      cache.update(tokensPath, {}, (list) => ({
        items: list.items.map((item) => (item.id === revoked.id ? revoked : item)),
      })),
  });
  const [asking, setAsking] = useState(false);
  return (
    <li className={`tile integration-row integration-row--${token.state}`} data-token={token.name}>
      <div className="integration-row__what">
        <strong>
          {token.name}{' '}
          <span className={`badge badge--${token.state}`}>{t(`tokens.state.${token.state}`)}</span>
        </strong>
        <code className="integration-row__code">{token.prefix}…</code>
        <span>{token.scopes.map((scope) => t(`tokens.scope.${scope}`)).join(' · ')}</span>
        <span className="muted">
          {t('tokens.createdBy', { date: dateTime(token.createdAt), name: token.createdByName })}
          {' · '}
          {token.lastUsedAt
            ? t('tokens.lastUsed', { date: dateTime(token.lastUsedAt) })
            : t('tokens.neverUsed')}
          {token.expiresAt && ` · ${t('tokens.expires', { date: dateTime(token.expiresAt) })}`}
        </span>
        <ErrorNotice error={revoking.error} />
      </div>
      {token.state === 'active' && (
        <ActionButton
          request={revoking}
          className="button button--danger"
          onClick={() => setAsking(true)}
        >
          {t('tokens.revoke')}
        </ActionButton>
      )}
      {asking && (
        <ConfirmDialog
          title={t('tokens.revokeTitle', { name: token.name })}
          confirmLabel={t('tokens.revoke')}
          onConfirm={() => revoking.mutate({ path: { tokenId: token.id } })}
          onClose={() => setAsking(false)}
        >
          <p>{t('tokens.revokeConfirm', { name: token.name })}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}

function NewTokenForm({
  onCreated,
}: {
  onCreated(created: { id: string; name: string; secret: string }): void;
}) {
  const { t } = useI18n();
  const creating = useApiMutation('post', tokensPath, { invalidates: [tokensPath] });
  const { draft, setDraft, set, bind, fieldError } = useDraft(empty, creating.error);
  const submit = () => {
    const body: NewApiTokenInput = {
      name: draft.name,
      scopes: draft.scopes as NewApiTokenInput['scopes'],
      expiresOn: draft.expiresOn || null,
    };
    creating.mutate(
      { body },
      {
        onSuccess: (reply) => {
          onCreated({ id: reply.token.id, name: reply.token.name, secret: reply.secret });
          setDraft(empty);
        },
      },
    );
  };
  return (
    <IntegrationForm
      id="new-token"
      title={t('tokens.new')}
      error={creating.error}
      pending={creating.isPending}
      createLabel={t('tokens.create')}
      onSubmit={submit}
    >
      <TextField label={t('tokens.name')} {...bind('name')} />
      <CheckboxGroup
        legend={t('tokens.scopes')}
        name="scopes"
        options={apiTokenScopes.map((scope) => ({
          value: scope,
          label: (
            <span>
              {t(`tokens.scope.${scope}`)} <code>{scope}</code>
            </span>
          ),
        }))}
        selected={draft.scopes}
        onChange={(scopes) => set('scopes', scopes)}
        error={fieldError('scopes')}
      />
      <TextField
        label={t('tokens.expiresOn')}
        hint={t('tokens.expiresHint')}
        type="date"
        {...bind('expiresOn')}
        error={fieldError('expiresOn')}
      />
    </IntegrationForm>
  );
}
