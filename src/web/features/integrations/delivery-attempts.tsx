import type { ApiData } from '../../api/client';
import { useI18n, type I18n } from '../../i18n/i18n';
import { deliveryTimeoutSeconds } from '../../../domain/integrations/delivery-problem';

type LoggedAttempt = ApiData<
  'get',
  '/api/admin/webhooks/{endpointId}/deliveries'
>['items'][number]['attemptLog'][number];

/**
 * Every attempt of a delivery with its time ("Attempt 1 (6 Dec 2026, 13:40 WIB): HTTP 500 ·
 * Attempt 2 (…): HTTP 200"): the latest alone hid the failures that came before a success, and
 * the times show the back-off a receiver's owner needs to match against their own logs.
 */
export function DeliveryAttempts({ attempts }: { attempts: readonly LoggedAttempt[] }) {
  const { t, dateTime } = useI18n();
  if (!attempts.length) return null;
  return (
    <p className="delivery-row__attempts" data-testid="delivery-attempts">
      {attempts.map((attempt, index) => (
        <span key={attempt.attempt}>
          {index > 0 && ' · '}
          {t('webhooks.attemptOutcome', {
            attempt: attempt.attempt,
            time: dateTime(attempt.at),
            outcome: outcomeText(attempt, t),
          })}
        </span>
      ))}
    </p>
  );
}

function outcomeText(attempt: LoggedAttempt, t: I18n['t']): string {
  // The receiver answered: its status says it all (200, 500, a redirect).
  if (attempt.httpStatus !== null) return t('webhooks.attemptHttp', { status: attempt.httpStatus });
  const kind = attempt.problem?.kind ?? 'network';
  switch (kind) {
    case 'timeout':
      return t('webhooks.attemptProblem.timeout', { seconds: deliveryTimeoutSeconds });
    case 'http_error':
    case 'redirected':
      return t('webhooks.attemptProblem.network');
    default:
      return t(`webhooks.attemptProblem.${kind}`);
  }
}
