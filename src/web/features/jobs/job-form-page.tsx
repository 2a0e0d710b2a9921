import { canHoldTeamPlace } from '../../../domain/hiring-team';
import type { TeamRole } from '../../../domain/roles';
import { type FormEvent } from 'react';
import {
  employmentTypes,
  workModes,
  type EmploymentType,
  type WorkMode,
} from '../../../domain/job';
import type { Job, JobInput } from '../../../server/routes/jobs.schema';
import { jobDetails } from '../../api/invalidation';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { CheckboxList } from '../../components/checkbox-group';
import { useDraft } from '../../components/draft';
import {
  ChoiceField,
  ErrorNotice,
  FieldError,
  TextArea,
  TextField,
} from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router';

interface Draft {
  title: string;
  department: string;
  city: string;
  workMode: WorkMode;
  employmentType: EmploymentType;
  description: string;
  requiredSkills: string;
  tools: string;
  testsEnabled: boolean;
  recruiterId: string;
  hiringManagerId: string;
  interviewerIds: string[];
}

const emptyDraft: Draft = {
  title: '',
  department: '',
  city: '',
  workMode: 'onsite',
  employmentType: 'full_time',
  description: '',
  requiredSkills: '',
  tools: '',
  testsEnabled: false,
  recruiterId: '',
  hiringManagerId: '',
  interviewerIds: [],
};

const splitList = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function draftOf(job: Job): Draft {
  const memberOf = (role: string) =>
    job.team.find((member) => member.teamRole === role)?.userId ?? '';
  return {
    ...job,
    requiredSkills: job.requiredSkills.join(', '),
    tools: job.tools.join(', '),
    recruiterId: memberOf('recruiter'),
    hiringManagerId: memberOf('hiring_manager'),
    interviewerIds: job.team.filter((m) => m.teamRole === 'interviewer').map((m) => m.userId),
  };
}

/** Creates a job (jobId undefined) or edits one, with its hiring team. */
export function JobFormPage({ jobId }: { jobId?: string }) {
  const { t } = useI18n();
  const existing = useApiQuery('/api/jobs/{jobId}', jobId ? { path: { jobId } } : null);
  if (!jobId) return <JobForm initial={emptyDraft} />;
  if (existing.error) return <LoadError error={existing.error} retry={existing.refetch} />;
  if (!existing.data) return <p className="muted">{t('common.loading')}</p>;
  return <JobForm jobId={jobId} initial={draftOf(existing.data)} />;
}

function JobForm({ jobId, initial }: { jobId?: string; initial: Draft }) {
  const { t } = useI18n();
  const users = useApiQuery('/api/users', {});
  const create = useApiMutation('post', '/api/jobs', { invalidates: jobDetails });
  const update = useApiMutation('put', '/api/jobs/{jobId}', { invalidates: jobDetails });
  const error = (jobId ? update : create).error;
  const busy = create.isPending || update.isPending || create.isSuccess || update.isSuccess;
  const { draft, set, bind, fieldError } = useDraft(initial, error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: JobInput = {
      title: draft.title,
      department: draft.department,
      city: draft.city,
      workMode: draft.workMode,
      employmentType: draft.employmentType,
      description: draft.description,
      requiredSkills: splitList(draft.requiredSkills),
      tools: splitList(draft.tools),
      testsEnabled: draft.testsEnabled,
      team: {
        recruiterId: draft.recruiterId,
        hiringManagerId: draft.hiringManagerId,
        interviewerIds: draft.interviewerIds,
      },
    };
    const show = (saved: Job) => navigate(`/jobs/${saved.id}`);
    if (jobId) update.mutate({ path: { jobId }, body }, { onSuccess: show });
    else create.mutate({ body }, { onSuccess: show });
  };

  const people = users.data?.items ?? [];
  const personChoices = (place: TeamRole) =>
    people
      // The same rule the server checks the team against.
      .filter((u) => canHoldTeamPlace(u.role, place))
      .map((u) => ({ value: u.id, label: u.title ? `${u.name} — ${u.title}` : u.name }));
  // The team's places are one object on the server, so their errors are under `team.`.
  const teamField = (key: 'recruiterId' | 'hiringManagerId') => ({
    ...bind(key),
    error: fieldError(`team.${key}`),
  });
  const testsError = fieldError('testsEnabled');

  return (
    <>
      <div className="page__head">
        <h1>{t(jobId ? 'jobForm.editTitle' : 'jobForm.newTitle')}</h1>
      </div>
      <ErrorNotice error={error} />
      <LoadError error={users.error} retry={users.refetch} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField label={t('jobForm.title')} {...bind('title')} />
        <div className="form__row">
          <TextField label={t('jobForm.department')} {...bind('department')} />
          <TextField label={t('jobForm.city')} {...bind('city')} />
        </div>
        <div className="form__row">
          <ChoiceField
            label={t('jobForm.workMode')}
            choices={workModes.map((mode) => ({ value: mode, label: t(`workMode.${mode}`) }))}
            {...bind('workMode')}
          />
          <ChoiceField
            label={t('jobForm.employmentType')}
            choices={employmentTypes.map((type) => ({
              value: type,
              label: t(`employment.${type}`),
            }))}
            {...bind('employmentType')}
          />
        </div>
        <TextArea label={t('jobForm.description')} rows={6} {...bind('description')} />
        <TextField
          label={t('jobForm.requiredSkills')}
          hint={t('jobForm.listHint')}
          {...bind('requiredSkills')}
        />
        <TextField label={t('jobForm.tools')} hint={t('jobForm.listHint')} {...bind('tools')} />
        <label className="checkbox">
          <input
            type="checkbox"
            name="testsEnabled"
            checked={draft.testsEnabled}
            onChange={(e) => set('testsEnabled', e.target.checked)}
          />
          {t('jobForm.testsEnabled')}
        </label>
        <FieldError error={testsError} />

        <fieldset className="fieldset">
          <legend>{t('jobForm.team')}</legend>
          <div className="form__row">
            <ChoiceField
              label={t('jobForm.recruiter')}
              placeholder={t('jobForm.choose')}
              choices={personChoices('recruiter')}
              {...teamField('recruiterId')}
            />
            <ChoiceField
              label={t('jobForm.hiringManager')}
              placeholder={t('jobForm.choose')}
              choices={personChoices('hiring_manager')}
              {...teamField('hiringManagerId')}
            />
          </div>
          <p className="field__label">{t('jobForm.interviewers')}</p>
          <div className="checkbox-grid">
            <CheckboxList
              options={personChoices('interviewer')}
              selected={draft.interviewerIds}
              onChange={(ids) => set('interviewerIds', ids)}
            />
          </div>
          <FieldError error={fieldError('team.interviewerIds')} />
        </fieldset>
        <div className="form__actions">
          <button className="button button--primary" type="submit" disabled={busy}>
            {t('jobForm.save')}
          </button>
          <Link className="button" href={jobId ? `/jobs/${jobId}` : '/jobs'}>
            {t('jobForm.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
