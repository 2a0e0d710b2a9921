import { privacyNoticeVersion } from '../../../domain/careers';
import { apiUrl } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { ActionButton } from '../../components/action-button';

/** The candidate decides whether the company may consider them for other openings, either way. */
export function PortalTalentPool({ token, member }: { token: string; member: boolean }) {
  const { t } = useI18n();
  const path = { token };
  const choice = useApiMutation('post', '/api/portal/{token}/talent-pool', {
    invalidates: [apiUrl('/api/portal/{token}', { path })],
  });
  const choose = (join: boolean) =>
    choice.mutate({ path, body: { member: join, privacyNoticeVersion } });
  return (
    <section className="portal__card" aria-labelledby="portal-pool">
      <h2 id="portal-pool">{t('portal.pool.title')}</h2>
      <p data-testid="portal-pool-status">
        {member ? t('portal.pool.member') : t('portal.pool.notMember')}
      </p>
      <ActionButton
        className="button button--block"
        request={choice}
        onClick={() => choose(!member)}
      >
        {member ? t('portal.pool.leave') : t('portal.pool.join')}
      </ActionButton>
      <ErrorNotice error={choice.error} />
    </section>
  );
}
