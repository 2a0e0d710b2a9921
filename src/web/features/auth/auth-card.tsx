import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../components/language-switch';
import { useI18n } from '../../i18n/i18n';

/** The card the pages before signing in stand on: the brand and the language switch on top. */
export function AuthCard({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <main className="login" id="main">
      <div className="login__card">
        <div className="login__top">
          <span className="brand">{t('app.name')}</span>
          <LanguageSwitch />
        </div>
        {children}
      </div>
    </main>
  );
}
