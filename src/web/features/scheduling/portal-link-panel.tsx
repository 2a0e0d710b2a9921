import { useState } from 'react';
import { candidateProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice, FieldError, useFieldErrors } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { ActionButton } from '../../components/action-button';
import { CheckField } from '../../components/checkbox-group';
import { ConfirmDialog } from '../../components/confirm-dialog';

/**
 * HR copies the candidate's private link, replaces it, or revokes it. Replacing a link kills every
 * copy already e-mailed, so it asks first and offers to e-mail the new one.
 */
export function PortalLinkPanel({
  applicationId,
  portalUrl,
  portalToken,
  candidateLocale,
}: {
  applicationId: string;
  portalUrl: string | null;
  /** The shown link's token, as the server sent it: renewing sends it back as `current`. */
  portalToken: string | null;
  candidateLocale: string;
}) {
  const { t } = useI18n();
  const path = '/api/applications/{applicationId}/portal-link' as const;
  const renew = useApiMutation('post', path, { invalidates: candidateProgress });
  const revoke = useApiMutation('delete', path, { invalidates: candidateProgress });
  const input = { path: { applicationId } };
  const fieldError = useFieldErrors(renew.error);
  // Why no new link was issued: the page's link changed, the portal closed, processing restricted.
  const closed = renew.error?.field('application');
  const refusal =
    fieldError('current') ??
    (closed?.code === 'portal_closed'
      ? t('portalLink.closed', { days: Number(closed.params?.days ?? 0) })
      : fieldError('application'));
  const [copied, setCopied] = useState(false);
  const [asking, setAsking] = useState(false);
  const [emailCandidate, setEmailCandidate] = useState(true);
  // Said in the reader's language ("dalam bahasa Inggris"), not the language's own name.
  const language =
    candidateLocale === 'en' || candidateLocale === 'id'
      ? t(`move.previewLocale.${candidateLocale}`)
      : '';
  // The link this page shows: if it changed since (a reply e-mailed a new one), nothing is replaced.
  const issue = (email: boolean) =>
    renew.mutate({ ...input, body: { current: portalToken, emailCandidate: email } });
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
          onClick={() => {
            setEmailCandidate(true);
            setAsking(true);
          }}
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
      {asking && (
        <ConfirmDialog
          title={t(portalUrl ? 'portalLink.confirmRenewTitle' : 'portalLink.confirmCreateTitle')}
          confirmLabel={t(portalUrl ? 'portalLink.renew' : 'portalLink.create')}
          kind={portalUrl ? 'danger' : 'primary'}
          onConfirm={() => issue(emailCandidate)}
          onClose={() => setAsking(false)}
        >
          <p>{t(portalUrl ? 'portalLink.confirmRenew' : 'portalLink.confirmCreate')}</p>
          <CheckField
            label={t('portalLink.emailCandidate', { language })}
            name="emailCandidate"
            checked={emailCandidate}
            onChange={(event) => setEmailCandidate(event.target.checked)}
          />
        </ConfirmDialog>
      )}
      {renew.isSuccess && renew.variables?.body?.emailCandidate && (
        <p className="muted" role="status">
          {t('portalLink.emailed')}
        </p>
      )}
      {refusal ? (
        <FieldError error={refusal} />
      ) : (
        <ErrorNotice error={renew.error ?? revoke.error} />
      )}
    </div>
  );
}
