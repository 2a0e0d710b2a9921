import { useState } from 'react';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

/** HR copies the candidate's private link, replaces it, or revokes it. */
export function PortalLinkPanel({
  applicationId,
  portalUrl,
  renew,
  onChanged,
}: {
  applicationId: string;
  portalUrl: string | null;
  renew(): Promise<unknown>;
  onChanged(): void;
}) {
  const { t } = useI18n();
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
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => void renew().then(onChanged)}
        >
          {t(portalUrl ? 'portalLink.renew' : 'portalLink.create')}
        </button>
        {portalUrl && (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() =>
              void api('DELETE', `/api/applications/${applicationId}/portal-link`).then(onChanged)
            }
          >
            {t('portalLink.revoke')}
          </button>
        )}
      </div>
    </div>
  );
}
