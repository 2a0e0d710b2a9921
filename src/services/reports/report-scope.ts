import type { Queryable } from '../../db/database';
import { findJob, listTeamMembers } from '../../db/queries/jobs';
import type { ReportSelection } from '../../db/queries/report-scope';
import { mayReadReports } from '../../domain/permissions';
import {
  reportPeriod,
  validateReportFilter,
  type ReportFilter,
} from '../../domain/reports/report-filter';
import { seesAllJobs } from '../../domain/roles';
import type { Actor } from '../actor';
import { Forbidden, NotFound, valueOrInvalid } from '../errors';

/**
 * Which applications the actor may count, with the filter applied: HR and admins every job, a
 * hiring manager the jobs they are hiring manager of. Interviewers read no pipeline report (only
 * their own calibration). A job outside the actor's reach answers NotFound, as everywhere.
 */
export async function reportSelection(
  db: Queryable,
  actor: Actor,
  filter: ReportFilter,
  now: Date,
): Promise<ReportSelection> {
  if (!mayReadReports(actor.role)) {
    throw new Forbidden('Reports are for HR, admins and hiring managers.');
  }
  valueOrInvalid(validateReportFilter(filter, now));
  const managerId = seesAllJobs(actor.role) ? undefined : actor.id;
  if (filter.jobId) await requireReportJob(db, filter.jobId, managerId);
  return { ...reportPeriod(filter, now), ...withoutDates(filter), managerId };
}

function withoutDates({ from: _from, to: _to, ...rest }: ReportFilter) {
  return rest;
}

async function requireReportJob(
  db: Queryable,
  jobId: string,
  managerId: string | undefined,
): Promise<void> {
  const job = await findJob(db, jobId);
  if (!job) throw new NotFound('Job');
  if (managerId === undefined) return;
  const team = await listTeamMembers(db, [jobId]);
  const manages = team.some(
    (member) => member.userId === managerId && member.teamRole === 'hiring_manager',
  );
  if (!manages) throw new NotFound('Job');
}
