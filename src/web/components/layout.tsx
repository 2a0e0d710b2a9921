import type { ReactNode } from 'react';
import { useApiMutation, useApiQuery } from '../api/queries';
import { ErrorNotice } from './form-fields';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './language-switch';
import { Link, useLocation } from '../router';
import { useSession } from '../session';
import { opensAnySettings } from '../features/settings/settings-sections';

/** The settings pages live under /settings, except the outbox and data requests (older paths). */
const settingsCurrent = (path: string) =>
  ['/settings', '/outbox', '/data-requests'].some((prefix) => path.startsWith(prefix))
    ? ('page' as const)
    : undefined;

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { user, signOut } = useSession();
  const { path } = useLocation();
  const remembering = useApiMutation('patch', '/api/auth/me', {
    invalidates: ['/api/auth/session'],
  });
  const current = (prefix: string) => (path.startsWith(prefix) ? 'page' : undefined);
  // The badge counts what waits for the user; it refreshes every minute and after each change.
  const needsYou = useApiQuery('/api/today', {}, { refetchInterval: 60_000 }).data?.needsYou ?? 0;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        <nav className="topbar__nav" aria-label="Main">
          <Link href="/" aria-current={path === '/' ? 'page' : undefined}>
            {t('nav.today')}
            {needsYou > 0 && (
              <span className="nav-count" title={t('nav.needsYou', { count: needsYou })}>
                {needsYou}
              </span>
            )}
          </Link>
          {/* An interviewer's work is their interviews, not the jobs' pipelines. */}
          {user.can.readPipelines && (
            <Link href="/jobs" aria-current={current('/jobs')}>
              {t('nav.jobs')}
            </Link>
          )}
          <Link href="/interviews" aria-current={current('/interviews')}>
            {t('nav.myInterviews')}
          </Link>
          <Link href="/candidates" aria-current={current('/candidates')}>
            {t('nav.candidates')}
          </Link>
          <Link href="/questions" aria-current={current('/questions')}>
            {t('nav.questions')}
          </Link>
          {user.can.listOffers && (
            <Link href="/offers" aria-current={current('/offers')}>
              {t('nav.offers')}
            </Link>
          )}
          {(user.can.readReports || user.can.readCalibration) && (
            <Link href="/reports" aria-current={current('/reports')}>
              {t('nav.reports')}
            </Link>
          )}
          {opensAnySettings(user.can) && (
            <Link href="/settings" aria-current={settingsCurrent(path)}>
              {t('nav.settings')}
            </Link>
          )}
        </nav>
        <div className="topbar__user">
          {/* The account remembers the choice too (for e-mails later); the UI does not wait for it. */}
          <LanguageSwitch remember={(locale) => remembering.mutate({ body: { locale } })} />
          <Link href="/account/security" className="topbar__name" title={t('nav.accountSecurity')}>
            {user.name}
            <small>{t(`role.${user.role}`)}</small>
          </Link>
          <button type="button" className="button button--quiet" onClick={() => void signOut()}>
            {t('nav.signOut')}
          </button>
        </div>
      </header>
      <main id="main" className="page">
        <ErrorNotice error={remembering.error} />
        {children}
      </main>
    </>
  );
}
