import { useI18n } from '../../i18n/i18n';
import type { ApiSchema } from '../../api/client';

type EmailMessageOutput = ApiSchema<'EmailMessage'>;

/** Queued, sent (by SMTP or kept in the outbox) or failed, with the reason and attempts. */
export function EmailStatus({ message }: { message: EmailMessageOutput }) {
  const { t } = useI18n();
  const label =
    message.status === 'sent' && message.transport === 'outbox'
      ? t('emails.outbox')
      : t(`emails.status.${message.status}`);
  return (
    <span className={`email-status email-status--${message.status}`} data-testid="email-status">
      {label}
      {message.lastError && (
        <small title={message.lastError}>
          {' '}
          ·{' '}
          {message.attempts === 1
            ? t('emails.attemptsOne')
            : t('emails.attempts', { count: message.attempts })}
          : {message.lastError}
        </small>
      )}
    </span>
  );
}
