import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { InterviewOutput } from '../../../server/routes/scheduling.schema';
import { api, ApiError } from '../../api/client';
import { ErrorNotice, TextArea, useFieldErrors } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';

export function CancelInterviewDialog({
  interview,
  onClose,
  onCancelled,
}: {
  interview: InterviewOutput;
  onClose(): void;
  onCancelled(): void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | undefined>();
  const fieldError = useFieldErrors(error);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api('POST', `/api/interviews/${interview.id}/cancel`, { reason });
      onCancelled();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : undefined);
    }
  };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="cancel-title" onCancel={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="cancel-title">
          {t('schedule.cancelTitle', { stage: t(`interviews.stage.${interview.stage}`) })}
        </h2>
        <TextArea
          label={t('schedule.cancelReason')}
          name="reason"
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={fieldError('reason')}
        />
        {error && !error.fields.length && <ErrorNotice error={error} />}
        <div className="form__actions">
          <button className="button button--danger" type="submit">
            {t('schedule.cancelSubmit')}
          </button>
          <button className="button" type="button" onClick={onClose}>
            {t('schedule.close')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
