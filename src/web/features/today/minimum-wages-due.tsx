import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

/**
 * An admin's reminder that a year's minimum wages are not recorded (from December, the coming
 * year's): offers starting then are checked against older figures until they are.
 */
export function MinimumWagesDue({ due }: { due: { year: number; latest: number | null } | null }) {
  const { t } = useI18n();
  if (!due) return null;
  return (
    <p className="notice notice--warning" data-testid="minimum-wages-due">
      {t('today.minimumWagesDue', { year: String(due.year) })}{' '}
      {due.latest !== null && t('today.minimumWagesDue.latest', { latest: String(due.latest) })}{' '}
      <Link href="/settings/minimum-wages">{t('today.minimumWagesDue.link')}</Link>
    </p>
  );
}
