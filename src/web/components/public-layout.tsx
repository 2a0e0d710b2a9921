import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { LanguageSwitch } from './language-switch';

/** The frame of pages anyone may open without an account: the careers pages and practice. */
export function PublicLayout({
  children,
  current,
}: {
  children: ReactNode;
  /** The section shown as current; none on pages behind a candidate's private link. */
  current?: 'careers' | 'practice' | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <Link href={`/${current ?? 'careers'}`} className="brand">
          {t('app.name')}
        </Link>
        <nav className="topbar__nav" aria-label="Main">
          <Link href="/careers" aria-current={current === 'careers' ? 'page' : undefined}>
            {t('nav.careers')}
          </Link>
          <Link href="/practice" aria-current={current === 'practice' ? 'page' : undefined}>
            {t('practice.title')}
          </Link>
        </nav>
        <div className="topbar__user">
          <LanguageSwitch />
          <a className="button button--quiet" href="/">
            {t('practice.signIn')}
          </a>
        </div>
      </header>
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
