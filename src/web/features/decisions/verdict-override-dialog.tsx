import { useEffect, useRef, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import { useDraft } from '../../components/draft';
import { TextArea } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';

const evidenceCodes = ['verdict_needs_interview', 'verdict_needs_scorecards'];

/** The server refused a user-stage verdict for want of the interview or the panel's scorecards. */
export function needsVerdictOverride(error: ApiError | null | undefined): boolean {
  return error?.fields.some((f) => evidenceCodes.includes(f.code ?? '')) ?? false;
}

/** Who has not scored yet, as the server named them with verdict_needs_scorecards. */
function waitingFor(params: Readonly<Record<string, unknown>> | undefined): string[] {
  const names = params?.waitingFor;
  return Array.isArray(names)
    ? names.filter((name): name is string => typeof name === 'string')
    : [];
}

/**
 * Deciding before the interview or before the whole panel scored is a deliberate act: this dialog
 * says what is missing and asks why (at least 10 characters, kept in the history and audit log).
 */
export function VerdictOverrideDialog({
  error,
  busy,
  onConfirm,
  onClose,
}: {
  error: ApiError;
  busy: boolean;
  onConfirm(reason: string): void;
  onClose(): void;
}) {
  const { t, tk } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const { draft, bind, fieldError } = useDraft({ overrideReason: '' }, error);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const missing = error.fields.filter((f) => evidenceCodes.includes(f.code ?? ''));
  // Once the interview has begun only the scorecards are missing: the title says just that.
  const beforeInterview = missing.some((f) => f.code === 'verdict_needs_interview');
  const tooShort = error.fields.some((f) => f.code === 'override_reason_too_short');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm(draft.overrideReason);
  };
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="verdict-override-title"
      onCancel={onClose}
    >
      <form onSubmit={submit} noValidate>
        <h2 id="verdict-override-title">
          {t(beforeInterview ? 'verdict.overrideTitle' : 'verdict.overrideTitleScorecards')}
        </h2>
        <ul className="notice notice--warning">
          {missing.map((f) => (
            <li key={f.code}>
              {tk('error', f.code ?? '', f.message)}
              {waitingFor(f.params).length > 0 &&
                ` ${t('verdict.waitingFor', { names: waitingFor(f.params).join(', ') })}`}
            </li>
          ))}
        </ul>
        <TextArea
          label={t('verdict.overrideReason')}
          rows={3}
          {...bind('overrideReason')}
          error={tooShort ? fieldError('overrideReason') : undefined}
        />
        <div className="form__actions">
          <button className="button" type="button" onClick={onClose}>
            {t('verdict.wait')}
          </button>
          <button
            className="button button--primary"
            type="submit"
            disabled={busy || draft.overrideReason.trim().length < 10}
          >
            {t('verdict.decideAnyway')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
