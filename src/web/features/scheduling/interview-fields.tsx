import type { ApiData } from '../../api/client';
import { CheckboxGroup } from '../../components/checkbox-group';
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
