import { useState } from 'react';
import { candidateProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice, FieldError, useFieldErrors } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { ActionButton } from '../../components/action-button';

/** HR copies the candidate's private link, replaces it, or revokes it. */
export function PortalLinkPanel({
  applicationId,
  portalUrl,
  portalToken,
}: {
  applicationId: string;
  portalUrl: string | null;
  /** The shown link's token, as the server sent it: renewing sends it back as `current`. */
  portalToken: string | null;
}) {
  const { t } = useI18n();
  const path = '/api/applications/{applicationId}/portal-link' as const;
  const renew = useApiMutation('post', path, { invalidates: candidateProgress });
  const revoke = useApiMutation('delete', path, { invalidates: candidateProgress });
  const input = { path: { applicationId } };
  const fieldError = useFieldErrors(renew.error);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    if (!portalUrl) return;
    await navigator.clipboard?.writeText(portalUrl).catch(() => undefined);
    setCopied(true);
  };
  return (
    <div className="portal-link">
      <h4>{t('portalLink.title')}</h4>
      {portalUrl ? (
        <div className="portal-link__row">
          <input
            readOnly
            aria-label={t('portalLink.title')}
            value={portalUrl}
            onFocus={(e) => e.target.select()}
          />
          <button type="button" className="button button--small" onClick={() => void copy()}>
            {copied ? t('portalLink.copied') : t('portalLink.copy')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('portalLink.none')}</p>
      )}
      <div className="form__actions">
        <ActionButton
          className="button button--small button--quiet"
          request={renew}
          // The link this page shows: if it changed since (a reply e-mailed a new one), nothing is replaced.
          onClick={() => renew.mutate({ ...input, body: { current: portalToken } })}
        >
          {t(portalUrl ? 'portalLink.renew' : 'portalLink.create')}
        </ActionButton>
        {portalUrl && (
          <ActionButton
            className="button button--small button--quiet"
            request={revoke}
            onClick={() => revoke.mutate(input)}
          >
            {t('portalLink.revoke')}
          </ActionButton>
        )}
      </div>
      {fieldError('current') ? (
        <FieldError error={fieldError('current')} />
      ) : (
        <ErrorNotice error={renew.error ?? revoke.error} />
      )}
    </div>
  );
}
