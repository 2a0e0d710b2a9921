import { useEffect, useRef, type FormEvent } from 'react';
import { candidateProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { useDraft } from '../../components/draft';
import { FormError, TextArea, FormActions } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import type { ApiSchema } from '../../api/client';

type InterviewOutput = ApiSchema<'Interview'>;

export function CancelInterviewDialog({
  interview,
  onClose,
  onCancelled,
}: {
  interview: InterviewOutput;
  onClose(): void;
  onCancelled(): void;
}) {
  const { t } = useI18n();
  const cancel = useApiMutation('post', '/api/interviews/{interviewId}/cancel', {
    invalidates: candidateProgress,
  });
  const { error } = cancel;
  const { draft, bind } = useDraft({ reason: '' }, error);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    cancel.mutate({ path: { interviewId: interview.id }, body: draft }, { onSuccess: onCancelled });
  };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="cancel-title" onCancel={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="cancel-title">
          {t('schedule.cancelTitle', { stage: t(`interviews.stage.${interview.stage}`) })}
        </h2>
        <TextArea label={t('schedule.cancelReason')} rows={3} {...bind('reason')} />
        <FormError error={error} />
        <FormActions
          submit={t('schedule.cancelSubmit')}
          busy={cancel.isPending}
          danger
          onCancel={onClose}
          cancel={t('schedule.close')}
        />
      </form>
    </dialog>
  );
}
