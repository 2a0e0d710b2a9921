import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { offerProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice, TextArea, TextField } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { useOfferFieldErrors } from './offer-field-errors';

function Dialog({
  title,
  onClose,
  onSubmit,
  children,
}: {
  title: string;
  onClose(): void;
  onSubmit(): void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <dialog ref={dialog} className="dialog" aria-label={title} onCancel={onClose}>
      <form onSubmit={submit} noValidate>
        <h2>{title}</h2>
        {children}
      </form>
    </dialog>
  );
}

interface DialogProps {
  offerId: string;
  onClose(): void;
  onDone(): void;
}

/** The approver turns the current version down; the reason is what HR changes it by. */
export function RejectOfferDialog({ offerId, onClose, onDone }: DialogProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const deciding = useApiMutation('post', '/api/offers/{offerId}/approvals', {
    invalidates: offerProgress,
  });
  const fieldError = useOfferFieldErrors(deciding.error);
  return (
    <Dialog
      title={t('offers.rejectTitle')}
      onClose={onClose}
      onSubmit={() =>
        deciding.mutate(
          { path: { offerId }, body: { decision: 'rejected', reason } },
          { onSuccess: onDone },
        )
      }
    >
      <TextArea
        label={t('offers.rejectReason')}
        hint={t('offers.rejectReasonHint')}
        name="reason"
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fieldError('reason')}
      />
      {deciding.error && !deciding.error.fields.length && <ErrorNotice error={deciding.error} />}
      <div className="form__actions">
        <button
          className="button button--danger"
          type="submit"
          disabled={deciding.isPending || !reason.trim()}
        >
          {t('offers.rejectSubmit')}
        </button>
        <button className="button" type="button" onClick={onClose}>
          {t('offers.close')}
        </button>
      </div>
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
      {extending.error && !extending.error.fields.length && <ErrorNotice error={extending.error} />}
      <div className="form__actions">
        <button className="button button--primary" type="submit" disabled={extending.isPending}>
          {t('offers.extendSubmit')}
        </button>
        <button className="button" type="button" onClick={onClose}>
          {t('offers.close')}
        </button>
      </div>
    </Dialog>
  );
}

/** HR takes the offer back; it stays as history. */
export function WithdrawOfferDialog({ offerId, onClose, onDone }: DialogProps) {
  const { t } = useI18n();
  const withdrawing = useApiMutation('post', '/api/offers/{offerId}/withdrawal', {
    invalidates: offerProgress,
  });
  return (
    <Dialog
      title={t('offers.withdrawTitle')}
      onClose={onClose}
      onSubmit={() => withdrawing.mutate({ path: { offerId } }, { onSuccess: onDone })}
    >
      <ErrorNotice error={withdrawing.error} />
      <div className="form__actions">
        <button className="button button--danger" type="submit" disabled={withdrawing.isPending}>
          {t('offers.withdrawSubmit')}
        </button>
        <button className="button" type="button" onClick={onClose}>
          {t('offers.close')}
        </button>
      </div>
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
      {holding.error && !holding.error.fields.length && <ErrorNotice error={holding.error} />}
      <div className="form__actions">
        <button className="button button--primary" type="submit" disabled={holding.isPending}>
          {t('offers.holdFirmSubmit')}
        </button>
        <button className="button" type="button" onClick={onClose}>
          {t('offers.close')}
        </button>
      </div>
    </Dialog>
  );
}
