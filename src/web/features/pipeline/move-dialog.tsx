import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client';
import type { MoveInput, StageName as Stage } from '../../../server/routes/applications.schema';
import { ErrorNotice, SelectField, TextArea, useFieldErrors } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { isHr, useSession } from '../../session';

export const rejectionReasons = [
  'cv_not_matching',
  'failed_hr_interview',
  'failed_tests',
  'failed_user_interview',
  'salary_mismatch',
  'position_filled',
  'no_response',
  'other',
] as const;

export interface MoveTarget {
  jobId: string;
  applicationIds: string[];
  /** The candidate's name for a single move; bulk moves show a count. */
  name?: string | undefined;
  toStage: Stage;
  stages: readonly Stage[];
  /** An error from a quick move that the dialog should explain (e.g. the HR gate). */
  error?: ApiError | undefined;
}

/** Asks for what a move needs (rejection reason, note, HR override) and performs it. */
export function MoveDialog({
  target,
  onClose,
  onMoved,
}: {
  target: MoveTarget;
  onClose(): void;
  onMoved(count: number): void;
}) {
  const { t } = useI18n();
  const { user } = useSession();
  const [toStage, setToStage] = useState<Stage>(target.toStage);
  const [rejectionReason, setRejectionReason] = useState<string>('');
  const [note, setNote] = useState('');
  const [overrideHrGate, setOverride] = useState(false);
  const [emailCandidate, setEmailCandidate] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(target.error);
  const [busy, setBusy] = useState(false);
  const fieldError = useFieldErrors(error);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const gateBlocked = error?.fields.some((f) => f.code === 'hr_interview_required') ?? false;
  const bulk = target.applicationIds.length > 1;
  // A rejection or an offer can tell the candidate in the same step (HR sends candidate e-mail).
  const sendsEmail = isHr(user) && (toStage === 'rejected' || toStage === 'offer');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const move: MoveInput = {
      toStage,
      ...(note.trim() ? { note } : {}),
      ...(toStage === 'rejected' && rejectionReason
        ? { rejectionReason: rejectionReason as MoveInput['rejectionReason'] }
        : {}),
      ...(overrideHrGate ? { overrideHrGate: true } : {}),
      ...(emailCandidate && sendsEmail ? { emailCandidate: true } : {}),
    };
    try {
      if (bulk) {
        await api('POST', `/api/jobs/${target.jobId}/bulk-move`, {
          ...move,
          applicationIds: target.applicationIds,
        });
      } else {
        await api('POST', `/api/applications/${target.applicationIds[0]}/move`, move);
      }
      onMoved(target.applicationIds.length);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : undefined);
      setBusy(false);
    }
  };

  const stageError = fieldError('toStage') ?? (bulk ? fieldError('applicationIds') : undefined);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="move-title" onCancel={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id="move-title">
          {bulk
            ? t('move.bulkTitle', { count: target.applicationIds.length })
            : t('move.title', { name: target.name ?? '' })}
        </h2>
        <SelectField
          label={t('move.to')}
          name="toStage"
          value={toStage}
          onChange={(e) => setToStage(e.target.value as Stage)}
          error={stageError}
        >
          {target.stages.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </SelectField>
        {toStage === 'rejected' && (
          <SelectField
            label={t('move.rejectionReason')}
            name="rejectionReason"
            value={rejectionReason}
            onChange={(e) => {
              setRejectionReason(e.target.value);
              // The refusal was about the missing reason: it no longer holds once one is chosen.
              setError(undefined);
            }}
            error={fieldError('rejectionReason')}
          >
            <option value="">{t('jobForm.choose')}</option>
            {rejectionReasons.map((reason) => (
              <option key={reason} value={reason}>
                {t(`rejection.${reason}`)}
              </option>
            ))}
          </SelectField>
        )}
        {gateBlocked && isHr(user) && (
          <label className="checkbox checkbox--warning">
            <input
              type="checkbox"
              name="overrideHrGate"
              checked={overrideHrGate}
              onChange={(e) => setOverride(e.target.checked)}
            />
            {t('move.override')}
          </label>
        )}
        {sendsEmail && (
          <label className="checkbox">
            <input
              type="checkbox"
              name="emailCandidate"
              checked={emailCandidate}
              onChange={(e) => setEmailCandidate(e.target.checked)}
            />
            {t(toStage === 'rejected' ? 'move.emailRejection' : 'move.emailOffer', {
              count: target.applicationIds.length,
            })}
          </label>
        )}
        <TextArea
          label={t(toStage === 'rejected' || overrideHrGate ? 'move.note' : 'move.noteOptional')}
          name="note"
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={fieldError('note')}
        />
        {error && !stageError && !error.fields.length && <ErrorNotice error={error} />}
        <div className="form__actions">
          <button
            className={`button ${toStage === 'rejected' ? 'button--danger' : 'button--primary'}`}
            type="submit"
            disabled={busy}
          >
            {t(toStage === 'rejected' ? 'move.rejectSubmit' : 'move.submit')}
          </button>
          <button className="button" type="button" onClick={onClose}>
            {t('move.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
