import { useI18n } from '../i18n/i18n';

/**
 * What someone reads on a page their role has no use for (followed or typed by address): one
 * plain line, no form the server would refuse and no "Try again", which would not help.
 */
export function NotForRole() {
  const { t } = useI18n();
  return (
    <p className="notice" data-testid="not-for-role">
      {t('common.notForRole')}
    </p>
  );
}
