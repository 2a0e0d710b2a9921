import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { DataRequestList } from './data-request-list';
import { RetentionPanel } from './retention-panel';

/** The ledger of personal-data requests, nearest deadline first (HR). */
export function DataRequestsPage() {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/data-requests', {});
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <>
      <h1>{t('privacy.ledgerTitle')}</h1>
      <p className="muted">{t('privacy.ledgerIntro')}</p>
      <DataRequestList requests={data.requests} showCandidate />
      <RetentionPanel />
    </>
  );
}
