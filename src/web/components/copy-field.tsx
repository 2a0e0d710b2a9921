import { useState } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * A value to paste somewhere else by hand (an API secret, a set-password link): selected when
 * focused, copied by its button, and "copied" said once the clipboard took it.
 */
export function CopyField({
  value,
  label,
  copy,
}: {
  value: string;
  label: string;
  /** The button's words ("Copy", "Copy link"). */
  copy: string;
}) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const toClipboard = async () => {
    await navigator.clipboard?.writeText(value).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <>
      <div className="copy-field">
        <input readOnly value={value} aria-label={label} onFocus={(e) => e.target.select()} />
        <button type="button" className="button" onClick={() => void toClipboard()}>
          {copy}
        </button>
      </div>
      {copied && <p className="muted">{t('common.copied')}</p>}
    </>
  );
}
