import { candidateProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { useDraft } from '../../components/draft';
import { FormDialog } from '../../components/form-dialog';
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
  return (
    <FormDialog
      title={t('schedule.cancelTitle', {
        stage: t(`interviews.stageInSentence.${interview.stage}`),
      })}
      onClose={onClose}
      onSubmit={() =>
        cancel.mutate(
          { path: { interviewId: interview.id }, body: draft },
          { onSuccess: onCancelled },
        )
      }
    >
      <TextArea label={t('schedule.cancelReason')} rows={3} {...bind('reason')} />
      <FormError error={error} />
      <FormActions
        submit={t('schedule.cancelSubmit')}
        busy={cancel.isPending}
        danger
        onCancel={onClose}
        cancel={t('schedule.close')}
      />
    </FormDialog>
  );
}
