import { CopyField } from '../../components/copy-field';
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
  return (
    <section className="notice secret-notice" aria-live="polite" data-testid="secret-notice">
      <h3>{title}</h3>
      <p>{help}</p>
      <CopyField value={secret} label={title} copy={t('tokens.copy')} />
    </section>
  );
}
