import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import type { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { DayInput } from './day-input';
import { EditedElsewhereNotice, editedElsewhereOf } from './edited-elsewhere';

/** Returns a lookup of the API's field errors, translated by their stable codes. */
export function useFieldErrors(
  error: ApiError | null | undefined,
): (path: string) => string | undefined {
  const { t, tk } = useI18n();
  return (path) => {
    const problem = error?.field(path);
    if (!problem) return undefined;
    // A number out of range names its bound, not a length ("Too long" for a weight of 150).
    const { minimum, maximum } = problem.params ?? {};
    if (
      problem.code === 'out_of_range' &&
      typeof minimum === 'number' &&
      typeof maximum === 'number'
    )
      return t('error.between', { minimum, maximum });
    if (problem.code === 'too_small' && typeof minimum === 'number')
      return t('error.atLeast', { minimum });
    if (problem.code === 'too_big' && typeof maximum === 'number')
      return t('error.atMost', { maximum });
    return tk('error', problem.code ?? '', problem.message);
  };
}

interface FieldShellProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}

function FieldShell({ label, hint, error, children }: FieldShellProps) {
  const id = useId();
  const describedBy =
    [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy })}
      {hint && (
        <small id={`${id}-hint`} className="field__hint">
          {hint}
        </small>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** The server's (or the form's own) complaint about a field, read out when it appears. */
export function FieldError({ error, id }: { error: string | undefined; id?: string }) {
  if (!error) return null;
  return (
    <small id={id} className="field__error" role="alert">
      {error}
    </small>
  );
}

type Common = { label: string; hint?: string | undefined; error?: string | undefined };

export function TextField({
  label,
  hint,
  error,
  sendsText,
  ...input
}: Common &
  InputHTMLAttributes<HTMLInputElement> & {
    /** A date field's text that reads as no date goes as typed, for the server to name. */
    sendsText?: boolean;
  }) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy }) =>
        input.type === 'date' ? (
          <DayInput
            id={id}
            sendsText={sendsText}
            aria-invalid={Boolean(error)}
            aria-describedby={describedBy}
            {...input}
            value={typeof input.value === 'string' ? input.value : undefined}
          />
        ) : (
          <input id={id} aria-invalid={Boolean(error)} aria-describedby={describedBy} {...input} />
        )
      }
    </FieldShell>
  );
}

export function TextArea({
  label,
  hint,
  error,
  ...input
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          rows={4}
          {...input}
        />
      )}
    </FieldShell>
  );
}

export function SelectField({
  label,
  hint,
  error,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <select id={id} aria-invalid={Boolean(error)} aria-describedby={describedBy} {...select}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** A select of fixed choices; `placeholder` adds an empty first choice ("choose …"). */
export function ChoiceField({
  choices,
  placeholder,
  ...select
}: Common &
  SelectHTMLAttributes<HTMLSelectElement> & { choices: readonly Choice[]; placeholder?: string }) {
  return (
    <SelectField {...select}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </SelectField>
  );
}

/** The languages a person, a template or an e-mail can be in, each named in itself. */
export const languageChoices: readonly Choice[] = [
  { value: 'id', label: 'Bahasa Indonesia' },
  { value: 'en', label: 'English' },
];

/**
 * What the user can do after an unexplained failure: press a button again (a form's submit, an
 * action, a "Try again": the default), or nothing here (a refusal that asking again gets again),
 * when the notice says only that something went wrong.
 */
export type AfterFailure = 'retry' | 'none';

const unexplained = { retry: 'common.error', none: 'common.errorNoRetry' } as const;

export function ErrorNotice({
  error,
  onReload,
  after = 'retry',
}: {
  error: ApiError | null | undefined;
  /** For a save refused as made over someone else's change: load the stored record. */
  onReload?: (() => void) | undefined;
  after?: AfterFailure;
}) {
  const { t } = useI18n();
  if (!error) return null;
  if (editedElsewhereOf(error)) return <EditedElsewhereNotice error={error} onReload={onReload} />;
  // 503: the server is up but its database is restarting; the same request works again soon.
  const message =
    error.status === 0
      ? t('common.offline')
      : error.status === 503
        ? t('common.unavailable')
        : error.status === 404
          ? t('common.notFound')
          : error.status === 403
            ? t('common.forbidden')
            : error.fields.length
              ? t('common.fixFields')
              : t(unexplained[after]);
  return (
    <p className="notice notice--error" role="alert">
      {message}
    </p>
  );
}

/**
 * A form's failed request when no field can show it (offline, forbidden, a server error): a
 * refusal that names fields is shown beside them instead, so nothing is said twice.
 */
export function FormError({
  error,
  onReload,
}: {
  error: ApiError | null | undefined;
  onReload?: (() => void) | undefined;
}) {
  // A save over someone else's change names no field the user can fix: it is said here.
  return error && (!error.fields.length || editedElsewhereOf(error)) ? (
    <ErrorNotice error={error} onReload={onReload} />
  ) : null;
}

/**
 * A form's closing row: its submit button (red where it destroys something), then the way out
 * (`onCancel` with its words) and any further buttons or links as children.
 */
export function FormActions({
  submit,
  busy = false,
  danger = false,
  cancel,
  onCancel,
  children,
}: {
  submit: string;
  busy?: boolean;
  danger?: boolean;
  cancel?: string;
  onCancel?: (() => void) | undefined;
  children?: ReactNode;
}) {
  return (
    <div className="form__actions">
      <button
        className={`button ${danger ? 'button--danger' : 'button--primary'}`}
        type="submit"
        disabled={busy}
      >
        {submit}
      </button>
      {onCancel && (
        <button className="button" type="button" onClick={onCancel}>
          {cancel}
        </button>
      )}
      {children}
    </div>
  );
}
