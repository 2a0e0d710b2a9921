import { useI18n } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import './offer-settings.css';

const tabs = [
  { href: '/settings/minimum-wages', label: 'offerSettings.tab.minimumWages' },
  { href: '/settings/offer-approval', label: 'offerSettings.tab.approval' },
  { href: '/settings/offer-letter', label: 'offerSettings.tab.letter' },
] as const;

/** The admin's offer settings live on three pages under one heading and one navigation entry. */
export function OfferSettingsTabs() {
  const { t } = useI18n();
  const { path } = useLocation();
  return (
    <>
      <h1>{t('offerSettings.title')}</h1>
      <nav className="tabs offer-settings__tabs" aria-label={t('offerSettings.title')}>
        {tabs.map((tab) => (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={path === tab.href ? 'page' : undefined}
          >
            {t(tab.label)}
          </Link>
        ))}
      </nav>
    </>
  );
}
