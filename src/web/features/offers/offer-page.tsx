import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { OfferCard } from './offer-card';
import './offers.css';

/**
 * One offer on its own page: where the approval e-mail, Today and the offers list lead. The
 * company's named approver may decide offers of jobs whose candidates they may not open, so the
 * page names the candidate and the job itself; readers who may open the candidate go on from here.
 */
export function OfferPage({ offerId }: { offerId: string }) {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/offers/{offerId}', { path: { offerId } });
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  const name = data.candidateName ?? t('offerList.anonymised');

  return (
    <>
      <p className="breadcrumb">
        <Link href="/offers">{t('offerList.title')}</Link>
      </p>
      <h1>{t('offerPage.title', { name })}</h1>
      <p className="muted" data-testid="offer-page-job">
        {data.jobTitle}
        {data.readsCandidate && (
          <>
            {' · '}
            <Link href={`/candidates/${data.candidateId}#offer-${data.id}`}>
              {t('offerPage.openCandidate')}
            </Link>
          </>
        )}
      </p>
      <OfferCard
        offer={data}
        band={data.band}
        candidate={{ name, email: data.candidateEmail ?? '' }}
      />
    </>
  );
}
