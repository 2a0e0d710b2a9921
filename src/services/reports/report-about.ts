import type { Queryable } from '../../db/database';
import { findJob } from '../../db/queries/jobs';
import { findUserById } from '../../db/queries/users';
import type { ReportAbout } from '../../domain/reports/report-about';
import { reportDays, type ReportName } from '../../domain/reports/report-filter';
import { seesAllJobs } from '../../domain/roles';
import { jakartaDate } from '../../domain/today';
import type { Actor } from '../actor';
import type { ReportQuery } from './report-registry';

/**
 * The filter of an export in names. Call it after the report was read: reading checks the
 * actor's reach (a job outside it answers NotFound), so the job's title is theirs to see. An
 * interviewer's own calibration does not check the job, and a hiring manager has no recruiter
 * filter, so for them the id stays as they typed it rather than a name they may not read.
 */
export async function describeReport(
  db: Queryable,
  actor: Actor,
  report: ReportName,
  query: ReportQuery,
  now: Date,
): Promise<ReportAbout> {
  const readsJobs = seesAllJobs(actor.role) || actor.role === 'hiring_manager';
  const job = query.jobId && readsJobs ? await findJob(db, query.jobId) : undefined;
  const recruiter =
    query.recruiterId && seesAllJobs(actor.role)
      ? await findUserById(db, query.recruiterId)
      : undefined;
  return {
    report,
    days: reportDays(query, now),
    defaultPeriod: !query.from && !query.to,
    job: job?.title ?? query.jobId,
    department: query.department,
    recruiter: recruiter?.name ?? query.recruiterId,
    source: query.source,
    by: query.by,
    exportedOn: jakartaDate(now),
  };
}
