import type { ApiData } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { OfferCard } from './offer-card';
import { formatRupiah } from './rupiah';
import './offers.css';

type OfferPageData = ApiData<'get', '/api/offers/{offerId}'>;

/**
 * One offer on its own page: where the approval e-mail, Today and the offers list lead. The
 * company's named approver may decide offers of jobs whose candidates they may not open, so the
 * page names the candidate and the job itself, and what they decide against: the job's band and
 * what the candidate expects. Readers who may open the candidate go on from here.
 */
export function OfferPage({ offerId }: { offerId: string }) {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/offers/{offerId}', { path: { offerId } });
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  const name = data.candidateName ?? t('privacy.anonymisedCandidate');

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
      <PayContext page={data} />
      <OfferCard
        offer={data}
        band={data.band}
        candidate={{ name, email: data.candidateEmail ?? '' }}
      />
    </>
  );
}

/** The job's band, always, and the candidate's expectation for those allowed to know it. */
function PayContext({ page }: { page: OfferPageData }) {
  const { t, date } = useI18n();
  const { band, expectedSalary } = page;
  const rupiah = (amount: number | null) => (amount === null ? '—' : formatRupiah(amount));
  return (
    <div className="muted">
      <p data-testid="offer-band">
        {band.min === null && band.max === null
          ? t('offerPage.noBand')
          : t('offers.band', { min: rupiah(band.min), max: rupiah(band.max) })}
      </p>
      {expectedSalary !== undefined && (
        <p data-testid="offer-expected-salary">
          {expectedSalary === null
            ? t('offerPage.noExpectation')
            : t('offerPage.expects', {
                amount: formatRupiah(expectedSalary.monthlyAmount),
                terms: [
                  t(`salary.basis.${expectedSalary.basis ?? 'unknown'}`),
                  ...(expectedSalary.negotiable === null
                    ? []
                    : [
                        t(expectedSalary.negotiable ? 'salary.negotiable' : 'salary.notNegotiable'),
                      ]),
                ].join(', '),
              })}
          {expectedSalary && (
            // The candidate may have asked for more since applying: say which word this is.
            <>
              {' '}
              {t('offerPage.expectsWhen', {
                source: t(
                  expectedSalary.source === 'counter_proposal'
                    ? 'offerPage.expectsFromCounter'
                    : `salary.source.${expectedSalary.source}`,
                ),
                date: date(expectedSalary.statedAt),
              })}
            </>
          )}
        </p>
      )}
    </div>
  );
}
