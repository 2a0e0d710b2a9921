import type { ReactNode } from 'react';
import { brandStyle, brandTexts, useBrand } from '../features/brand/use-brand';
import { useI18n, type Locale } from '../i18n/i18n';
import { Link } from '../router';
import { LanguageSwitch } from './language-switch';

/**
 * The frame of pages anyone may open without an account: the careers pages, practice, the
 * portal. They wear the employer's brand, not ours; staff sign in from a small footer link, not
 * from a button a candidate might take for their own.
 */
export function PublicLayout({
  children,
  current,
  rememberLocale,
}: {
  children: ReactNode;
  /** The section shown as current; none on pages behind a candidate's private link. */
  current?: 'careers' | 'practice' | undefined;
  /** Saves a language picked here for the visitor (the candidate behind a portal link). */
  rememberLocale?: ((locale: Locale) => void) | undefined;
}) {
  const { t, locale } = useI18n();
  const brand = useBrand();
  const { about } = brandTexts(brand, locale);
  return (
    <div className="public-frame" style={brandStyle(brand)}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <Link href={`/${current ?? 'careers'}`} className="brand">
          {brand?.logoPath && <img className="brand__logo" src={brand.logoPath} alt="" />}
          {brand?.companyName ?? '\u00a0'}
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
          <LanguageSwitch remember={rememberLocale} />
        </div>
      </header>
      <main id="main" className="page">
        {children}
      </main>
      <footer className="public-footer">
        {brand && about && (
          <section className="public-footer__about">
            <h2>{t('brand.about', { company: brand.companyName })}</h2>
            <p>{about}</p>
          </section>
        )}
        <p className="public-footer__small">
          <span>{t('brand.poweredBy')}</span>
          <a href="/">{t('brand.staffSignIn')}</a>
        </p>
      </footer>
    </div>
  );
}
