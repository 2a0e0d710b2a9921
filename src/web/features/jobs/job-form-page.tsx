import { canHoldTeamPlace } from '../../../domain/hiring-team';
import type { TeamRole } from '../../../domain/roles';
import { useState, type FormEvent } from 'react';
import { employmentTypes, workModes } from '../../../domain/job';
import { formatRupiahDigits } from '../../../domain/money';
import { provinceNames, provinces, type Province } from '../../../domain/province';
import { jobDetails } from '../../api/invalidation';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { Checkbox, CheckboxList, CheckField } from '../../components/checkbox-group';
import { useDraft } from '../../components/draft';
import { useFirstProblemFocused } from '../../components/first-problem';
import {
  ChoiceField,
  ErrorNotice,
  FieldError,
  TextArea,
  TextField,
  FormActions,
} from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import type { ApiBody, ApiSchema } from '../../api/client';

type Job = ApiSchema<'Job'>;
type JobInput = ApiBody<'post', '/api/jobs'>;

/** The job's fields as the form holds them: the API's own, but lists and amounts as typed text. */
type Draft = Required<Pick<JobInput, PlainJobField>> & {
  requiredSkills: string;
  tools: string;
  province: Province | '';
  /** As typed: `8.500.000`, `8,5 juta`; the server reads them with the band's rules. */
  salaryMin: string;
  salaryMax: string;
  recruiterId: string;
  hiringManagerId: string;
  interviewerIds: string[];
};

type PlainJobField =
  | 'title'
  | 'department'
  | 'city'
  | 'workMode'
  | 'employmentType'
  | 'description'
  | 'testsEnabled'
  | 'salaryShownOnCareers';

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
  province: '',
  salaryMin: '',
  salaryMax: '',
  salaryShownOnCareers: false,
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
    province: job.province ?? '',
    salaryMin: job.salaryMin === null ? '' : formatRupiahDigits(job.salaryMin),
    salaryMax: job.salaryMax === null ? '' : formatRupiahDigits(job.salaryMax),
    recruiterId: memberOf('recruiter'),
    hiringManagerId: memberOf('hiring_manager'),
    interviewerIds: job.team.filter((m) => m.teamRole === 'interviewer').map((m) => m.userId),
  };
}

/** Creates a job (jobId undefined) or edits one, with its hiring team. */
export function JobFormPage({ jobId }: { jobId?: string }) {
  const { t } = useI18n();
  const existing = useApiQuery('/api/jobs/{jobId}', jobId ? { path: { jobId } } : null);
  // A new form (from the stored job) each time the user chooses to load someone else's change.
  const [opening, setOpening] = useState(0);
  if (!jobId) return <JobForm initial={emptyDraft} />;
  if (existing.error) return <LoadError error={existing.error} retry={existing.refetch} />;
  if (!existing.data) return <p className="muted">{t('common.loading')}</p>;
  const reload = async () => {
    await existing.refetch();
    setOpening((count) => count + 1);
  };
  return (
    <JobForm
      key={opening}
      jobId={jobId}
      initial={draftOf(existing.data)}
      openedAt={existing.data.updatedAt}
      onReload={() => void reload()}
    />
  );
}

function JobForm({
  jobId,
  initial,
  openedAt,
  onReload,
}: {
  jobId?: string;
  initial: Draft;
  /** The job's updatedAt when the form opened: a save over a later change is refused. */
  openedAt?: string;
  onReload?: () => void;
}) {
  const { t } = useI18n();
  // Kept from the first render: a background refetch must not make a stale form look fresh.
  const [expectedUpdatedAt] = useState(openedAt);
  const users = useApiQuery('/api/users', {});
  const create = useApiMutation('post', '/api/jobs', { invalidates: jobDetails });
  const update = useApiMutation('put', '/api/jobs/{jobId}', { invalidates: jobDetails });
  const error = (jobId ? update : create).error;
  const busy = create.isPending || update.isPending || create.isSuccess || update.isSuccess;
  const { draft, set, bind, fieldError } = useDraft(initial, error);
  const form = useFirstProblemFocused<HTMLFormElement>(error);

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
      province: draft.province || null,
      // As typed: the server reads them and names an unreadable end or a reversed band beside
      // the form's other problems.
      salaryMin: draft.salaryMin.trim() || null,
      salaryMax: draft.salaryMax.trim() || null,
      salaryShownOnCareers: draft.salaryShownOnCareers,
      team: {
        recruiterId: draft.recruiterId,
        hiringManagerId: draft.hiringManagerId,
        interviewerIds: draft.interviewerIds,
      },
    };
    const show = (saved: Job) => navigate(`/jobs/${saved.id}`);
    if (jobId) {
      update.mutate(
        { path: { jobId }, body: { ...body, ...(expectedUpdatedAt && { expectedUpdatedAt }) } },
        { onSuccess: show },
      );
    } else create.mutate({ body }, { onSuccess: show });
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
      <ErrorNotice error={error} onReload={onReload} />
      <LoadError error={users.error} retry={users.refetch} />
      <form ref={form} className="form" onSubmit={submit} noValidate>
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
        <Checkbox
          name="testsEnabled"
          checked={draft.testsEnabled}
          onChange={(checked) => set('testsEnabled', checked)}
          label={t('jobForm.testsEnabled')}
        />
        <FieldError error={testsError} />

        <fieldset className="fieldset">
          <legend>{t('jobForm.pay')}</legend>
          <ChoiceField
            label={t('jobForm.province')}
            hint={t('jobForm.provinceHint')}
            {...bind('province')}
            placeholder={t('jobForm.noProvince')}
            choices={provinces.map((province) => ({
              value: province,
              label: provinceNames[province],
            }))}
          />
          <div className="form__row">
            <TextField
              label={t('jobForm.salaryMin')}
              hint={t('jobForm.salaryHint')}
              inputMode="numeric"
              {...bind('salaryMin')}
              error={fieldError('salaryMin')}
            />
            <TextField
              label={t('jobForm.salaryMax')}
              inputMode="numeric"
              {...bind('salaryMax')}
              error={fieldError('salaryMax')}
            />
          </div>
          <CheckField
            label={t('jobForm.salaryShownOnCareers')}
            name="salaryShownOnCareers"
            checked={draft.salaryShownOnCareers}
            onChange={(e) => set('salaryShownOnCareers', e.target.checked)}
            error={fieldError('salaryShownOnCareers')}
          />
        </fieldset>

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
        <FormActions submit={t('jobForm.save')} busy={busy}>
          <Link className="button" href={jobId ? `/jobs/${jobId}` : '/jobs'}>
            {t('jobForm.cancel')}
          </Link>
        </FormActions>
      </form>
    </>
  );
}
