import { fromApiInstant } from '../../api/dates';
import { officeHoursConcern } from '../../../domain/scheduling/office-hours';
import { utcToZonedTime } from '../../../domain/scheduling/zoned-time';
import { candidateProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { DateTimeField } from '../../components/date-time-field';
import { useDraft } from '../../components/draft';
import { FormDialog } from '../../components/form-dialog';
import {
  ChoiceField,
  FormError,
  languageChoices,
  TextArea,
  TextField,
  FormActions,
} from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { proposedTimes, useInterviewTime } from './interview-card';
import { DurationField, PanelField, PlaceFields, TimeZoneField } from './interview-fields';
import type { ApiData, ApiSchema } from '../../api/client';

type ApplicationInterviewsOutput = ApiData<'get', '/api/applications/{applicationId}/interviews'>;
type InterviewOutput = ApiSchema<'Interview'>;

const busyCodes = ['interviewer_busy', 'candidate_busy'];

interface ScheduleDialogProps {
  applicationId: string;
  stage: 'hr' | 'user';
  overview: ApplicationInterviewsOutput;
  /** Given when moving an existing interview. */
  interview?: InterviewOutput | undefined;
  /** A time the candidate proposed that HR picked: the dialog opens with it filled in. */
  proposedAt?: string | undefined;
  onClose(): void;
  onSaved(): void;
}

/** Schedules or moves one interview; a double booking is shown and may be confirmed. */
export function ScheduleDialog({
  applicationId,
  stage,
  overview,
  interview,
  proposedAt,
  onClose,
  onSaved,
}: ScheduleDialogProps) {
  const { t, tk } = useI18n();
  const when = useInterviewTime();
  const defaults = overview.defaults[stage];
  const zone = interview?.timeZone ?? 'Asia/Jakarta';
  const proposals = interview ? proposedTimes(interview) : [];
  const schedule = useApiMutation('post', '/api/applications/{applicationId}/interviews', {
    invalidates: candidateProgress,
  });
  const reschedule = useApiMutation('post', '/api/interviews/{interviewId}/reschedule', {
    invalidates: candidateProgress,
  });
  const error = (interview ? reschedule : schedule).error;
  const busy = schedule.isPending || reschedule.isPending;
  const { draft, set, bind, fieldError } = useDraft(
    {
      localStart: proposedAt
        ? utcToZonedTime(fromApiInstant(proposedAt), zone)
        : (interview?.localStart ?? ''),
      timeZone: interview?.timeZone ?? 'Asia/Jakarta',
      durationMinutes: interview?.durationMinutes ?? defaults.durationMinutes,
      mode: interview?.mode ?? ('online' as 'online' | 'onsite'),
      meetingUrl: interview?.meetingUrl ?? '',
      address: interview?.address ?? '',
      room: interview?.room ?? '',
      receptionContact: interview?.receptionContact ?? '',
      interviewerIds: interview?.interviewerIds ?? defaults.interviewerIds,
      locale: interview?.locale ?? overview.candidateLocale,
      reason: '',
    },
    error,
  );
  const pick = (at: string) =>
    set('localStart', utcToZonedTime(fromApiInstant(at), draft.timeZone));
  const conflicts =
    error?.status === 409 ? error.fields.filter((f) => busyCodes.includes(f.code ?? '')) : [];

  const save = (confirmConflicts: boolean) => {
    const { reason, ...plan } = draft;
    if (interview) {
      reschedule.mutate(
        {
          path: { interviewId: interview.id },
          body: { ...plan, reason, confirmConflicts },
        },
        { onSuccess: onSaved },
      );
    } else {
      schedule.mutate(
        { path: { applicationId }, body: { ...plan, stage, confirmConflicts } },
        { onSuccess: onSaved },
      );
    }
  };
  // Inside a sentence: "Schedule the user interview", not "the User interview".
  const stageName = t(`interviews.stageInSentence.${stage}`);
  const nameOf = (id: string) => overview.people.find((p) => p.id === id)?.name ?? '';

  return (
    <FormDialog
      title={t(interview ? 'schedule.rescheduleTitle' : 'schedule.title', { stage: stageName })}
      onClose={onClose}
      onSubmit={() => save(false)}
    >
      {proposals.length > 0 && (
        <div className="proposed-times" aria-label={t('interviews.proposedTitle')}>
          <strong>{t('interviews.proposedTitle')}</strong>
          <small className="muted">{t('schedule.proposedHint')}</small>
          {proposals.map((at) => {
            const chosen = utcToZonedTime(fromApiInstant(at), draft.timeZone) === draft.localStart;
            return (
              <button
                key={at}
                type="button"
                className={`button button--small${chosen ? ' button--primary' : ''}`}
                aria-pressed={chosen}
                onClick={() => pick(at)}
              >
                {when(at, draft.timeZone)}
              </button>
            );
          })}
        </div>
      )}
      <div className="form__row">
        <DateTimeField
          label={t('schedule.when')}
          {...bind('localStart')}
          error={conflicts.length ? undefined : fieldError('localStart')}
        />
        <TimeZoneField {...bind('timeZone')} />
      </div>
      <OfficeHoursNotice localStart={draft.localStart} durationMinutes={draft.durationMinutes} />
      <DurationField
        hint={t('schedule.durationHint')}
        value={draft.durationMinutes}
        onChange={(minutes) => set('durationMinutes', minutes)}
        error={error}
        fieldError={fieldError}
      />
      <PlaceFields
        modes={['online', 'onsite']}
        mode={draft.mode}
        onMode={(mode) => set('mode', mode)}
        meetingUrlLabel={t('schedule.meetingUrl')}
        meetingUrl={bind('meetingUrl')}
        onsite={
          <>
            <TextArea label={t('schedule.address')} rows={2} {...bind('address')} />
            <div className="form__row">
              <TextField label={t('schedule.room')} {...bind('room')} />
              <TextField label={t('schedule.reception')} {...bind('receptionContact')} />
            </div>
          </>
        }
      />
      <PanelField
        people={overview.people}
        selected={draft.interviewerIds}
        onChange={(ids) => set('interviewerIds', ids)}
        error={conflicts.length ? undefined : fieldError('interviewerIds')}
      />
      <ChoiceField label={t('schedule.language')} choices={languageChoices} {...bind('locale')} />
      {interview && <TextArea label={t('schedule.reason')} rows={2} {...bind('reason')} />}
      {conflicts.length > 0 && (
        <div className="notice notice--warning" role="alert">
          <p>{t('schedule.conflicts')}</p>
          <ul>
            {conflicts.map((conflict) => {
              const index = Number(conflict.path.split('.')[1]);
              const who =
                conflict.code === 'interviewer_busy'
                  ? nameOf(draft.interviewerIds[index] ?? '')
                  : t('interviews.candidate');
              return (
                <li key={conflict.path}>
                  {who}: {tk('error', conflict.code ?? '', conflict.message)}
                </li>
              );
            })}
          </ul>
          <button type="button" className="button" disabled={busy} onClick={() => save(true)}>
            {t('schedule.anyway')}
          </button>
        </div>
      )}
      <FormError error={error} />
      {error?.status === 409 && !conflicts.length && error.fields[0] && (
        <p className="notice notice--error" role="alert">
          {tk('error', error.fields[0].code ?? '', error.fields[0].message)}
        </p>
      )}
      <FormActions
        submit={t(interview ? 'schedule.rescheduleSubmit' : 'schedule.submit')}
        busy={busy}
        onCancel={onClose}
        cancel={t('schedule.close')}
      />
    </FormDialog>
  );
}

/** A Sunday or an evening call may be agreed on, so it is said, not refused. */
function OfficeHoursNotice({
  localStart,
  durationMinutes,
}: {
  localStart: string;
  durationMinutes: number;
}) {
  const { t, locale } = useI18n();
  const concern = officeHoursConcern(localStart, durationMinutes);
  if (!concern) return null;
  return (
    <p className="notice notice--warning schedule-hours" role="note">
      {concern.kind === 'ends_after_hours'
        ? t('schedule.officeHours.ends_after_hours', {
            // Indonesian writes clock times with a dot (18.30), as the other warnings do.
            time: locale === 'id' ? concern.endsAt.replace(':', '.') : concern.endsAt,
          })
        : t(`schedule.officeHours.${concern.kind}`)}
    </p>
  );
}
