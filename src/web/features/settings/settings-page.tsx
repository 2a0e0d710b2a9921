import './settings.css';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-id';
import { Link } from '../../router';
import { useSession } from '../../session';
import { settingsSections, type SettingsSection } from './settings-sections';

/**
 * One home for the pages an admin or HR visits now and then (templates, users, brand, the audit
 * log...), so the top bar keeps only daily work and fits one row. Each link shows only when the
 * server says this user may open it.
 */
export function SettingsPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const sections = settingsSections
    .map((section) => ({
      ...section,
      pages: section.pages.filter((page) => user.can[page.ability]),
    }))
    .filter((section) => section.pages.length > 0);
  return (
    <div className="settings">
      <h1>{t('settings.title')}</h1>
      {sections.length === 0 && <p className="muted">{t('settings.none')}</p>}
      {sections.map((section) => (
        <Section key={section.title} section={section} />
      ))}
    </div>
  );
}

function Section({ section }: { section: SettingsSection }) {
  const { t } = useI18n();
  return (
    <section className="settings__section" aria-label={t(section.title)}>
      <h2>{t(section.title)}</h2>
      <ul className="settings__list">
        {section.pages.map((page) => (
          <li key={page.href}>
            <Link href={page.href} className="settings__link">
              <strong>{t(page.name)}</strong>
              <span className="muted">{t(`${page.name}.about` as MessageKey)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
