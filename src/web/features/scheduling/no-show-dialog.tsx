import { candidateProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { CheckField } from '../../components/checkbox-group';
import { useDraft } from '../../components/draft';
import { FormDialog } from '../../components/form-dialog';
import { FormError, TextArea, FormActions } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import type { ApiSchema } from '../../api/client';

type InterviewOutput = ApiSchema<'Interview'>;

/**
 * "Candidate did not come": HR's note stays with the staff; the candidate gets a short, kind
 * e-mail only if HR ticks it (HR often phones first, and a candidate with an emergency should
 * not find an automatic message waiting).
 */
export function NoShowDialog({
  interview,
  onClose,
  onRecorded,
}: {
  interview: InterviewOutput;
  onClose(): void;
  onRecorded(): void;
}) {
  const { t } = useI18n();
  const record = useApiMutation('post', '/api/interviews/{interviewId}/no-show', {
    invalidates: candidateProgress,
  });
  const { error } = record;
  const { draft, bind, set, fieldError } = useDraft({ note: '', tellCandidate: false }, error);
  return (
    <FormDialog
      title={t('noShow.title', { stage: t(`interviews.stageInSentence.${interview.stage}`) })}
      onClose={onClose}
      onSubmit={() =>
        record.mutate(
          { path: { interviewId: interview.id }, body: draft },
          { onSuccess: onRecorded },
        )
      }
    >
      <p className="muted">{t('noShow.explain')}</p>
      <TextArea label={t('noShow.note')} rows={3} {...bind('note')} />
      <CheckField
        label={t('noShow.tellCandidate')}
        name="tellCandidate"
        checked={draft.tellCandidate}
        onChange={(event) => set('tellCandidate', event.target.checked)}
        error={fieldError('tellCandidate')}
      />
      <FormError error={error} />
      <FormActions
        submit={t('noShow.submit')}
        busy={record.isPending}
        onCancel={onClose}
        cancel={t('schedule.close')}
      />
    </FormDialog>
  );
}
