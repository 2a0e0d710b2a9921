import { useState, type ReactNode } from 'react';
import { offerProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { FormDialog } from '../../components/form-dialog';
import {
  ErrorNotice,
  FormActions,
  FormError,
  TextArea,
  TextField,
} from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { OfferActionError } from './offer-action-error';
import { useOfferFieldErrors } from './offer-field-errors';

function Dialog({
  title,
  onClose,
  onSubmit,
  submit: action,
  children,
}: {
  title: string;
  onClose(): void;
  onSubmit(): void;
  /** The submit button: its words, its look, and when it cannot be pressed (a request running). */
  submit: { label: string; kind: 'primary' | 'danger'; disabled: boolean };
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <FormDialog title={title} onClose={onClose} onSubmit={onSubmit}>
      {children}
      <FormActions
        submit={action.label}
        busy={action.disabled}
        danger={action.kind === 'danger'}
        onCancel={onClose}
        cancel={t('offers.close')}
      />
    </FormDialog>
  );
}

interface DialogProps {
  offerId: string;
  onClose(): void;
  onDone(): void;
}

/**
 * The approver decides on the current version: an approval may carry a note (e.g. "fine, but no
 * more room"), a rejection must say why, since HR changes the offer by it.
 */
export function DecideOfferDialog({
  offerId,
  decision,
  onClose,
  onDone,
}: DialogProps & { decision: 'approved' | 'rejected' }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const deciding = useApiMutation('post', '/api/offers/{offerId}/approvals', {
    invalidates: offerProgress,
  });
  const fieldError = useOfferFieldErrors(deciding.error);
  const rejecting = decision === 'rejected';
  return (
    <Dialog
      title={t(rejecting ? 'offers.rejectTitle' : 'offers.approveTitle')}
      onClose={onClose}
      submit={{
        label: t(rejecting ? 'offers.rejectSubmit' : 'offers.approveSubmit'),
        kind: rejecting ? 'danger' : 'primary',
        disabled: deciding.isPending || (rejecting && !reason.trim()),
      }}
      onSubmit={() =>
        deciding.mutate({ path: { offerId }, body: { decision, reason } }, { onSuccess: onDone })
      }
    >
      <TextArea
        label={t(rejecting ? 'offers.rejectReason' : 'offers.approveNote')}
        hint={t(rejecting ? 'offers.rejectReasonHint' : 'offers.approveNoteHint')}
        name="reason"
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fieldError('reason')}
      />
      <FormError error={deciding.error} />
    </Dialog>
  );
}

/** HR gives the candidate more time: a later expiry date. */
export function ExtendOfferDialog({
  offerId,
  expiresOn,
  onClose,
  onDone,
}: DialogProps & { expiresOn: string }) {
  const { t } = useI18n();
  const [date, setDate] = useState(expiresOn);
  const extending = useApiMutation('put', '/api/offers/{offerId}/expiry', {
    invalidates: offerProgress,
  });
  const fieldError = useOfferFieldErrors(extending.error);
  return (
    <Dialog
      title={t('offers.extendTitle')}
      onClose={onClose}
      submit={{ label: t('offers.extendSubmit'), kind: 'primary', disabled: extending.isPending }}
      onSubmit={() =>
        extending.mutate({ path: { offerId }, body: { expiresOn: date } }, { onSuccess: onDone })
      }
    >
      <TextField
        label={t('offers.newExpiry')}
        name="expiresOn"
        type="date"
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={fieldError('expiresOn')}
      />
      <FormError error={extending.error} />
    </Dialog>
  );
}

/**
 * Sending e-mails the candidate the letter and their portal link, and cannot be taken back: HR
 * confirms who it goes to first.
 */
export function SendOfferDialog({
  offerId,
  candidate,
  onClose,
  onDone,
}: DialogProps & { candidate: { name: string; email: string } }) {
  const { t } = useI18n();
  const sending = useApiMutation('post', '/api/offers/{offerId}/sending', {
    invalidates: offerProgress,
  });
  return (
    <Dialog
      title={t('offers.sendTitle')}
      onClose={onClose}
      submit={{ label: t('offers.sendSubmit'), kind: 'primary', disabled: sending.isPending }}
      onSubmit={() => sending.mutate({ path: { offerId } }, { onSuccess: onDone })}
    >
      <p data-testid="offer-send-recipient">
        {t('offers.sendExplained', { name: candidate.name, email: candidate.email })}
      </p>
      <OfferActionError error={sending.error} />
    </Dialog>
  );
}

/** Withdraws an offer; one never sent is simply discarded (the candidate never saw it). */
export function WithdrawOfferDialog({
  offerId,
  neverSent,
  onClose,
  onDone,
}: DialogProps & { neverSent: boolean }) {
  const { t } = useI18n();
  const withdrawing = useApiMutation('post', '/api/offers/{offerId}/withdrawal', {
    invalidates: offerProgress,
  });
  return (
    <Dialog
      title={t(neverSent ? 'offers.discardUnsentTitle' : 'offers.withdrawTitle')}
      onClose={onClose}
      submit={{
        label: t(neverSent ? 'offers.discardUnsent' : 'offers.withdrawSubmit'),
        kind: 'danger',
        disabled: withdrawing.isPending,
      }}
      onSubmit={() => withdrawing.mutate({ path: { offerId } }, { onSuccess: onDone })}
    >
      <ErrorNotice error={withdrawing.error} />
    </Dialog>
  );
}

/** HR keeps the offer as it is after a counter-proposal; the note goes to the candidate. */
export function HoldFirmDialog({ offerId, onClose, onDone }: DialogProps) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const holding = useApiMutation('post', '/api/offers/{offerId}/hold-firm', {
    invalidates: offerProgress,
  });
  const fieldError = useOfferFieldErrors(holding.error);
  return (
    <Dialog
      title={t('offers.holdFirmTitle')}
      onClose={onClose}
      submit={{ label: t('offers.holdFirmSubmit'), kind: 'primary', disabled: holding.isPending }}
      onSubmit={() => holding.mutate({ path: { offerId }, body: { note } }, { onSuccess: onDone })}
    >
      <p>{t('offers.holdFirmExplained')}</p>
      <TextArea
        label={t('offers.holdFirmNote')}
        name="note"
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={fieldError('note')}
      />
      <FormError error={holding.error} />
    </Dialog>
  );
}
