import { useI18n } from '../../i18n/i18n';
import { ApiTokensSection } from './api-tokens-section';
import { WebhooksSection } from './webhooks-section';
import './integrations.css';

/** Admins connect other systems: API tokens for programs calling in, webhooks for events out. */
export function IntegrationsPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('integrations.title')}</h1>
      <p className="muted">{t('integrations.help')}</p>
      <p>
        {t('integrations.apiDocs')}{' '}
        <a href="/api/openapi.json" target="_blank" rel="noopener noreferrer">
          /api/openapi.json
        </a>
      </p>
      <ApiTokensSection />
      <WebhooksSection />
    </>
  );
}
