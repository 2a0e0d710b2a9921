import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  destinationsFrom,
  moveNeedsReason,
  rejectionReasons,
  type Stage,
} from '../../../domain/pipeline';
import type { ApiBody, ApiError } from '../../api/client';
import { candidateProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { useDraft } from '../../components/draft';
import { FormError, SelectField, TextArea } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { needsVerdictOverride, VerdictMissing } from '../decisions/verdict-override-dialog';
import { BulkMoveCancelsInterviews, MoveCancelsInterviews } from './move-cancels-interviews';
import { RejectionPreview } from './rejection-preview';
import { bulkSkippedMessage, movedElsewhereMessage } from './moved-message';
import { Checkbox } from '../../components/checkbox-group';

type MoveInput = ApiBody<'post', '/api/applications/{applicationId}/move'>;

export interface MoveTarget {
  jobId: string;
  applicationIds: string[];
  /** The candidate's name for a single move; bulk moves show a count. */
  name?: string | undefined;
  /** Every chosen candidate's name, for a bulk move: a rejection names whom it rejects. */
  names?: readonly string[] | undefined;
  /**
   * The job, where the page shows several of the candidate's applications (the candidate page):
   * the title says which application this move is for.
   */
  jobTitle?: string | undefined;
  /** The stage chosen already (a drop on a column, "reject"); none when HR is to pick one. */
  toStage?: Stage | undefined;
  /** The stage the candidate is in: not offered as a destination. */
  fromStage?: Stage | undefined;
  /** A bulk move: the stage the board showed each card in (a card moved since is skipped). */
  expectedStages?: Readonly<Record<string, Stage>> | undefined;
  stages: readonly Stage[];
  /** What the server lets the user add to this move (from the job or the application). */
  can: { overrideHrGate: boolean; sendEmail: boolean };
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
  onMoved(count: number, toStage: Stage, skipped?: string): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [toStage, setToStage] = useState<Stage | ''>(target.toStage ?? '');
  const [rejectionReason, setRejectionReason] = useState<string>('');
  const [overrideHrGate, setOverride] = useState(false);
  const [emailCandidate, setEmailCandidate] = useState(false);
  // A move changes the application, its interviews (a reject cancels them), the board and
  // the candidate page: candidateProgress refreshes them all before the dialog closes.
  const single = useApiMutation('post', '/api/applications/{applicationId}/move', {
    invalidates: candidateProgress,
  });
  const many = useApiMutation('post', '/api/jobs/{jobId}/bulk-move', {
    invalidates: candidateProgress,
  });
  const [quickMoveError, setQuickMoveError] = useState(target.error);
  const error = single.error ?? many.error ?? quickMoveError;
  const busy = single.isPending || many.isPending;
  const { draft, bind, fieldError } = useDraft({ note: '', overrideReason: '' }, error);
  const { note, overrideReason } = draft;
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  // The HR gate's refusal stays on show, with its skip, while the reason is written: the refusal
  // of a skip without a reason must not take away the box that asked for one. A rejection or a
  // withdrawal passes no gate.
  const gateRefusal = error?.fields.some((f) => f.code === 'hr_interview_required') ?? false;
  const [gateRefused, setGateRefused] = useState(false);
  useEffect(() => {
    if (gateRefusal) setGateRefused(true);
  }, [gateRefusal]);
  const gateBlocked =
    (gateRefused || gateRefusal) &&
    toStage !== '' &&
    toStage !== 'rejected' &&
    toStage !== 'withdrawn';
  const skipsGate = gateBlocked && overrideHrGate;
  // From the user interview to the offer is the user's verdict: before the interview or the
  // panel's scorecards it needs a written reason (the same rule as a decision).
  // The refusal that named what is missing stays on show while the reason is written.
  const [verdictRefusal, setVerdictRefusal] = useState<ApiError | null>(null);
  useEffect(() => {
    if (error && needsVerdictOverride(error)) setVerdictRefusal(error);
  }, [error]);
  const verdictBlocked = verdictRefusal !== null;
  const bulk = target.applicationIds.length > 1;
  // A rejection or an offer can tell the candidate in the same step (HR sends candidate e-mail).
  const sendsEmail = target.can.sendEmail && (toStage === 'rejected' || toStage === 'offer');
  // The server refuses these moves without a written reason: the note's label says so.
  const noteLabel = moveNeedsReason(target.fromStage, {
    to: toStage,
    rejectionReason: rejectionReason === 'other' ? 'other' : undefined,
    overrideHrGate: skipsGate,
  })
    ? 'move.reasonRequired'
    : toStage === 'rejected'
      ? 'move.note'
      : 'move.noteOptional';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!toStage) return;
    const move: MoveInput = {
      toStage,
      ...(note.trim() ? { note } : {}),
      ...(toStage === 'rejected' && rejectionReason
        ? { rejectionReason: rejectionReason as MoveInput['rejectionReason'] }
        : {}),
      ...(skipsGate ? { overrideHrGate: true } : {}),
      ...(emailCandidate && sendsEmail ? { emailCandidate: true } : {}),
      ...(verdictBlocked && overrideReason.trim() ? { overrideReason } : {}),
    };
    // The stage the page showed: a card moved (or rejected) since is refused, never reopened.
    const expected = target.fromStage ? { expectedStage: target.fromStage } : {};
    const moved = { onSuccess: () => onMoved(target.applicationIds.length, toStage) };
    if (bulk) {
      const expectedStages = target.expectedStages ? { expectedStages: target.expectedStages } : {};
      many.mutate(
        {
          path: { jobId: target.jobId },
          body: { ...move, applicationIds: target.applicationIds, ...expectedStages },
        },
        {
          onSuccess: (result) => {
            const nameOf = (id: string) => target.names?.[target.applicationIds.indexOf(id)] ?? '';
            const skipped = result.skipped.map((card) => ({
              ...card,
              name: nameOf(card.applicationId),
            }));
            onMoved(result.moved, toStage, bulkSkippedMessage(t, skipped));
          },
        },
      );
    } else {
      single.mutate(
        { path: { applicationId: target.applicationIds[0]! }, body: { ...move, ...expected } },
        moved,
      );
    }
  };

  // The gate's refusal is said by its explanation under the stage (with the skip), not again as
  // the stage's error; a skip refused for want of a reason is said at the reason, focused.
  const gateExplained = gateBlocked && target.fromStage === 'hr_interview';
  const movedElsewhere = movedElsewhereMessage(i18n, error, target.name ?? '');
  const stageError =
    gateExplained && gateRefusal
      ? undefined
      : (fieldError('toStage') ?? (bulk ? fieldError('applicationIds') : undefined));
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!error || error === target.error) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error, target.error]);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="move-title" onCancel={onClose}>
      <form ref={form} onSubmit={submit} noValidate>
        <h2 id="move-title">
          {bulk
            ? t('move.bulkTitle', { count: target.applicationIds.length })
            : target.jobTitle
              ? t('move.titleForJob', { name: target.name ?? '', job: target.jobTitle })
              : t('move.title', { name: target.name ?? '' })}
        </h2>
        <SelectField
          label={t('move.to')}
          name="toStage"
          value={toStage}
          onChange={(e) => setToStage(e.target.value as Stage)}
          error={stageError}
        >
          {!target.toStage && <option value="">{t('jobForm.choose')}</option>}
          {(target.fromStage
            ? destinationsFrom(target.fromStage, target.stages)
            : target.stages
          ).map((stage) => (
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
              setQuickMoveError(undefined);
              single.reset();
              many.reset();
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
        {gateExplained && (
          <p className="notice notice--warning" role="note" data-testid="no-hr-verdict">
            {t('move.noHrVerdict')}
          </p>
        )}
        {gateBlocked && target.can.overrideHrGate && (
          <Checkbox
            name="overrideHrGate"
            checked={overrideHrGate}
            onChange={setOverride}
            label={t('move.override')}
            warning
          />
        )}
        {sendsEmail && (
          <Checkbox
            name="emailCandidate"
            checked={emailCandidate}
            onChange={setEmailCandidate}
            label={t(toStage === 'rejected' ? 'move.emailRejection' : 'move.emailOffer', {
              count: target.applicationIds.length,
            })}
          />
        )}
        {bulk && toStage === 'rejected' && target.names && (
          <div className="move-names">
            <p>{t('move.rejectingNames', { count: target.names.length })}</p>
            <ul>
              {target.names.map((name, index) => (
                <li key={`${name}-${index}`}>{name}</li>
              ))}
            </ul>
          </div>
        )}
        {emailCandidate && sendsEmail && toStage === 'rejected' && (
          <RejectionPreview jobId={target.jobId} applicationIds={target.applicationIds} />
        )}
        {verdictRefusal && toStage === 'offer' && (
          <div role="note">
            <VerdictMissing error={verdictRefusal} heading="h3" />
            <TextArea
              label={t('verdict.overrideReason')}
              rows={2}
              {...bind('overrideReason')}
              error={fieldError('overrideReason') ?? stageError}
            />
          </div>
        )}
        {!bulk && toStage && (
          <MoveCancelsInterviews
            applicationId={target.applicationIds[0]!}
            toStage={toStage}
            endingTold={emailCandidate && sendsEmail}
          />
        )}
        {bulk && toStage && (
          <BulkMoveCancelsInterviews
            jobId={target.jobId}
            applicationIds={target.applicationIds}
            names={target.names ?? []}
            toStage={toStage}
            endingTold={emailCandidate && sendsEmail}
          />
        )}
        <TextArea label={t(noteLabel)} rows={3} {...bind('note')} />
        <FormError error={error} />
        {movedElsewhere && (
          <p className="notice notice--error" role="alert" data-testid="moved-elsewhere">
            {movedElsewhere}
          </p>
        )}
        <div className="form__actions">
          <button
            className={`button ${toStage === 'rejected' ? 'button--danger' : 'button--primary'}`}
            type="submit"
            // The card is elsewhere now: this dialog was made for where it was.
            disabled={busy || !toStage || movedElsewhere !== undefined}
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
