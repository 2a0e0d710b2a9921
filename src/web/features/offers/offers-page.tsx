import type { ReactNode } from 'react';
import { offerListExpiringDays, offerListStatuses } from '../../../domain/offers/offer-list';
import { closedOfferStatuses } from '../../../domain/offers/offer-status';
import type { ApiData, ApiQueryParams } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { Pagination } from '../../components/pagination';
import { useI18n } from '../../i18n/i18n';
import { Link, useSearchValues } from '../../router';
import { formatRupiah } from './rupiah';
import './offers.css';

const pageSize = 25;
type OfferLine = ApiData<'get', '/api/offers'>['items'][number];

/**
 * Every offer the reader may see (HR and the named offer approver: all jobs; a hiring manager:
 * their jobs), newest first, by status (awaiting approval among them) and job, or those expiring
 * within a week, soonest first. Each line says until when it is valid and whom it waits for. The filters and
 * page live in the address, so the offers report links here with a status chosen, and Back and a
 * shared link show the same list.
 */
export function OffersPage() {
  const { t } = useI18n();
  const [values, changeSearch] = useSearchValues(['status', 'jobId', 'expiring', 'page']);
  const page = Math.max(1, Number.parseInt(values.page, 10) || 1);
  const search = {
    page,
    pageSize,
    ...(values.status ? { status: values.status } : {}),
    ...(values.jobId ? { jobId: values.jobId } : {}),
    ...(values.expiring ? { expiresWithinDays: offerListExpiringDays } : {}),
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
          {/* The jobs the reader's offers cover: the named approver's are not only their own. */}
          {data?.jobs.map((job) => (
            <option key={job.id} value={job.id}>
              {job.title}
            </option>
          ))}
        </Filter>
        <label className="checkbox">
          <input
            type="checkbox"
            name="expiring"
            checked={Boolean(values.expiring)}
            onChange={(e) => changeSearch({ expiring: e.target.checked ? '1' : '', page: '' })}
          />
          {t('offerList.expiringFilter', { days: offerListExpiringDays })}
        </label>
        {(values.status || values.jobId || values.expiring) && (
          <button
            className="button button--small"
            type="button"
            onClick={() => changeSearch({ status: '', jobId: '', expiring: '', page: '' })}
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
      <ul className="offer-list tile-list">
        {data?.items.map((offer) => (
          <li key={offer.id} className="offer-line tile" data-testid="offer-line">
            <Link
              href={`/offers/${offer.id}`}
              className="offer-line__candidate"
              title={t('offerList.open')}
            >
              {offer.candidate.name ?? t('privacy.anonymisedCandidate')}
            </Link>
            <span className="offer-line__job">{offer.job.title}</span>
            <span className={`pill pill--offer-${offer.expired ? 'expired' : offer.status}`}>
              {t(`offers.status.${offer.expired ? 'expired' : offer.status}`)}
            </span>
            <span>{t('offerList.salary', { amount: formatRupiah(offer.grossMonthlySalary) })}</span>
            <OfferDates offer={offer} />
          </li>
        ))}
      </ul>
      <Pagination page={page} pages={pages} onPage={setPage} />
    </>
  );
}

/** When it went out and was answered, until when it is valid (how soon, when close), whom it waits for. */
function OfferDates({ offer }: { offer: OfferLine }) {
  const { t, date } = useI18n();
  const open = !closedOfferStatuses.includes(offer.status);
  const left = offer.daysLeft;
  const soon =
    left === null || left > offerListExpiringDays
      ? undefined
      : left === 0
        ? t('offerList.expiresToday')
        : left === 1
          ? t('offerList.expiresTomorrow')
          : t('offerList.expiresInDays', { count: left });
  return (
    <span className="muted offer-line__dates">
      {offer.sentAt ? t('offerList.sent', { date: date(offer.sentAt) }) : t('offerList.notSent')}
      {offer.answeredAt && ` · ${t('offerList.answered', { date: date(offer.answeredAt) })}`}
      {open && ` · ${t('offerList.validUntil', { date: date(offer.expiresOn) })}`}
      {soon && (
        <>
          {' · '}
          <strong data-testid="offer-line-expiring">{soon}</strong>
        </>
      )}
      {offer.status === 'awaiting_approval' && offer.awaitingApprovers.length > 0 && (
        <span className="offer-line__waiting" data-testid="offer-line-waiting">
          {t('offerList.waitingFor', { names: offer.awaitingApprovers.join(', ') })}
        </span>
      )}
    </span>
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
