import type { I18n } from '../../i18n/i18n';

/** One record of a look-alike pair: which jobs it applied to and when, and when it was made. */
export interface DuplicateRecord {
  applications: readonly { jobTitle: string; appliedAt: string }[];
  createdAt: string;
}

/**
 * Look-alike records carry the same name, e-mail and phone; what tells them apart for HR is what
 * each holds: "Backend Developer (applied 6 Dec 2026) · record created 6 Dec 2026 14.05 WIB".
 */
export function describeRecord(
  i18n: Pick<I18n, 't' | 'date' | 'dateTime'>,
  record: DuplicateRecord,
): string {
  const { t, date, dateTime } = i18n;
  const jobs = record.applications.length
    ? record.applications
        .map((a) => t('duplicates.applied', { job: a.jobTitle, date: date(a.appliedAt) }))
        .join(', ')
    : t('duplicates.noApplications');
  return `${jobs} · ${t('duplicates.created', { when: dateTime(record.createdAt) })}`;
}
