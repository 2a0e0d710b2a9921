import type { ReactNode } from 'react';
import type { TwoFactorStatusOut } from '../../../server/routes/security.schema';
import { useResource } from '../../components/use-resource';
import { useI18n } from '../../i18n/i18n';
import { TwoFactorPage } from './two-factor-page';

/**
 * When the company requires two-factor sign-in of admins, an admin without it sees only the
 * enrolment page (the server refuses everything else too) until it is on.
 */
export function TwoFactorGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { data, reload } = useResource<TwoFactorStatusOut>('/api/auth/two-factor');
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  if (data.required && !data.enabled) return <TwoFactorPage onEnabled={reload} />;
  return <>{children}</>;
}
