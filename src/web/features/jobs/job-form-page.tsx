import { canHoldTeamPlace } from '../../../domain/hiring-team';
import { useState, type FormEvent } from 'react';
import {
  employmentTypes,
  workModes,
  type EmploymentType,
  type WorkMode,
} from '../../../domain/job';
import { formatRupiahDigits, parseRupiah } from '../../../domain/money';
import { provinceNames, provinces, type Province } from '../../../domain/province';
import type { FieldProblem, Result } from '../../../domain/result';
import type { Job, JobInput } from '../../../server/routes/jobs.schema';
import { jobDetails } from '../../api/invalidation';
import { useApiMutation, useApiQuery } from '../../api/queries';
import {
  ErrorNotice,
  SelectField,
  TextArea,
  TextField,
  useFieldErrors,
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
  province: Province | '';
  /** As typed: `8.500.000`, `8,5 juta`; read with parseRupiah on saving. */
  salaryMin: string;
  salaryMax: string;
  salaryShownOnCareers: boolean;
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
  if (!jobId) return <JobForm initial={emptyDraft} />;
  if (existing.error) return <LoadError error={existing.error} retry={existing.refetch} />;
  if (!existing.data) return <p className="muted">{t('common.loading')}</p>;
  return <JobForm jobId={jobId} initial={draftOf(existing.data)} />;
}

/** An empty field is no amount; anything else must read as rupiah. */
function amountOf(typed: string, path: string): Result<number | null> {
  return typed.trim() ? parseRupiah(typed, path) : { ok: true, value: null };
}

function JobForm({ jobId, initial }: { jobId?: string; initial: Draft }) {
  const { t, tk } = useI18n();
  const users = useApiQuery('/api/users', {});
  const [draft, setDraft] = useState<Draft>(initial);
  const create = useApiMutation('post', '/api/jobs', { invalidates: jobDetails });
  const update = useApiMutation('put', '/api/jobs/{jobId}', { invalidates: jobDetails });
  const error = (jobId ? update : create).error;
  const busy = create.isPending || update.isPending || create.isSuccess || update.isSuccess;

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const serverError = useFieldErrors(error);
  const [amountProblems, setAmountProblems] = useState<FieldProblem[]>([]);
  const fieldError = (path: string) => {
    const local = amountProblems.find((problem) => problem.path === path);
    return local ? tk('error', local.code, local.message) : serverError(path);
  };
  const errors = {
    title: fieldError('title'),
    department: fieldError('department'),
    city: fieldError('city'),
    description: fieldError('description'),
    requiredSkills: fieldError('requiredSkills'),
    tools: fieldError('tools'),
    testsEnabled: fieldError('testsEnabled'),
    province: fieldError('province'),
    salaryMin: fieldError('salaryMin'),
    salaryMax: fieldError('salaryMax'),
    salaryShownOnCareers: fieldError('salaryShownOnCareers'),
    recruiterId: fieldError('team.recruiterId'),
    hiringManagerId: fieldError('team.hiringManagerId'),
    interviewerIds: fieldError('team.interviewerIds'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const min = amountOf(draft.salaryMin, 'salaryMin');
    const max = amountOf(draft.salaryMax, 'salaryMax');
    const problems = [min, max].flatMap((amount) => (amount.ok ? [] : amount.problems));
    setAmountProblems(problems);
    if (!min.ok || !max.ok) return;
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
      salaryMin: min.value,
      salaryMax: max.value,
      salaryShownOnCareers: draft.salaryShownOnCareers,
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
  // The same rule the server checks the team against.
  const recruiters = people.filter((u) => canHoldTeamPlace(u.role, 'recruiter'));
  const managers = people.filter((u) => canHoldTeamPlace(u.role, 'hiring_manager'));
  const personLabel = (u: (typeof people)[number]) => (u.title ? `${u.name} — ${u.title}` : u.name);

  return (
    <>
      <div className="page__head">
        <h1>{t(jobId ? 'jobForm.editTitle' : 'jobForm.newTitle')}</h1>
      </div>
      <ErrorNotice error={error} />
      <LoadError error={users.error} retry={users.refetch} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('jobForm.title')}
          name="title"
          value={draft.title}
          onChange={(e) => set('title', e.target.value)}
          error={errors.title}
        />
        <div className="form__row">
          <TextField
            label={t('jobForm.department')}
            name="department"
            value={draft.department}
            onChange={(e) => set('department', e.target.value)}
            error={errors.department}
          />
          <TextField
            label={t('jobForm.city')}
            name="city"
            value={draft.city}
            onChange={(e) => set('city', e.target.value)}
            error={errors.city}
          />
        </div>
        <div className="form__row">
          <SelectField
            label={t('jobForm.workMode')}
            name="workMode"
            value={draft.workMode}
            onChange={(e) => set('workMode', e.target.value as Draft['workMode'])}
          >
            {workModes.map((mode) => (
              <option key={mode} value={mode}>
                {t(`workMode.${mode}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('jobForm.employmentType')}
            name="employmentType"
            value={draft.employmentType}
            onChange={(e) => set('employmentType', e.target.value as Draft['employmentType'])}
          >
            {employmentTypes.map((type) => (
              <option key={type} value={type}>
                {t(`employment.${type}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextArea
          label={t('jobForm.description')}
          name="description"
          rows={6}
          value={draft.description}
          onChange={(e) => set('description', e.target.value)}
          error={errors.description}
        />
        <TextField
          label={t('jobForm.requiredSkills')}
          hint={t('jobForm.listHint')}
          name="requiredSkills"
          value={draft.requiredSkills}
          onChange={(e) => set('requiredSkills', e.target.value)}
          error={errors.requiredSkills}
        />
        <TextField
          label={t('jobForm.tools')}
          hint={t('jobForm.listHint')}
          name="tools"
          value={draft.tools}
          onChange={(e) => set('tools', e.target.value)}
          error={errors.tools}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            name="testsEnabled"
            checked={draft.testsEnabled}
            onChange={(e) => set('testsEnabled', e.target.checked)}
          />
          {t('jobForm.testsEnabled')}
        </label>
        {errors.testsEnabled && (
          <small className="field__error" role="alert">
            {errors.testsEnabled}
          </small>
        )}

        <fieldset className="fieldset">
          <legend>{t('jobForm.pay')}</legend>
          <SelectField
            label={t('jobForm.province')}
            hint={t('jobForm.provinceHint')}
            name="province"
            value={draft.province}
            onChange={(e) => set('province', e.target.value as Draft['province'])}
            error={errors.province}
          >
            <option value="">{t('jobForm.noProvince')}</option>
            {provinces.map((province) => (
              <option key={province} value={province}>
                {provinceNames[province]}
              </option>
            ))}
          </SelectField>
          <div className="form__row">
            <TextField
              label={t('jobForm.salaryMin')}
              hint={t('jobForm.salaryHint')}
              name="salaryMin"
              inputMode="numeric"
              value={draft.salaryMin}
              onChange={(e) => set('salaryMin', e.target.value)}
              error={errors.salaryMin}
            />
            <TextField
              label={t('jobForm.salaryMax')}
              name="salaryMax"
              inputMode="numeric"
              value={draft.salaryMax}
              onChange={(e) => set('salaryMax', e.target.value)}
              error={errors.salaryMax}
            />
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              name="salaryShownOnCareers"
              checked={draft.salaryShownOnCareers}
              onChange={(e) => set('salaryShownOnCareers', e.target.checked)}
            />
            {t('jobForm.salaryShownOnCareers')}
          </label>
          {errors.salaryShownOnCareers && (
            <small className="field__error" role="alert">
              {errors.salaryShownOnCareers}
            </small>
          )}
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('jobForm.team')}</legend>
          <div className="form__row">
            <SelectField
              label={t('jobForm.recruiter')}
              name="recruiterId"
              value={draft.recruiterId}
              onChange={(e) => set('recruiterId', e.target.value)}
              error={errors.recruiterId}
            >
              <option value="">{t('jobForm.choose')}</option>
              {recruiters.map((u) => (
                <option key={u.id} value={u.id}>
                  {personLabel(u)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('jobForm.hiringManager')}
              name="hiringManagerId"
              value={draft.hiringManagerId}
              onChange={(e) => set('hiringManagerId', e.target.value)}
              error={errors.hiringManagerId}
            >
              <option value="">{t('jobForm.choose')}</option>
              {managers.map((u) => (
                <option key={u.id} value={u.id}>
                  {personLabel(u)}
                </option>
              ))}
            </SelectField>
          </div>
          <p className="field__label">{t('jobForm.interviewers')}</p>
          <div className="checkbox-grid">
            {people.map((u) => (
              <label key={u.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.interviewerIds.includes(u.id)}
                  onChange={(e) =>
                    set(
                      'interviewerIds',
                      e.target.checked
                        ? [...draft.interviewerIds, u.id]
                        : draft.interviewerIds.filter((id) => id !== u.id),
                    )
                  }
                />
                {personLabel(u)}
              </label>
            ))}
          </div>
          {errors.interviewerIds && (
            <small className="field__error" role="alert">
              {errors.interviewerIds}
            </small>
          )}
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
