import { oneTimeLinkTemplates } from '../../../domain/email/email-templates';
import { candidateProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice, FieldError } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { ActionButton } from '../../components/action-button';
import type { ApiSchema } from '../../api/client';

type EmailMessageOutput = ApiSchema<'EmailMessage'>;

/** For a message that failed: once the cause is fixed, HR sends the same message again. */
export function SendAgain({
  message,
}: {
  message: Pick<EmailMessageOutput, 'id' | 'status' | 'template'>;
}) {
  const { t, tk } = useI18n();
  const sending = useApiMutation('post', '/api/outbox/{messageId}/send-again', {
    invalidates: candidateProgress,
  });
  const { error } = sending;
  // A one-time link is not sent twice: HR issues a new invitation or link instead.
  if (message.status !== 'failed' || oneTimeLinkTemplates.includes(message.template)) return null;
  const problem = error?.fields[0];
  const send = () => sending.mutate({ path: { messageId: message.id } });
  return (
    <>
      <ActionButton className="button button--small" request={sending} onClick={send}>
        {t('emails.sendAgain')}
      </ActionButton>
      {problem && <FieldError error={tk('error', problem.code ?? '', problem.message)} />}
      {error && !problem && <ErrorNotice error={error} />}
    </>
  );
}
