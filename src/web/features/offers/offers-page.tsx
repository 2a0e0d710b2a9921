import type { ReactNode } from 'react';
import { offerListStatuses } from '../../../domain/offers/offer-list';
import type { ApiQueryParams } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link, useSearchValues } from '../../router';
import { useSession } from '../../session';
import { formatRupiah } from './rupiah';
import './offers.css';

const pageSize = 25;

/**
 * Every offer the reader may see (HR and the named offer approver: all jobs; a hiring manager:
 * their jobs), newest first, by status (awaiting approval among them) and job. The filters and
 * page live in the address, so the offers report links here with a status chosen, and Back and a
 * shared link show the same list.
 */
export function OffersPage() {
  const { t } = useI18n();
  const { user } = useSession();
  // An interviewer who types the address: no filters and no retry, they would not help.
  if (!user.can.listOffers) {
    return (
      <>
        <h1>{t('offerList.title')}</h1>
        <p className="muted" data-testid="offer-list-not-for-role">
          {t('offerList.notForRole')}
        </p>
      </>
    );
  }
  return <OfferList />;
}

function OfferList() {
  const { t, date } = useI18n();
  const [values, changeSearch] = useSearchValues(['status', 'jobId', 'page']);
  const page = Math.max(1, Number.parseInt(values.page, 10) || 1);
  const jobs = useApiQuery('/api/jobs', {});
  const search = {
    page,
    pageSize,
    ...(values.status ? { status: values.status } : {}),
    ...(values.jobId ? { jobId: values.jobId } : {}),
  } as ApiQueryParams<'/api/offers'>;
  const { data, error, refetch } = useApiQuery('/api/offers', { query: search });
  const pages = data ? Math.max(1, Math.ceil(data.total / pageSize)) : 1;
  const setPage = (next: number) => changeSearch({ page: next > 1 ? String(next) : '' });

  return (
    <>
      <h1>{t('offerList.title')}</h1>
      <p className="muted">{t('offerList.help')}</p>
      <form className="offer-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Filter
          label={t('offerList.status')}
          name="status"
          value={values.status}
          onChange={(status) => changeSearch({ status, page: '' })}
        >
          <option value="">{t('offerList.anyStatus')}</option>
          {offerListStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`offers.status.${status}`)}
            </option>
          ))}
        </Filter>
        <Filter
          label={t('offerList.job')}
          name="jobId"
          value={values.jobId}
          onChange={(jobId) => changeSearch({ jobId, page: '' })}
        >
          <option value="">{t('offerList.allJobs')}</option>
          {jobs.data?.items.map((job) => (
            <option key={job.id} value={job.id}>
              {job.title}
            </option>
          ))}
        </Filter>
        {(values.status || values.jobId) && (
          <button
            className="button button--small"
            type="button"
            onClick={() => changeSearch({ status: '', jobId: '', page: '' })}
          >
            {t('offerList.clear')}
          </button>
        )}
      </form>
      <LoadError error={error} retry={refetch} />
      {data && (
        <p className="muted" data-testid="offer-list-total">
          {data.total === 1 ? t('offerList.totalOne') : t('offerList.total', { count: data.total })}
        </p>
      )}
      {data && data.items.length === 0 && <p className="muted">{t('offerList.empty')}</p>}
      <ul className="offer-list">
        {data?.items.map((offer) => (
          <li key={offer.id} className="offer-line" data-testid="offer-line">
            <Link
              href={`/offers/${offer.id}`}
              className="offer-line__candidate"
              title={t('offerList.open')}
            >
              {offer.candidate.name ?? t('offerList.anonymised')}
            </Link>
            <span className="offer-line__job">{offer.job.title}</span>
            <span className={`pill pill--offer-${offer.expired ? 'expired' : offer.status}`}>
              {t(`offers.status.${offer.expired ? 'expired' : offer.status}`)}
            </span>
            <span>{t('offerList.salary', { amount: formatRupiah(offer.grossMonthlySalary) })}</span>
            <span className="muted offer-line__dates">
              {offer.sentAt
                ? t('offerList.sent', { date: date(offer.sentAt) })
                : t('offerList.notSent')}
              {offer.answeredAt &&
                ` · ${t('offerList.answered', { date: date(offer.answeredAt) })}`}
              {offer.status === 'sent' &&
                !offer.answeredAt &&
                ` · ${t('offerList.expiresOn', { date: date(offer.expiresOn) })}`}
            </span>
          </li>
        ))}
      </ul>
      {data && pages > 1 && (
        <nav className="pagination" aria-label={t('offerList.page', { page, pages })}>
          <button
            className="button"
            type="button"
            disabled={page <= 1}
            onClick={() => setPage(page - 1)}
          >
            {t('offerList.previous')}
          </button>
          <span>{t('offerList.page', { page, pages })}</span>
          <button
            className="button"
            type="button"
            disabled={page >= pages}
            onClick={() => setPage(page + 1)}
          >
            {t('offerList.next')}
          </button>
        </nav>
      )}
    </>
  );
}

function Filter(props: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <label className="filter">
      {props.label}
      <select
        name={props.name}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.children}
      </select>
    </label>
  );
}
