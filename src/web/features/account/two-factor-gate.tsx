import { useState, type ReactNode } from 'react';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { TwoFactorPage } from './two-factor-page';

/**
 * When the company requires two-factor sign-in of admins, an admin without it sees only the
 * enrolment page (the server refuses everything else too) until it is on.
 */
export function TwoFactorGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/auth/two-factor', {});
  // The recovery codes shown on turning it on stay until the admin says they are saved.
  const [codesOnScreen, setCodesOnScreen] = useState(false);
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  // Turning it on refreshes '/api/auth/two-factor', which lets the app through once the
  // recovery codes are saved.
  if ((data.required && !data.enabled) || codesOnScreen) {
    return (
      <TwoFactorPage
        onCodesShown={() => setCodesOnScreen(true)}
        onCodesSaved={() => setCodesOnScreen(false)}
      />
    );
  }
  return <>{children}</>;
}
