import { useState } from 'react';
import type { ApiData } from '../../api/client';
import { offerProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { ActionButton } from '../../components/action-button';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-id';
import {
  DecideOfferDialog,
  ExtendOfferDialog,
  SendOfferDialog,
  WithdrawOfferDialog,
} from './offer-dialogs';
import { OfferActionError } from './offer-action-error';
import { OfferAnswers } from './offer-answers';
import { RecordAnswerDialog } from './offer-record-answer';
import { OfferApprovals } from './offer-approvals';
import { OfferApproversNote } from './offer-approvers-note';
import type { OfferWages } from './minimum-wage-hint';
import { OfferForm } from './offer-form';
import { offerFormFrom } from './offer-form-state';
import { OfferTermsView } from './offer-terms-view';
import { OfferVersions } from './offer-versions';
import { formatRupiah } from './rupiah';

type ApplicationOffers = ApiData<'get', '/api/applications/{applicationId}/offers'>;
export type Offer = ApplicationOffers['offers'][number];
type Band = ApplicationOffers['band'];
type Opened =
  'change' | 'approve' | 'reject' | 'send' | 'extend' | 'withdraw' | 'record' | undefined;
export interface OfferRecipient {
  name: string;
  email: string;
}

const dialogButtonLook: Record<NonNullable<Opened>, string> = {
  approve: 'button button--primary',
  send: 'button button--primary',
  reject: 'button',
  change: 'button',
  extend: 'button',
  withdraw: 'button button--quiet',
  record: 'button',
};

/** One offer: where it stands, its current terms, what the user may do now, and its history. */
export function OfferCard({
  offer,
  band,
  candidate,
  wages,
}: {
  offer: Offer;
  band: Band;
  candidate: OfferRecipient;
  wages?: OfferWages;
}) {
  const { t, date, dateTime } = useI18n();
  const [opened, setOpened] = useState<Opened>();
  const [done, setDone] = useState<string | undefined>();
  const offerId = offer.id;
  const after = (message: MessageKey) => () => (setOpened(undefined), setDone(t(message)));
  const changing = useApiMutation('put', '/api/offers/{offerId}', { invalidates: offerProgress });
  // The version the change form was opened at: a change over a newer one is refused, not saved.
  const [openedVersion, setOpenedVersion] = useState(offer.currentVersion);
  const [changeOpenings, setChangeOpenings] = useState(0);
  const openChange = () => {
    setOpenedVersion(offer.currentVersion);
    setChangeOpenings((count) => count + 1);
    setOpened('change');
  };
  const submitting = useApiMutation('post', '/api/offers/{offerId}/submission', {
    invalidates: offerProgress,
  });
  const failed = submitting.error;
  const busy = submitting.isPending;
  const act = (run: () => void) => {
    setDone(undefined);
    submitting.reset();
    run();
  };
  const status = offer.expired && offer.status === 'sent' ? 'expired' : offer.status;
  // A version made after sending is not out yet: the send time belongs to the one before it.
  const beingRevised = ['draft', 'awaiting_approval', 'approved'].includes(offer.status);
  // What the user may do now, in the order shown: requests sent at once, then dialogs.
  const path = { path: { offerId } };
  const requests: { allowed: boolean; label: MessageKey; run(): void }[] = [
    {
      allowed: offer.can.submit,
      label: 'offers.submitForApproval',
      // Says whom it asked, as the server named them (the hiring manager, the named approver).
      run: () =>
        submitting.mutate(path, {
          onSuccess: (asked) =>
            setDone(
              asked.approverNames.length > 0
                ? t('offers.done.submittedTo', { names: asked.approverNames.join(', ') })
                : t('offers.done.submitted'),
            ),
        }),
    },
  ];
  const dialogs: { allowed: boolean; opens: NonNullable<Opened>; label: MessageKey }[] = [
    { allowed: offer.can.approve, opens: 'approve', label: 'offers.approve' },
    { allowed: offer.can.send, opens: 'send', label: 'offers.send' },
    { allowed: offer.can.reject, opens: 'reject', label: 'offers.reject' },
    // A counter-proposal is answered beside it (revise or hold firm), so the card offers no second way.
    {
      allowed: offer.can.change && offer.status !== 'countered',
      opens: 'change',
      label: offer.sentAt ? 'offers.revise' : 'offers.change',
    },
    // The candidate answered by phone, letter, e-mail or in person: HR records it here.
    { allowed: offer.can.recordAnswer, opens: 'record', label: 'offers.recordAnswer' },
    { allowed: offer.can.extend, opens: 'extend', label: 'offers.extend' },
    {
      allowed: offer.can.withdraw,
      opens: 'withdraw',
      label: offer.sentAt ? 'offers.withdraw' : 'offers.discardUnsent',
    },
  ];

  return (
    <article
      className="offer"
      id={`offer-${offer.id}`}
      data-testid="offer"
      aria-label={t('offers.title')}
    >
      <div className="offer__head">
        <span className={`pill pill--offer-${status}`} data-testid="offer-status">
          {t(`offers.status.${status}`)}
        </span>
        <span className="muted">
          {t('offers.version', { n: offer.currentVersion })} ·{' '}
          {t('offers.expiresOnShort', { date: date(offer.current.expiresOn) })}
          {offer.sentAt && (
            <>
              {' · '}
              {t(beingRevised ? 'offers.earlierSentOn' : 'offers.sentOn', {
                when: dateTime(offer.sentAt),
              })}
            </>
          )}
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
            <OfferApproversNote status={offer.status} names={offer.approverNames} />
          </div>
        )}
      {offer.expired && offer.can.extend && <p className="notice">{t('offers.pastExpiry')}</p>}

      {opened === 'change' ? (
        <OfferForm
          key={changeOpenings}
          initial={offerFormFrom(offer.current)}
          wages={wages}
          title={t('offers.changeTitle')}
          submitLabel={t('offers.saveChange')}
          busy={changing.isPending}
          error={changing.error}
          onCancel={() => (setOpened(undefined), changing.reset())}
          // The refusal refreshed the offer already: a new form starts from its current version.
          onReload={() => (changing.reset(), openChange())}
          onSubmit={(terms) =>
            changing.mutate(
              { path: { offerId }, body: { ...terms, expectedVersion: openedVersion } },
              { onSuccess: after('offers.done.saved') },
            )
          }
        />
      ) : (
        <OfferTermsView terms={offer.current} />
      )}

      {opened !== 'change' && (
        <div className="form__actions offer__actions">
          {requests
            .filter((request) => request.allowed)
            .map((request) => (
              <ActionButton
                key={request.label}
                request={{ isPending: busy }}
                className="button button--primary"
                onClick={() => act(request.run)}
              >
                {t(request.label)}
              </ActionButton>
            ))}
          {dialogs
            .filter((dialog) => dialog.allowed)
            .map((dialog) => (
              <button
                key={dialog.opens}
                type="button"
                className={dialogButtonLook[dialog.opens]}
                onClick={() =>
                  act(() => (dialog.opens === 'change' ? openChange() : setOpened(dialog.opens)))
                }
              >
                {t(dialog.label)}
              </button>
            ))}
        </div>
      )}
      {failed && <OfferActionError error={failed} />}
      {done && (
        <p className="notice notice--ok" role="status" data-testid="offer-done">
          {done}
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

      {(opened === 'approve' || opened === 'reject') && (
        <DecideOfferDialog
          offerId={offerId}
          decision={opened === 'approve' ? 'approved' : 'rejected'}
          onClose={() => setOpened(undefined)}
          onDone={after(opened === 'approve' ? 'offers.done.approved' : 'offers.done.rejected')}
        />
      )}
      {opened === 'send' && (
        <SendOfferDialog
          offerId={offerId}
          candidate={candidate}
          onClose={() => setOpened(undefined)}
          onDone={after('offers.done.sent')}
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
      {opened === 'record' && (
        <RecordAnswerDialog
          offerId={offerId}
          version={offer.currentVersion}
          onClose={() => setOpened(undefined)}
          onDone={(kind) =>
            after(
              kind === 'accept' ? 'offers.done.acceptanceRecorded' : 'offers.done.declineRecorded',
            )()
          }
        />
      )}
      {opened === 'withdraw' && (
        <WithdrawOfferDialog
          offerId={offerId}
          neverSent={!offer.sentAt}
          onClose={() => setOpened(undefined)}
          onDone={after('offers.done.withdrawn')}
        />
      )}
    </article>
  );
}
