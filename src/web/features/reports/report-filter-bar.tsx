import { canHoldTeamPlace } from '../../../domain/hiring-team';
import { candidateSources } from '../../../domain/candidate';
import type { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { fieldBinder } from '../../components/draft';
import { ChoiceField, TextField, useFieldErrors } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';
import { noReportFilter, type ReportFilterValues } from './report-filter';

/**
 * Dates, job, department, recruiter and source. The jobs offered are the ones the reader's reports
 * cover: every job for HR, the jobs they hire for otherwise (the server enforces the same).
 */
export function ReportFilterBar({
  filter,
  onChange,
  error,
}: {
  filter: ReportFilterValues;
  onChange(filter: ReportFilterValues): void;
  error: ApiError | null;
}) {
  const { t } = useI18n();
  const { user } = useSession();
  const fieldError = useFieldErrors(error);
  const allJobs = useApiQuery('/api/jobs', {}).data?.items ?? [];
  const jobs = user.can.listStaff
    ? allJobs
    : allJobs.filter((job) => job.hiringManagers.some((manager) => manager.userId === user.id));
  const departments = [...new Set(jobs.map((job) => job.department))].sort();
  const staff = useApiQuery('/api/users', user.can.listStaff ? {} : null).data?.items ?? [];
  // Who may hold a job's recruiter place: the same rule the server checks a team against.
  const recruiters = staff.filter((member) => canHoldTeamPlace(member.role, 'recruiter'));
  const set = (key: keyof ReportFilterValues, value: string) =>
    onChange({ ...filter, [key]: value });
  const bind = fieldBinder(filter, set, fieldError);

  return (
    <form
      className="filters report-filters"
      role="search"
      aria-label={t('reports.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <TextField label={t('reports.from')} type="date" {...bind('from')} />
      <TextField label={t('reports.to')} type="date" {...bind('to')} />
      <ChoiceField
        label={t('reports.job')}
        {...bind('jobId')}
        placeholder={t('reports.any')}
        choices={jobs.map((job) => ({ value: job.id, label: job.title }))}
      />
      <ChoiceField
        label={t('reports.department')}
        {...bind('department')}
        placeholder={t('reports.any')}
        choices={departments.map((department) => ({ value: department, label: department }))}
      />
      {user.can.listStaff && (
        <ChoiceField
          label={t('reports.recruiter')}
          {...bind('recruiterId')}
          placeholder={t('reports.any')}
          choices={recruiters.map((member) => ({ value: member.id, label: member.name }))}
        />
      )}
      <ChoiceField
        label={t('reports.source')}
        {...bind('source')}
        placeholder={t('reports.any')}
        choices={candidateSources.map((source) => ({
          value: source,
          label: t(`source.${source}`),
        }))}
      />
      <button
        type="button"
        className="button button--quiet"
        onClick={() => onChange(noReportFilter)}
      >
        {t('reports.reset')}
      </button>
    </form>
  );
}
