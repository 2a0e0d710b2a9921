import { candidateSources } from '../../../domain/candidate';
import type { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { SelectField, TextField, useFieldErrors } from '../../components/form-fields';
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
    : allJobs.filter((job) =>
        job.team.some(
          (member) => member.userId === user.id && member.teamRole === 'hiring_manager',
        ),
      );
  const departments = [...new Set(jobs.map((job) => job.department))].sort();
  const staff = useApiQuery('/api/users', user.can.listStaff ? {} : null).data?.items ?? [];
  const recruiters = staff.filter(
    (member) => member.role === 'recruiter' || member.role === 'admin',
  );
  const set = (key: keyof ReportFilterValues, value: string) =>
    onChange({ ...filter, [key]: value });

  return (
    <form
      className="filters report-filters"
      role="search"
      aria-label={t('reports.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <TextField
        label={t('reports.from')}
        name="from"
        type="date"
        value={filter.from}
        onChange={(e) => set('from', e.target.value)}
        error={fieldError('from')}
      />
      <TextField
        label={t('reports.to')}
        name="to"
        type="date"
        value={filter.to}
        onChange={(e) => set('to', e.target.value)}
        error={fieldError('to')}
      />
      <SelectField
        label={t('reports.job')}
        name="jobId"
        value={filter.jobId}
        onChange={(e) => set('jobId', e.target.value)}
      >
        <option value="">{t('reports.any')}</option>
        {jobs.map((job) => (
          <option key={job.id} value={job.id}>
            {job.title}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('reports.department')}
        name="department"
        value={filter.department}
        onChange={(e) => set('department', e.target.value)}
      >
        <option value="">{t('reports.any')}</option>
        {departments.map((department) => (
          <option key={department} value={department}>
            {department}
          </option>
        ))}
      </SelectField>
      {user.can.listStaff && (
        <SelectField
          label={t('reports.recruiter')}
          name="recruiterId"
          value={filter.recruiterId}
          onChange={(e) => set('recruiterId', e.target.value)}
        >
          <option value="">{t('reports.any')}</option>
          {recruiters.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField
        label={t('reports.source')}
        name="source"
        value={filter.source}
        onChange={(e) => set('source', e.target.value)}
      >
        <option value="">{t('reports.any')}</option>
        {candidateSources.map((source) => (
          <option key={source} value={source}>
            {t(`source.${source}`)}
          </option>
        ))}
      </SelectField>
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
