import { useState } from 'react';
import { candidateProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { DateTimeField } from '../../components/date-time-field';
import { useDraft } from '../../components/draft';
import { FormDialog } from '../../components/form-dialog';
import { FormActions, FormError, TextArea, TextField } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import type { ApiData, ApiSchema } from '../../api/client';
import { DurationField, PanelField, PlaceFields, TimeZoneField } from './interview-fields';

type ApplicationInterviewsOutput = ApiData<'get', '/api/applications/{applicationId}/interviews'>;
type InterviewOutput = ApiSchema<'Interview'>;

/**
 * Records an interview that already took place (a walk-in): when it began, how long, who sat in,
 * optionally where and a note. Nothing is sent to anyone, so the form says so. Given `interview`
 * (such a record), it corrects that record instead, or removes it when it was made by mistake.
 */
export function HeldInterviewDialog({
  applicationId,
  stage,
  overview,
  interview,
  onClose,
  onSaved,
}: {
  applicationId: string;
  stage: 'hr' | 'user';
  overview: ApplicationInterviewsOutput;
  interview?: InterviewOutput;
  onClose(): void;
  onSaved(): void;
}) {
  const { t, tk } = useI18n();
  const defaults = overview.defaults[stage];
  const record = useApiMutation('post', '/api/applications/{applicationId}/held-interviews', {
    invalidates: candidateProgress,
  });
  const correct = useApiMutation('put', '/api/interviews/{interviewId}/record', {
    invalidates: candidateProgress,
  });
  const remove = useApiMutation('delete', '/api/interviews/{interviewId}/record', {
    invalidates: candidateProgress,
  });
  const [removing, setRemoving] = useState(false);
  const error = record.error ?? correct.error ?? remove.error;
  const { draft, set, bind, fieldError } = useDraft(
    {
      localStart: interview?.localStart ?? '',
      timeZone: interview?.timeZone ?? 'Asia/Jakarta',
      durationMinutes: interview?.durationMinutes ?? defaults.durationMinutes,
      mode: interview?.mode ?? ('onsite' as 'online' | 'onsite'),
      meetingUrl: interview?.meetingUrl ?? '',
      address: interview?.address ?? '',
      interviewerIds: interview?.interviewerIds ?? defaults.interviewerIds,
      notes: '',
    },
    error,
  );
  const submit = () => {
    if (interview) {
      correct.mutate({ path: { interviewId: interview.id }, body: draft }, { onSuccess: onSaved });
    } else {
      record.mutate({ path: { applicationId }, body: { ...draft, stage } }, { onSuccess: onSaved });
    }
  };
  const conflict = error?.status === 409 ? error.fields[0] : undefined;
  const stageName = t(`interviews.stage.${stage}`);

  return (
    <FormDialog
      title={t(interview ? 'heldInterview.correctTitle' : 'heldInterview.title', {
        stage: stageName,
      })}
      onClose={onClose}
      onSubmit={submit}
    >
      <p className="muted">{t(interview ? 'heldInterview.correctIntro' : 'heldInterview.intro')}</p>
      <div className="form__row">
        <DateTimeField
          label={t('heldInterview.when')}
          hint={t('heldInterview.whenHint')}
          {...bind('localStart')}
        />
        <TimeZoneField {...bind('timeZone')} />
      </div>
      <DurationField
        value={draft.durationMinutes}
        onChange={(minutes) => set('durationMinutes', minutes)}
        error={error}
        fieldError={fieldError}
      />
      <PanelField
        people={overview.people}
        selected={draft.interviewerIds}
        onChange={(ids) => set('interviewerIds', ids)}
        error={fieldError('interviewerIds')}
      />
      <PlaceFields
        modes={['onsite', 'online']}
        mode={draft.mode}
        onMode={(mode) => set('mode', mode)}
        meetingUrlLabel={t('heldInterview.meetingUrl')}
        meetingUrl={bind('meetingUrl')}
        onsite={<TextField label={t('heldInterview.place')} {...bind('address')} />}
      />
      <TextArea
        label={t(interview ? 'heldInterview.correctNotes' : 'heldInterview.notes')}
        rows={2}
        {...bind('notes')}
      />
      <FormError error={error} />
      {conflict && (
        <p className="notice notice--error" role="alert">
          {tk('error', conflict.code ?? '', conflict.message)}
        </p>
      )}
      <FormActions
        submit={t(interview ? 'heldInterview.correctSubmit' : 'heldInterview.submit')}
        busy={record.isPending || correct.isPending}
        onCancel={onClose}
        cancel={t('schedule.close')}
      />
      {interview && (
        // A record made by mistake (the wrong candidate, a walk-in that did not happen).
        <div className="form__actions">
          {removing ? (
            <>
              <span>{t('heldInterview.removeConfirm')}</span>
              <button
                type="button"
                className="button button--small button--danger"
                disabled={remove.isPending}
                onClick={() =>
                  remove.mutate({ path: { interviewId: interview.id } }, { onSuccess: onSaved })
                }
              >
                {t('heldInterview.removeYes')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => setRemoving(true)}
            >
              {t('heldInterview.remove')}
            </button>
          )}
        </div>
      )}
    </FormDialog>
  );
}
