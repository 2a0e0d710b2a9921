import { useI18n } from '../../i18n/i18n';
import { ChangePasswordForm } from './change-password-form';
import { TwoFactorPage } from './two-factor-page';

/** The signed-in user's own password and two-factor sign-in. */
export function AccountSecurityPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('account.title')}</h1>
      <ChangePasswordForm />
      <TwoFactorPage heading="h2" />
    </>
  );
}
