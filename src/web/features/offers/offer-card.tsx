import { useState } from 'react';
import type { ApiData } from '../../api/client';
import { offerProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-id';
import { ExtendOfferDialog, RejectOfferDialog, WithdrawOfferDialog } from './offer-dialogs';
import { OfferAnswers } from './offer-answers';
import { OfferApprovals } from './offer-approvals';
import { OfferForm } from './offer-form';
import { offerFormFrom } from './offer-form-state';
import { OfferTermsView } from './offer-terms-view';
import { OfferVersions } from './offer-versions';
import { formatRupiah } from './rupiah';

type ApplicationOffers = ApiData<'get', '/api/applications/{applicationId}/offers'>;
export type Offer = ApplicationOffers['offers'][number];
type Band = ApplicationOffers['band'];
type Opened = 'change' | 'reject' | 'extend' | 'withdraw' | undefined;

/** One offer: where it stands, its current terms, what the user may do now, and its history. */
export function OfferCard({ offer, band }: { offer: Offer; band: Band }) {
  const { t, date, dateTime } = useI18n();
  const [opened, setOpened] = useState<Opened>();
  const [done, setDone] = useState<MessageKey | undefined>();
  const offerId = offer.id;
  const after = (message: MessageKey) => () => (setOpened(undefined), setDone(message));
  const changing = useApiMutation('put', '/api/offers/{offerId}', { invalidates: offerProgress });
  const submitting = useApiMutation('post', '/api/offers/{offerId}/submission', {
    invalidates: offerProgress,
  });
  const approving = useApiMutation('post', '/api/offers/{offerId}/approvals', {
    invalidates: offerProgress,
  });
  const sending = useApiMutation('post', '/api/offers/{offerId}/sending', {
    invalidates: offerProgress,
  });
  const failed = submitting.error ?? approving.error ?? sending.error;
  const busy = submitting.isPending || approving.isPending || sending.isPending;
  const act = (run: () => void) => {
    setDone(undefined);
    [submitting, approving, sending].forEach((m) => m.reset());
    run();
  };
  const status = offer.expired && offer.status === 'sent' ? 'expired' : offer.status;

  return (
    <article className="offer" data-testid="offer" aria-label={t('offers.title')}>
      <div className="offer__head">
        <span className={`pill pill--offer-${status}`} data-testid="offer-status">
          {t(`offers.status.${status}`)}
        </span>
        <span className="muted">
          {t('offers.version', { n: offer.currentVersion })} ·{' '}
          {t('offers.expiresOnShort', { date: date(offer.current.expiresOn) })}
          {offer.sentAt && <> · {t('offers.sentOn', { when: dateTime(offer.sentAt) })}</>}
        </span>
      </div>
      {offer.approvalNeeded &&
        (offer.status === 'draft' || offer.status === 'awaiting_approval') && (
          <div className="notice notice--warning" role="note" data-testid="offer-approval-needed">
            <p>{t('offers.needsApproval')}</p>
            <ul>
              {offer.approvalReasons.map((reason) => (
                <li key={reason}>
                  {t(`offers.approvalReason.${reason}`, {
                    min: band.min === null ? '—' : formatRupiah(band.min),
                    max: band.max === null ? '—' : formatRupiah(band.max),
                  })}
                </li>
              ))}
            </ul>
          </div>
        )}
      {offer.expired && offer.can.extend && <p className="notice">{t('offers.pastExpiry')}</p>}

      {opened === 'change' ? (
        <OfferForm
          initial={offerFormFrom(offer.current)}
          title={t('offers.changeTitle')}
          submitLabel={t('offers.saveChange')}
          busy={changing.isPending}
          error={changing.error}
          onCancel={() => (setOpened(undefined), changing.reset())}
          onSubmit={(terms) =>
            changing.mutate(
              { path: { offerId }, body: terms },
              { onSuccess: after('offers.done.saved') },
            )
          }
        />
      ) : (
        <OfferTermsView terms={offer.current} />
      )}

      {opened !== 'change' && (
        <div className="form__actions offer__actions">
          {offer.can.submit && (
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() =>
                act(() =>
                  submitting.mutate(
                    { path: { offerId } },
                    { onSuccess: after('offers.done.submitted') },
                  ),
                )
              }
            >
              {t('offers.submitForApproval')}
            </button>
          )}
          {offer.can.approve && (
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() =>
                act(() =>
                  approving.mutate(
                    { path: { offerId }, body: { decision: 'approved', reason: '' } },
                    { onSuccess: after('offers.done.approved') },
                  ),
                )
              }
            >
              {t('offers.approve')}
            </button>
          )}
          {offer.can.reject && (
            <button type="button" className="button" onClick={() => act(() => setOpened('reject'))}>
              {t('offers.reject')}
            </button>
          )}
          {offer.can.send && (
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() =>
                act(() =>
                  sending.mutate({ path: { offerId } }, { onSuccess: after('offers.done.sent') }),
                )
              }
            >
              {t('offers.send')}
            </button>
          )}
          {offer.can.change && (
            <button type="button" className="button" onClick={() => act(() => setOpened('change'))}>
              {t('offers.change')}
            </button>
          )}
          {offer.can.extend && (
            <button type="button" className="button" onClick={() => act(() => setOpened('extend'))}>
              {t('offers.extend')}
            </button>
          )}
          {offer.can.withdraw && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => act(() => setOpened('withdraw'))}
            >
              {t('offers.withdraw')}
            </button>
          )}
        </div>
      )}
      {failed && <OfferActionError error={failed} />}
      {done && (
        <p className="notice notice--ok" role="status" data-testid="offer-done">
          {t(done)}
        </p>
      )}

      {offer.sentAt && (
        <OfferAnswers
          offerId={offerId}
          onRevise={offer.can.change ? () => act(() => setOpened('change')) : undefined}
        />
      )}
      <OfferApprovals approvals={offer.approvals} />
      <OfferVersions versions={offer.versions} />

      {opened === 'reject' && (
        <RejectOfferDialog
          offerId={offerId}
          onClose={() => setOpened(undefined)}
          onDone={after('offers.done.rejected')}
        />
      )}
      {opened === 'extend' && (
        <ExtendOfferDialog
          offerId={offerId}
          expiresOn={offer.current.expiresOn}
          onClose={() => setOpened(undefined)}
          onDone={after('offers.done.extended')}
        />
      )}
      {opened === 'withdraw' && (
        <WithdrawOfferDialog
          offerId={offerId}
          onClose={() => setOpened(undefined)}
          onDone={after('offers.done.withdrawn')}
        />
      )}
    </article>
  );
}

/** A refused action: the reason by its code (e.g. approval still needed), else the general notice. */
function OfferActionError({
  error,
}: {
  error: NonNullable<ReturnType<typeof useApiMutation>['error']>;
}) {
  const { tk } = useI18n();
  const problem = error.fields[0];
  if (!problem) return <ErrorNotice error={error} />;
  return (
    <p className="notice notice--error" role="alert">
      {tk('offers.error', problem.code ?? '', tk('error', problem.code ?? '', problem.message))}
    </p>
  );
}
