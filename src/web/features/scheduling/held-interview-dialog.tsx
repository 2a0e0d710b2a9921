import { useEffect, useRef, type FormEvent } from 'react';
import { schedulingTimeZones, utcToZonedTime } from '../../../domain/scheduling/zoned-time';
import { candidateProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { useDraft } from '../../components/draft';
import {
  ChoiceField,
  FormActions,
  FormError,
  TextArea,
  TextField,
} from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import type { ApiData } from '../../api/client';
import { ModeField, PanelField } from './interview-fields';

type ApplicationInterviewsOutput = ApiData<'get', '/api/applications/{applicationId}/interviews'>;

/**
 * Records an interview that already took place (a walk-in): when it began, how long, who sat in,
 * optionally where and a note. Nothing is sent to anyone, so the form says so.
 */
export function HeldInterviewDialog({
  applicationId,
  stage,
  overview,
  onClose,
  onSaved,
}: {
  applicationId: string;
  stage: 'hr' | 'user';
  overview: ApplicationInterviewsOutput;
  onClose(): void;
  onSaved(): void;
}) {
  const { t, tk } = useI18n();
  const defaults = overview.defaults[stage];
  const record = useApiMutation('post', '/api/applications/{applicationId}/held-interviews', {
    invalidates: candidateProgress,
  });
  const { error } = record;
  const { draft, set, bind, fieldError } = useDraft(
    {
      localStart: '',
      timeZone: 'Asia/Jakarta',
      durationMinutes: defaults.durationMinutes,
      mode: 'onsite' as 'online' | 'onsite',
      meetingUrl: '',
      address: '',
      interviewerIds: defaults.interviewerIds,
      notes: '',
    },
    error,
  );
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ path: { applicationId }, body: { ...draft, stage } }, { onSuccess: onSaved });
  };
  const conflict = error?.status === 409 ? error.fields[0] : undefined;

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="held-title" onCancel={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id="held-title">
          {t('heldInterview.title', { stage: t(`interviews.stage.${stage}`) })}
        </h2>
        <p className="muted">{t('heldInterview.intro')}</p>
        <div className="form__row">
          <TextField
            label={t('heldInterview.when')}
            hint={t('heldInterview.whenHint')}
            type="datetime-local"
            // The picker stops at now; the server checks it all the same.
            max={utcToZonedTime(new Date(), draft.timeZone)}
            {...bind('localStart')}
          />
          <ChoiceField
            label={t('schedule.timeZone')}
            choices={schedulingTimeZones.map((zone) => ({
              value: zone,
              label: t(`schedule.zone.${zone}`),
            }))}
            {...bind('timeZone')}
          />
        </div>
        <TextField
          label={t('schedule.duration')}
          type="number"
          name="durationMinutes"
          min={15}
          max={480}
          step={5}
          value={draft.durationMinutes}
          onChange={(e) => set('durationMinutes', Number(e.target.value))}
          error={fieldError('durationMinutes')}
        />
        <PanelField
          people={overview.people}
          selected={draft.interviewerIds}
          onChange={(ids) => set('interviewerIds', ids)}
          error={fieldError('interviewerIds')}
        />
        <ModeField
          modes={['onsite', 'online']}
          value={draft.mode}
          onChange={(mode) => set('mode', mode)}
        />
        {draft.mode === 'online' ? (
          <TextField
            label={t('heldInterview.meetingUrl')}
            type="url"
            placeholder="https://"
            {...bind('meetingUrl')}
          />
        ) : (
          <TextField label={t('heldInterview.place')} {...bind('address')} />
        )}
        <TextArea label={t('heldInterview.notes')} rows={2} {...bind('notes')} />
        <FormError error={error} />
        {conflict && (
          <p className="notice notice--error" role="alert">
            {tk('error', conflict.code ?? '', conflict.message)}
          </p>
        )}
        <FormActions
          submit={t('heldInterview.submit')}
          busy={record.isPending}
          onCancel={onClose}
          cancel={t('schedule.close')}
        />
      </form>
    </dialog>
  );
}
