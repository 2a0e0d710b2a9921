import type { ApiError } from '../api/client';
import { useFieldErrors } from './form-fields';

/** The `{{name}}` placeholders a template may use, under their label (e-mail and letter templates). */
export function Placeholders({ label, names }: { label: string; names: readonly string[] }) {
  return (
    <>
      <p className="field__label">{label}</p>
      <p className="placeholders">
        {names.map((name) => (
          <code key={name}>{`{{${name}}}`}</code>
        ))}
      </p>
    </>
  );
}

/**
 * A template field's error, translated, followed by the unknown placeholder the server named in
 * its message (`{{score}}`), so the admin sees which one to fix.
 */
export function useTemplateFieldErrors(
  error: ApiError | null | undefined,
): (path: string) => string | undefined {
  const fieldError = useFieldErrors(error);
  return (path) => {
    const translated = fieldError(path);
    if (!translated) return undefined;
    const placeholder = error?.field(path)?.message.match(/\{\{[^}]*\}\}/)?.[0] ?? '';
    return `${translated} ${placeholder}`;
  };
}
