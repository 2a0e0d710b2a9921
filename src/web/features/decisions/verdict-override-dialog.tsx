import { useEffect, useRef, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import { useDraft } from '../../components/draft';
import { TextArea } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';

const evidenceCodes = ['verdict_needs_interview', 'verdict_needs_scorecards'];

/** The server refused a user-stage verdict for want of the interview or the panel's scorecards. */
export function needsVerdictOverride(error: ApiError | null | undefined): boolean {
  return error?.fields.some((f) => evidenceCodes.includes(f.code ?? '')) ?? false;
}

/** The strings of a list parameter sent with an error. */
function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/**
 * Who has not scored, as the server named them with verdict_needs_scorecards; the viewer, if among
 * them, is an empty name here, to read "you" rather than their own name.
 */
function waitingFor(params: Readonly<Record<string, unknown>> | undefined, me: string): string[] {
  const ids = strings(params?.waitingForIds);
  return strings(params?.waitingFor).map((name, index) => (ids[index] === me ? '' : name));
}

/**
 * What the user-stage verdict still lacks, as a title and a list (the interview, who has not
 * scored): the candidate page's override dialog and the board's move dialog say the same.
 */
export function VerdictMissing({
  error,
  titleId,
  heading: Heading = 'h2',
}: {
  error: ApiError;
  titleId?: string;
  /** A dialog of its own titles with h2; inside another dialog this is a subheading. */
  heading?: 'h2' | 'h3';
}) {
  const { t, tk } = useI18n();
  const { user } = useSession();
  const missing = error.fields.filter((f) => evidenceCodes.includes(f.code ?? ''));
  // Once the interview has begun only the scorecards are missing: the title says just that.
  const beforeInterview = missing.some((f) => f.code === 'verdict_needs_interview');
  const names = (f: (typeof missing)[number]) =>
    waitingFor(f.params, user.id).map((name) => name || t('verdict.you'));
  return (
    <>
      <Heading id={titleId}>
        {t(beforeInterview ? 'verdict.overrideTitle' : 'verdict.overrideTitleScorecards')}
      </Heading>
      <ul className="notice notice--warning">
        {missing.map((f) => (
          <li key={f.code}>
            {tk('error', f.code ?? '', f.message)}
            {names(f).length > 0 && ` ${t('verdict.waitingFor', { names: names(f).join(', ') })}`}
          </li>
        ))}
      </ul>
    </>
  );
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
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const { draft, bind, fieldError } = useDraft({ overrideReason: '' }, error);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
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
        <VerdictMissing error={error} titleId="verdict-override-title" />
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
