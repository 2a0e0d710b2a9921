import { useState } from 'react';
import type { EmailMessageOutput } from '../../../server/routes/scheduling.schema';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { EmailStatus } from '../email/email-status';

const sendable = ['thank_you', 'offer', 'rejection'] as const;

/** The application's e-mail with each message's delivery status, and the ones HR sends by hand. */
export function CandidateEmails({
  applicationId,
  messages,
  maySend,
  onSent,
}: {
  applicationId: string;
  messages: EmailMessageOutput[];
  maySend: boolean;
  onSent(): void;
}) {
  const { t, tk, dateTime } = useI18n();
  const [template, setTemplate] = useState<(typeof sendable)[number]>('thank_you');
  const [sent, setSent] = useState(false);
  const send = async () => {
    await api('POST', `/api/applications/${applicationId}/emails`, { template });
    setSent(true);
    onSent();
  };
  return (
    <details className="emails" open={messages.length > 0 && messages.length <= 6}>
      <summary>
        {t('emails.title')} ({messages.length})
      </summary>
      {messages.length === 0 && <p className="muted">{t('emails.none')}</p>}
      <ul className="emails__list">
        {messages.map((message) => (
          <li key={message.id} data-testid="email-message">
            <span className="emails__what">
              <strong>{tk('template', message.template)}</strong> → {message.toName}
              {message.calendarMethod && (
                <small className="muted"> · {t(`emails.calendar.${message.calendarMethod}`)}</small>
              )}
            </span>
            <EmailStatus message={message} />
            <time className="muted" dateTime={message.createdAt}>
              {dateTime(message.createdAt)}
            </time>
          </li>
        ))}
      </ul>
      {maySend && (
        <div className="apply-row">
          <select
            aria-label={t('emails.send')}
            value={template}
            onChange={(e) => setTemplate(e.target.value as (typeof sendable)[number])}
          >
            {sendable.map((key) => (
              <option key={key} value={key}>
                {tk('template', key)}
              </option>
            ))}
          </select>
          <button type="button" className="button button--small" onClick={() => void send()}>
            {t('emails.send')}
          </button>
          {sent && <small role="status">{t('emails.sent')}</small>}
        </div>
      )}
    </details>
  );
}
