import { privacyNoticeVersion } from '../../../domain/careers';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/form-fields';
import { useApiAction } from '../../components/use-api-action';
import { useI18n } from '../../i18n/i18n';

/** The candidate decides whether the company may consider them for other openings, either way. */
export function PortalTalentPool({
  url,
  member,
  onChanged,
}: {
  url: string;
  member: boolean;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const choice = useApiAction();
  const choose = async (join: boolean) => {
    const body = { member: join, privacyNoticeVersion };
    if (await choice.run(() => api('POST', `${url}/talent-pool`, body))) onChanged();
  };
  return (
    <section className="portal__card" aria-labelledby="portal-pool">
      <h2 id="portal-pool">{t('portal.pool.title')}</h2>
      <p data-testid="portal-pool-status">
        {member ? t('portal.pool.member') : t('portal.pool.notMember')}
      </p>
      <button type="button" className="button button--block" onClick={() => void choose(!member)}>
        {member ? t('portal.pool.leave') : t('portal.pool.join')}
      </button>
      <ErrorNotice error={choice.error} />
    </section>
  );
}
