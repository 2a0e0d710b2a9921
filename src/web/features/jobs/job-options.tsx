import { useI18n } from '../../i18n/i18n';

/**
 * The options of a "choose a job" select: a blank first choice, then the jobs by title. The
 * candidate page (apply to a job) and the talent-pool panel (invite to a job) both offer one.
 */
export function JobOptions({ jobs }: { jobs: readonly { id: string; title: string }[] }) {
  const { t } = useI18n();
  return (
    <>
      <option value="">{t('candidate.chooseJob')}</option>
      {jobs.map((job) => (
        <option key={job.id} value={job.id}>
          {job.title}
        </option>
      ))}
    </>
  );
}
