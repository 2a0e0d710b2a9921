import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';

/** A secret to copy into another system; the API shows it once (tokens) or on request (webhooks). */
export function SecretNotice({
  title,
  help,
  secret,
}: {
  title: string;
  help: string;
  secret: string;
}) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(secret).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <section className="notice secret-notice" aria-live="polite" data-testid="secret-notice">
      <h3>{title}</h3>
      <p>{help}</p>
      <div className="secret-notice__row">
        <input readOnly value={secret} aria-label={title} onFocus={(e) => e.target.select()} />
        <button type="button" className="button" onClick={() => void copy()}>
          {t('tokens.copy')}
        </button>
      </div>
      {copied && <p className="muted">{t('tokens.copied')}</p>}
    </section>
  );
}
