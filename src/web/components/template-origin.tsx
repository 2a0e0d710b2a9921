import { useI18n } from '../i18n/i18n';

/**
 * Whose wording a template is (e-mail and letter templates): who last changed it and when, or the
 * built-in text. The two pages name it in their own words, so they pass them in.
 */
export function TemplateOrigin({
  template,
  changedBy,
  builtIn,
}: {
  template: { customized: boolean; updatedByName: string | null; updatedAt: string | null };
  changedBy(name: string): string;
  builtIn: string;
}) {
  const { dateTime } = useI18n();
  return (
    <p className="muted">
      {template.customized
        ? `${changedBy(template.updatedByName ?? '')} · ${template.updatedAt ? dateTime(template.updatedAt) : ''}`
        : builtIn}
    </p>
  );
}

/**
 * The button that puts a changed template back to its built-in text (e-mail, letter and WhatsApp
 * templates); a template that was never changed has nothing to reset, so it shows nothing.
 */
export function ResetToBuiltIn({
  template,
  label,
  onReset,
}: {
  template: { customized: boolean };
  label: string;
  onReset(): void;
}) {
  if (!template.customized) return null;
  return (
    <button className="button button--quiet" type="button" onClick={onReset}>
      {label}
    </button>
  );
}
