import type { CohortScope } from '../../db/queries/report-cohort';
import {
  reportPeriod,
  validateReportFilter,
  type ReportFilter,
} from '../../domain/reports/report-filter';
import { seesAllJobs } from '../../domain/roles';
import type { Actor } from '../actor';
import { Forbidden, valueOrInvalid } from '../errors';

/**
 * The applications a reader's report covers: HR (recruiters and admins) every job, a hiring
 * manager the jobs they manage. Interviewers read only their own calibration (see
 * interviewer-calibration.ts), no other report.
 */
export function cohortScopeOf(actor: Actor, filter: ReportFilter, now: Date): CohortScope {
  const valid = valueOrInvalid(validateReportFilter(filter, now));
  return {
    ...reportPeriod(valid, now),
    jobId: valid.jobId,
    department: valid.department,
    recruiterId: valid.recruiterId,
    source: valid.source,
    managerId: seesAllJobs(actor.role) ? undefined : actor.id,
  };
}

/** The job-wide reports (agreement, offers) are HR's and the hiring managers'. */
export function requireJobReportReader(actor: Actor): void {
  if (actor.role === 'interviewer') {
    throw new Forbidden(
      'Reports are for HR and hiring managers; interviewers see their own calibration.',
    );
  }
}
