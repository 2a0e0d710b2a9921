import { useState } from 'react';
import { oneTimeLinkTemplates } from '../../../domain/email/email-templates';
import { splitWebLinks } from '../../../domain/web-link';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { Pagination } from '../../components/pagination';
import { useI18n } from '../../i18n/i18n';
import { EmailStatus } from './email-status';
import { SendAgain } from './send-again';
import type { ApiSchema } from '../../api/client';

type EmailMessageOutput = ApiSchema<'EmailMessage'>;

/** Every e-mail written, newest first; open one to read it as the recipient will. */
export function OutboxPage() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const { data, error, refetch } = useApiQuery('/api/outbox', { query: { page } });
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  return (
    <>
      <h1>{t('outbox.title')}</h1>
      <p className="muted">{t('outbox.intro')}</p>
      {data.messages.length === 0 && <p>{t('outbox.empty')}</p>}
      <ul className="outbox">
        {data.messages.map((message) => (
          <OutboxMessage key={message.id} message={message} />
        ))}
      </ul>
      <Pagination page={page} pages={pages} onPage={setPage} />
    </>
  );
}

function OutboxMessage({ message }: { message: EmailMessageOutput }) {
  const { t, tk, dateTime } = useI18n();
  // The body is read the first time the message is opened.
  const [opened, setOpened] = useState(false);
  const body = useApiQuery(
    '/api/outbox/{messageId}',
    opened ? { path: { messageId: message.id } } : null,
  );
  const full = body.data;
  return (
    <li className="outbox__item" data-testid="outbox-message">
      <details
        onToggle={(e) => {
          if ((e.target as HTMLDetailsElement).open) setOpened(true);
        }}
      >
        <summary>
          <span className="outbox__subject">{message.subject}</span>
          <span className="muted">
            {t('outbox.to')}: {message.toName} &lt;{message.toEmail}&gt; ·{' '}
            {tk('template', message.template)} · {dateTime(message.createdAt)}
          </span>
          <EmailStatus message={message} />
        </summary>
        <SendAgain message={message} />
        <LoadError error={body.error} retry={body.refetch} />
        {full && (
          <>
            {oneTimeLinkTemplates.includes(message.template) && (
              <p className="muted" data-testid="link-hidden">
                {t('outbox.linkHidden')}
              </p>
            )}
            {full.replyTo && (
              <p className="muted" data-testid="outbox-reply-to">
                {t('outbox.replyTo', { address: full.replyTo })}
              </p>
            )}
            <pre className="outbox__body">
              <LinkedText text={full.body} />
            </pre>
            {full.attachmentName && (
              <p className="muted" data-testid="outbox-attachment">
                {t('outbox.attachment', { name: full.attachmentName })}
              </p>
            )}
            {full.calendarIcs && (
              <details>
                <summary>
                  {t(`emails.calendar.${message.calendarMethod ?? 'REQUEST'}`)} (.ics)
                </summary>
                <pre className="outbox__body">{full.calendarIcs}</pre>
              </details>
            )}
          </>
        )}
      </details>
    </li>
  );
}

/** The body as text, its http(s) links clickable: React elements only, never the text as HTML. */
function LinkedText({ text }: { text: string }) {
  return (
    <>
      {splitWebLinks(text).map((piece, index) =>
        piece.href ? (
          <a key={index} href={piece.href} target="_blank" rel="noreferrer noopener">
            {piece.text}
          </a>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
