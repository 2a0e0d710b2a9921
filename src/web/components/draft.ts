import { useCallback, useState, type ChangeEvent } from 'react';
import type { ApiError } from '../api/client';
import { useFieldErrors } from './form-fields';

/** The draft's fields that an input edits as text (a select's value included). */
type TextKey<T> = {
  [K in keyof T]-?: T[K] extends string | null | undefined ? K : never;
}[keyof T] &
  string;

type TextControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * A form's draft and the server's answer to it, in one place: `bind(key)` gives an input its
 * name, value, change handler and the field's translated error (TextField, TextArea, SelectField
 * and ChoiceField take them as they are). A select's value is one of its options, so it is taken
 * as the field's type.
 */
export function useDraft<T extends object>(initial: T, error?: ApiError | null) {
  const [draft, setDraft] = useState<T>(initial);
  const fieldError = useFieldErrors(error);
  const set = useCallback(
    <K extends keyof T>(key: K, value: T[K]) =>
      setDraft((current) => ({ ...current, [key]: value })),
    [],
  );
  const bind = fieldBinder(draft, set, fieldError);
  return { draft, setDraft, set, bind, fieldError };
}

/**
 * `bind(key)` over values kept elsewhere (a page's filters, a parent's state): the input's name,
 * value, change handler through `set`, and the field's translated error.
 */
export function fieldBinder<T extends object>(
  values: T,
  set: <K extends keyof T>(key: K, value: T[K]) => void,
  fieldError: (path: string) => string | undefined,
) {
  return <K extends TextKey<T>>(key: K) => ({
    name: key,
    value: (values[key] ?? '') as string,
    onChange: (event: ChangeEvent<TextControl>) => set(key, event.target.value as T[K]),
    error: fieldError(key),
  });
}
