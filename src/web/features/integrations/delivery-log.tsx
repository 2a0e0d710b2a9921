import { useApiMutation, useApiQuery } from '../../api/queries';
import { ActionButton } from '../../components/action-button';
import { ErrorNotice } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import type { ApiData } from '../../api/client';

type WebhookDeliveryOut = ApiData<
  'get',
  '/api/admin/webhooks/{endpointId}/deliveries'
>['items'][number];

/** An endpoint's newest deliveries, with "send again" (after the receiver is fixed). */
export function DeliveryLog({ endpointId }: { endpointId: string }) {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/admin/webhooks/{endpointId}/deliveries', {
    path: { endpointId },
  });
  return (
    <div className="delivery-log">
      <LoadError error={error} retry={refetch} />
      {data && !data.items.length && <p className="muted">{t('webhooks.noDeliveries')}</p>}
      <ul>
        {data?.items.map((delivery) => (
          <DeliveryRow key={delivery.id} endpointId={endpointId} delivery={delivery} />
        ))}
      </ul>
    </div>
  );
}

function DeliveryRow({
  endpointId,
  delivery,
}: {
  endpointId: string;
  delivery: WebhookDeliveryOut;
}) {
  const { t, dateTime } = useI18n();
  const sending = useApiMutation(
    'post',
    '/api/admin/webhooks/{endpointId}/deliveries/{deliveryId}/send-again',
    { invalidates: [`/api/admin/webhooks/${endpointId}/deliveries`] },
  );
  return (
    <li className="delivery-row" data-status={delivery.status}>
      <span className={`badge badge--${delivery.status}`}>
        {t(`webhooks.status.${delivery.status}`)}
      </span>
      <span>{t(`webhooks.event.${delivery.eventType}`)}</span>
      <span className="muted">
        {dateTime(delivery.lastAttemptAt ?? delivery.createdAt)}
        {' · '}
        {t('webhooks.attempts', { count: delivery.attempts })}
        {delivery.responseStatus !== null &&
          ` · ${t('webhooks.response', { code: delivery.responseStatus })}`}
        {delivery.lastError && ` · ${delivery.lastError}`}
      </span>
      <ErrorNotice error={sending.error} />
      <ActionButton
        request={sending}
        onClick={() => sending.mutate({ path: { endpointId, deliveryId: delivery.id } })}
      >
        {t('webhooks.sendAgain')}
      </ActionButton>
    </li>
  );
}
