import { useApiMutation } from '../../api/queries';
import { ErrorNotice } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import type { ApiSchema } from '../../api/client';

type DataRequestOutput = ApiSchema<'DataRequest'>;

/** Requests with their deadline state; open ones can be closed by hand (corrected or refused). */
export function DataRequestList({
  requests,
  showCandidate,
}: {
  requests: DataRequestOutput[];
  showCandidate: boolean;
}) {
  const { t, dateTime } = useI18n();
  const closing = useApiMutation('post', '/api/data-requests/{requestId}/close', {
    invalidates: ['/api/data-requests'],
  });
  const close = (requestId: string, outcome: 'corrected' | 'refused') =>
    closing.mutate({ path: { requestId }, body: { outcome } });
  if (requests.length === 0) return <p className="muted">{t('privacy.none')}</p>;
  return (
    <>
      <ErrorNotice error={closing.error} />
      <ul className="data-requests">
        {requests.map((request) => (
          <li
            key={request.id}
            className={`data-request data-request--${request.deadline}`}
            data-testid="data-request"
          >
            <strong>{t(`privacy.kind.${request.kind}`)}</strong>
            <span className={`pill pill--deadline-${request.deadline}`}>
              {t(`privacy.deadline.${request.deadline}`)}
            </span>
            {showCandidate &&
              (request.candidateId ? (
                <Link href={`/candidates/${request.candidateId}`}>
                  {request.candidateName ?? t('privacy.anonymisedCandidate')}
                </Link>
              ) : (
                <span className="muted">{t('privacy.erasedCandidate')}</span>
              ))}
            <span className="muted">
              {t('privacy.received', { date: dateTime(request.receivedAt) })} ·{' '}
              {t(`privacy.channel.${request.channel}`)} ·{' '}
              {request.completedAt
                ? `${t(`privacy.outcome.${request.outcome ?? 'refused'}`)} (${dateTime(request.completedAt)}${request.completedByName ? `, ${request.completedByName}` : ''})`
                : t('privacy.due', { date: dateTime(request.dueAt) })}
            </span>
            {!request.completedAt && (
              <span className="data-request__actions">
                {request.kind === 'correction' && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => close(request.id, 'corrected')}
                  >
                    {t('privacy.markCorrected')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => close(request.id, 'refused')}
                >
                  {t('privacy.refuse')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
