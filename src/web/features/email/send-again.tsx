import type { EmailMessageOutput } from '../../../server/routes/scheduling.schema';
import { oneTimeLinkTemplates } from '../../../domain/email/email-templates';
import { api } from '../../api/client';
import { useApiAction } from '../../components/use-api-action';
import { useI18n } from '../../i18n/i18n';

/** For a message that failed: once the cause is fixed, HR sends the same message again. */
export function SendAgain({
  message,
  onSent,
}: {
  message: Pick<EmailMessageOutput, 'id' | 'status' | 'template'>;
  onSent(): void;
}) {
  const { t, tk } = useI18n();
  const { run, error } = useApiAction();
  // A one-time link is not sent twice: HR issues a new invitation or link instead.
  if (message.status !== 'failed' || oneTimeLinkTemplates.includes(message.template)) return null;
  const problem = error?.fields[0];
  const send = async () => {
    if (await run(() => api('POST', `/api/outbox/${message.id}/send-again`))) onSent();
  };
  return (
    <>
      <button type="button" className="button button--small" onClick={() => void send()}>
        {t('emails.sendAgain')}
      </button>
      {problem && (
        <small className="field__error" role="alert">
          {tk('error', problem.code ?? '', problem.message)}
        </small>
      )}
    </>
  );
}
