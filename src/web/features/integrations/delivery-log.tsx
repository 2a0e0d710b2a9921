import { useEffect, useState } from 'react';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ActionButton } from '../../components/action-button';
import { ErrorNotice } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { apiUrl, type ApiData } from '../../api/client';
import { deliveryTimeoutSeconds } from '../../../domain/integrations/delivery-problem';
import { DeliveryAttempts } from './delivery-attempts';

type WebhookDeliveryOut = ApiData<
  'get',
  '/api/admin/webhooks/{endpointId}/deliveries'
>['items'][number];

const watchEveryMs = 1500;
const watchForMs = 60_000;

/** An endpoint's newest deliveries, with "send again" (after the receiver is fixed). */
export function DeliveryLog({ endpointId }: { endpointId: string }) {
  const { t } = useI18n();
  const [watching, setWatching] = useState(false);
  const { data, error, refetch } = useApiQuery(
    '/api/admin/webhooks/{endpointId}/deliveries',
    { path: { endpointId } },
    // A delivery about to be sent (just queued or sent again) is followed until it has an outcome.
    watching ? { refetchInterval: watchEveryMs } : {},
  );
  const sendingNow = data?.items.some((d) => d.status === 'pending' && !d.retry) ?? false;
  useEffect(() => {
    setWatching(sendingNow);
    if (!sendingNow) return;
    // Briefly: with the background work stopped a delivery stays pending, and the log is not
    // polled for ever.
    const stop = setTimeout(() => setWatching(false), watchForMs);
    return () => clearTimeout(stop);
  }, [sendingNow]);
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
    {
      invalidates: [
        apiUrl('/api/admin/webhooks/{endpointId}/deliveries', { path: { endpointId } }),
      ],
    },
  );
  const gaveUp = delivery.status === 'failed';
  return (
    <li className="delivery-row" data-status={delivery.status} data-testid="delivery-row">
      <span className={`badge badge--${delivery.status}`}>
        {t(`webhooks.status.${delivery.status}`)}
      </span>
      <span>{t(`webhooks.event.${delivery.eventType}`)}</span>
      <DeliverySubject subject={delivery.subject} />
      <span className="muted">
        {/* When the event happened: the log's order (each attempt's time is in its list). */}
        {dateTime(delivery.createdAt)}
        {' · '}
        {t('webhooks.attempts', { count: delivery.attempts })}
        {delivery.responseStatus !== null && (
          // The receiver's own answer to the latest attempt, as the README promises.
          <span className="delivery-row__response" data-testid="delivery-response">
            {' · '}
            {t('webhooks.responseStatus', { status: delivery.responseStatus })}
          </span>
        )}
      </span>
      <DeliveryAttempts attempts={delivery.attemptLog} />
      {delivery.problem && (
        <p className="delivery-row__problem">
          <DeliveryProblemText problem={delivery.problem} />
        </p>
      )}
      {delivery.problem && delivery.lastError && (
        // The raw code is for whoever runs the receiving server: at hand, folded away.
        <details className="delivery-row__detail">
          <summary>{t('webhooks.technicalDetail')}</summary>
          <code className="delivery-row__code">{delivery.lastError}</code>
        </details>
      )}
      {delivery.retry && (
        <p className="delivery-row__next">
          {t('webhooks.retryNext', {
            attempt: delivery.retry.failedAttempt,
            of: delivery.retry.attemptsAllowed,
            when: dateTime(delivery.retry.nextAttemptAt),
          })}
        </p>
      )}
      {gaveUp && (
        <p className="delivery-row__next">{t('webhooks.gaveUp', { count: delivery.attempts })}</p>
      )}
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

/** Who and what the event is about: the candidate by name, never once erased; the application. */
function DeliverySubject({ subject }: { subject: WebhookDeliveryOut['subject'] }) {
  const { t } = useI18n();
  const application =
    subject.applicationId &&
    t('webhooks.subject.application', { id: subject.applicationId.slice(0, 8) });
  return (
    <span className="delivery-row__subject" data-testid="delivery-subject">
      {subject.candidate ? (
        <Link href={`/candidates/${subject.candidate.id}`}>{subject.candidate.fullName}</Link>
      ) : (
        subject.candidateErased && t('webhooks.subject.erased')
      )}
      {application && (
        <span className="muted" title={subject.applicationId ?? undefined}>
          {subject.candidate || subject.candidateErased ? ' · ' : ''}
          {application}
        </span>
      )}
    </span>
  );
}

/** The failure as a sentence an admin can act on. */
function DeliveryProblemText({ problem }: { problem: NonNullable<WebhookDeliveryOut['problem']> }) {
  const { t } = useI18n();
  switch (problem.kind) {
    case 'http_error':
    case 'redirected':
      return <>{t(`webhooks.problem.${problem.kind}`, { status: problem.httpStatus ?? '' })}</>;
    case 'timeout':
      return <>{t('webhooks.problem.timeout', { seconds: deliveryTimeoutSeconds })}</>;
    default:
      return <>{t(`webhooks.problem.${problem.kind}`)}</>;
  }
}
