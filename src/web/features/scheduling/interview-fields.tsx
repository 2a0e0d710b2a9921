import type { ComponentProps, ReactNode } from 'react';
import { schedulingTimeZones } from '../../../domain/scheduling/zoned-time';
import { interviewMinutes } from '../../../domain/scheduling/interview-schedule';
import type { ApiData, ApiError } from '../../api/client';
import { CheckboxGroup } from '../../components/checkbox-group';
import { ChoiceField, TextField } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';

type InterviewPerson = ApiData<
  'get',
  '/api/applications/{applicationId}/interviews'
>['people'][number];
type InterviewMode = 'online' | 'onsite';

/** Who sits on the panel: the team's people, each with their role on the job. */
export function PanelField({
  people,
  selected,
  onChange,
  error,
}: {
  people: InterviewPerson[];
  selected: string[];
  onChange(ids: string[]): void;
  error: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <CheckboxGroup
      layout="row"
      legend={t('schedule.interviewers')}
      name="interviewerIds"
      options={people.map((person) => ({
        value: person.id,
        label: (
          <>
            {person.name}
            {person.teamRole && (
              <small className="muted">
                {' '}
                · {t(`teamRole.${person.teamRole}` as 'teamRole.recruiter')}
              </small>
            )}
          </>
        ),
      }))}
      selected={selected}
      onChange={onChange}
      error={error}
    />
  );
}

/** Onsite or online, in the order the form offers them (its default first). */
export function ModeField({
  modes,
  value,
  onChange,
}: {
  modes: readonly InterviewMode[];
  value: InterviewMode;
  onChange(mode: InterviewMode): void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="choice-row">
      <legend>{t('schedule.mode')}</legend>
      {modes.map((mode) => (
        <label key={mode} className="checkbox">
          <input
            type="radio"
            name="mode"
            value={mode}
            checked={value === mode}
            onChange={() => onChange(mode)}
          />
          {t(`interviews.${mode}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** The time zone the start is written in (bound like any select): each zone named in the page's language. */
export function TimeZoneField(
  select: Omit<ComponentProps<typeof ChoiceField>, 'label' | 'choices'>,
) {
  const { t } = useI18n();
  return (
    <ChoiceField
      label={t('schedule.timeZone')}
      choices={schedulingTimeZones.map((zone) => ({
        value: zone,
        label: t(`schedule.zone.${zone}`),
      }))}
      {...select}
    />
  );
}

/** The interview lengths the server accepts (the schedule and held-interview schemas). */
const minutes = interviewMinutes;

/** An interview's length; a refused one says the limit rather than a bare "too short". */
export function DurationField({
  value,
  onChange,
  hint,
  error,
  fieldError,
}: {
  value: number;
  onChange(minutes: number): void;
  hint?: string;
  error: ApiError | null | undefined;
  fieldError(path: string): string | undefined;
}) {
  const { t } = useI18n();
  const code = error?.field('durationMinutes')?.code;
  const message =
    code === 'too_small'
      ? t('schedule.durationTooShort', { minutes: minutes.least })
      : code === 'too_big'
        ? t('schedule.durationTooLong', { hours: minutes.most / 60 })
        : fieldError('durationMinutes');
  return (
    <TextField
      label={t('schedule.duration')}
      hint={hint}
      type="number"
      name="durationMinutes"
      min={minutes.least}
      max={minutes.most}
      step={5}
      value={value}
      onChange={(e) => onChange(Number(e.target.value))}
      error={message}
    />
  );
}

/**
 * Where it happens: onsite or online (`modes` in the form's order), then the meeting link for an
 * online one or the form's own fields for the place (`onsite`).
 */
export function PlaceFields({
  modes,
  mode,
  onMode,
  meetingUrlLabel,
  meetingUrl,
  onsite,
}: {
  modes: readonly InterviewMode[];
  mode: InterviewMode;
  onMode(mode: InterviewMode): void;
  meetingUrlLabel: string;
  /** The link input's binding (`bind('meetingUrl')`). */
  meetingUrl: Omit<ComponentProps<typeof TextField>, 'label'>;
  onsite: ReactNode;
}) {
  return (
    <>
      <ModeField modes={modes} value={mode} onChange={onMode} />
      {mode === 'online' ? (
        <TextField label={meetingUrlLabel} type="url" placeholder="https://" {...meetingUrl} />
      ) : (
        onsite
      )}
    </>
  );
}
