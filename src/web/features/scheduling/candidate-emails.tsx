import { useState } from 'react';
import { candidateProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice, FieldError } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { EmailStatus } from '../email/email-status';
import { SendAgain } from '../email/send-again';
import { ActionButton } from '../../components/action-button';
import type { ApiSchema } from '../../api/client';
import {
  candidateEmailsFor,
  type CandidateEmailTemplate,
} from '../../../domain/email/candidate-emails';

type EmailMessageOutput = ApiSchema<'EmailMessage'>;

/** The application's e-mail with each message's delivery status, and the ones HR sends by hand. */
export function CandidateEmails({
  applicationId,
  stage,
  messages,
  maySend,
}: {
  applicationId: string;
  /** Where the application stands: only the e-mails that fit it are offered. */
  stage: string;
  messages: EmailMessageOutput[];
  maySend: boolean;
}) {
  const sendable = candidateEmailsFor(stage);
  const { t, tk, dateTime } = useI18n();
  // No e-mail is preselected, and sending takes a second click that names what goes to whom.
  const [template, setTemplate] = useState<CandidateEmailTemplate | ''>('');
  const [confirming, setConfirming] = useState(false);
  const [sent, setSent] = useState(false);
  const sending = useApiMutation('post', '/api/applications/{applicationId}/emails', {
    invalidates: candidateProgress,
  });
  const { error } = sending;
  const problem = error?.fields[0];
  const send = () => {
    if (!template) return;
    sending.mutate(
      { path: { applicationId }, body: { template } },
      {
        onSuccess: () => {
          setSent(true);
          setConfirming(false);
          setTemplate('');
        },
      },
    );
  };
  const recipient = messages.find((message) => message.template === 'application_received');
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
            {maySend && <SendAgain message={message} />}
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
            onChange={(e) => {
              setTemplate(e.target.value as CandidateEmailTemplate | '');
              setConfirming(false);
              setSent(false);
            }}
          >
            <option value="">{t('emails.choose')}</option>
            {sendable.map((key) => (
              <option key={key} value={key}>
                {tk('template', key)}
              </option>
            ))}
          </select>
          {!confirming ? (
            <button
              type="button"
              className="button button--small"
              disabled={!template}
              onClick={() => setConfirming(true)}
            >
              {t('emails.send')}
            </button>
          ) : (
            <>
              <span role="status">
                {t('emails.confirm', {
                  template: tk('template', template),
                  name: recipient?.toName ?? t('emails.theCandidate'),
                })}
              </span>
              <ActionButton
                className="button button--small button--primary"
                request={sending}
                onClick={send}
              >
                {t('emails.confirmSend')}
              </ActionButton>
              <button
                type="button"
                className="button button--small"
                onClick={() => setConfirming(false)}
              >
                {t('emails.cancel')}
              </button>
            </>
          )}
          {sent && <small role="status">{t('emails.sent')}</small>}
          {problem && <FieldError error={tk('error', problem.code ?? '', problem.message)} />}
          {error && !problem && <ErrorNotice error={error} />}
        </div>
      )}
    </details>
  );
}
