import { candidateProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { ActionButton } from '../../components/action-button';
import { ErrorNotice } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { rejectionToldWays } from '../../../domain/rejection-told';

/**
 * A hiring manager's rejection HR has not told the candidate yet: the rejection e-mail below
 * tells them, or HR marks that they did so by phone or in person (nothing is sent). Either ends
 * Today's "tell the candidate" and lets the portal show the outcome.
 */
export function RejectionTold({ applicationId }: { applicationId: string }) {
  const { t } = useI18n();
  const telling = useApiMutation('post', '/api/applications/{applicationId}/rejection-told', {
    invalidates: candidateProgress,
  });
  return (
    <div className="notice" role="region" aria-label={t('rejectionTold.title')}>
      <strong>{t('rejectionTold.title')}</strong>
      <p className="muted">{t('rejectionTold.help')}</p>
      <div className="form__actions">
        {rejectionToldWays.map((how) => (
          <ActionButton
            key={how}
            className="button button--small"
            request={telling}
            onClick={() => telling.mutate({ path: { applicationId }, body: { how } })}
          >
            {t(`rejectionTold.${how}`)}
          </ActionButton>
        ))}
      </div>
      {telling.error && <ErrorNotice error={telling.error} />}
    </div>
  );
}
