import { useState } from 'react';
import { webhookEvents } from '../../../domain/integrations/webhook';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ActionButton } from '../../components/action-button';
import { CheckboxGroup } from '../../components/checkbox-group';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useDraft } from '../../components/draft';
import { ErrorNotice, TextField } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { DeliveryLog } from './delivery-log';
import { IntegrationForm } from './integration-form';
import { SecretNotice } from './secret-notice';
import type { ApiBody, ApiData } from '../../api/client';

type NewWebhookInput = ApiBody<'post', '/api/admin/webhooks'>;
type WebhookEndpointOut = ApiData<'get', '/api/admin/webhooks'>['items'][number];

const webhooksPath = '/api/admin/webhooks';
const empty = { url: '', description: '', events: [] as string[] };

export function WebhooksSection() {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery(webhooksPath, {});
  const [secret, setSecret] = useState<string | undefined>();
  return (
    <section className="integration-section" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">{t('webhooks.title')}</h2>
      <p className="muted">{t('webhooks.help')}</p>
      <LoadError error={error} retry={refetch} />
      {secret && (
        <SecretNotice
          title={t('webhooks.createdTitle')}
          help={t('webhooks.createdHelp')}
          secret={secret}
        />
      )}
      {data && !data.items.length && <p className="muted">{t('webhooks.empty')}</p>}
      <ul className="tile-list integration-list">
        {data?.items.map((endpoint) => (
          <EndpointRow key={endpoint.id} endpoint={endpoint} />
        ))}
      </ul>
      <NewWebhookForm onCreated={setSecret} />
    </section>
  );
}

function EndpointRow({ endpoint }: { endpoint: WebhookEndpointOut }) {
  const { t } = useI18n();
  const [secret, setSecret] = useState<string | undefined>();
  const [showLog, setShowLog] = useState(false);
  const path = { endpointId: endpoint.id };
  const invalidates = [webhooksPath];
  const changing = useApiMutation('put', '/api/admin/webhooks/{endpointId}', { invalidates });
  const deleting = useApiMutation('delete', '/api/admin/webhooks/{endpointId}', { invalidates });
  const revealing = useApiMutation('post', '/api/admin/webhooks/{endpointId}/secret');
  const toggle = () =>
    changing.mutate({
      path,
      body: {
        url: endpoint.url,
        description: endpoint.description,
        events: endpoint.events,
        active: !endpoint.active,
      },
    });
  const [asking, setAsking] = useState(false);
  const reveal = () =>
    secret
      ? setSecret(undefined)
      : revealing.mutate({ path }, { onSuccess: (reply) => setSecret(reply.secret) });
  const state = endpoint.active ? 'active' : 'revoked';
  return (
    <li className="tile integration-row" data-endpoint={endpoint.url}>
      <div className="integration-row__what">
        <strong>
          <code className="integration-row__code">{endpoint.url}</code>{' '}
          <span className={`badge badge--${state}`}>
            {endpoint.active ? t('webhooks.active') : t('webhooks.paused')}
          </span>
        </strong>
        {endpoint.description && <span>{endpoint.description}</span>}
        <span className="muted">
          {endpoint.events.map((event) => t(`webhooks.event.${event}`)).join(' · ')}
        </span>
        <ErrorNotice error={changing.error ?? deleting.error ?? revealing.error} />
        {secret && (
          <SecretNotice
            title={t('webhooks.createdTitle')}
            help={t('webhooks.createdHelp')}
            secret={secret}
          />
        )}
      </div>
      <div className="integration-row__actions">
        <button type="button" className="button" onClick={() => setShowLog(!showLog)}>
          {showLog ? t('webhooks.hideDeliveries') : t('webhooks.deliveries')}
        </button>
        <ActionButton request={revealing} onClick={reveal}>
          {secret ? t('webhooks.hide') : t('webhooks.reveal')}
        </ActionButton>
        <ActionButton request={changing} onClick={toggle}>
          {endpoint.active ? t('webhooks.pause') : t('webhooks.resume')}
        </ActionButton>
        <ActionButton
          request={deleting}
          className="button button--danger"
          onClick={() => setAsking(true)}
        >
          {t('webhooks.delete')}
        </ActionButton>
      </div>
      {asking && (
        <ConfirmDialog
          title={t('webhooks.deleteTitle')}
          confirmLabel={t('webhooks.delete')}
          onConfirm={() => deleting.mutate({ path })}
          onClose={() => setAsking(false)}
        >
          <p>{t('webhooks.deleteConfirm', { url: endpoint.url })}</p>
        </ConfirmDialog>
      )}
      {showLog && <DeliveryLog endpointId={endpoint.id} />}
    </li>
  );
}

function NewWebhookForm({ onCreated }: { onCreated(secret: string): void }) {
  const { t } = useI18n();
  const creating = useApiMutation('post', webhooksPath, { invalidates: [webhooksPath] });
  const { draft, setDraft, set, bind, fieldError } = useDraft(empty, creating.error);
  const submit = () => {
    const body: NewWebhookInput = { ...draft, events: draft.events as NewWebhookInput['events'] };
    creating.mutate(
      { body },
      {
        onSuccess: (reply) => {
          onCreated(reply.secret);
          setDraft(empty);
        },
      },
    );
  };
  return (
    <IntegrationForm
      id="new-webhook"
      title={t('webhooks.new')}
      error={creating.error}
      pending={creating.isPending}
      createLabel={t('webhooks.create')}
      onSubmit={submit}
    >
      <TextField label={t('webhooks.url')} type="url" inputMode="url" {...bind('url')} />
      <TextField label={t('webhooks.description')} {...bind('description')} />
      <CheckboxGroup
        legend={t('webhooks.events')}
        name="events"
        options={webhookEvents.map((event) => ({
          value: event,
          label: t(`webhooks.event.${event}`),
        }))}
        selected={draft.events}
        onChange={(events) => set('events', events)}
        error={fieldError('events')}
      />
    </IntegrationForm>
  );
}
