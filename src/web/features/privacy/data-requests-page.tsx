import type { DataRequestOutput } from '../../../server/routes/privacy.schema';
import { ErrorNotice } from '../../components/form-fields';
import { useResource } from '../../components/use-resource';
import { useI18n } from '../../i18n/i18n';
import { DataRequestList } from './data-request-list';
import { RetentionPanel } from './retention-panel';

/** The ledger of personal-data requests, nearest deadline first (HR). */
export function DataRequestsPage() {
  const { t } = useI18n();
  const { data, error, reload } = useResource<{ requests: DataRequestOutput[] }>(
    '/api/data-requests',
  );
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <>
      <h1>{t('privacy.ledgerTitle')}</h1>
      <p className="muted">{t('privacy.ledgerIntro')}</p>
      <DataRequestList requests={data.requests} showCandidate onChanged={reload} />
      <RetentionPanel />
    </>
  );
}
