import type { MailSettings } from '../../config';
import type { Database, Queryable } from '../../db/database';
import { countBoardColumns } from '../../db/queries/board';
import {
  insertJob,
  listJobSummaries,
  listTeamMembers,
  lockJob,
  replaceTeam,
  updateJob as writeJob,
  updateJobStatus,
  type JobFields,
  type JobRow,
  type JobSummaryRow,
  type TeamMemberRow,
} from '../../db/queries/jobs';
import { findActiveUsersByIds } from '../../db/queries/users';
import {
  canHoldTeamPlace,
  composeHiringTeam,
  type HiringTeamInput,
  type TeamMember,
} from '../../domain/hiring-team';
import { distinctTerms, type JobStatus } from '../../domain/job';
import { readSalaryBand, type SalaryBand, type TypedAmount } from '../../domain/salary';
import type { Actor } from '../actor';
import { requireHr, requireJobAccess, teamScope } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { Conflict, Invalid } from '../errors';
import { refuseStaleEdit } from '../stale-edit';
import { tellNewlyAssigned } from './team-assignment-notice';

type SalaryFields = 'province' | 'salaryMin' | 'salaryMax' | 'salaryShownOnCareers';

/**
 * A job as HR writes it; pay left out means none (no province, no band, nothing shown). The
 * band's ends may come as typed (`8,5 juta`), read with the band's rules.
 */
export interface JobInput
  extends
    Omit<JobFields, SalaryFields | 'salaryMin' | 'salaryMax'>,
    Partial<Pick<JobFields, Exclude<SalaryFields, 'salaryMin' | 'salaryMax'>>> {
  salaryMin?: TypedAmount | undefined;
  salaryMax?: TypedAmount | undefined;
  team: HiringTeamInput;
}

export interface JobWithTeam extends JobRow {
  team: TeamMemberRow[];
}

/** The jobs the actor may see, as the jobs list shows them (see listJobSummaries). */
export async function listJobs(
  db: Database,
  actor: Actor,
  filter: { status?: JobStatus | undefined },
): Promise<JobSummaryRow[]> {
  return listJobSummaries(db, {
    readerId: actor.id,
    memberId: teamScope(actor),
    status: filter.status,
  });
}

export async function getJob(db: Database, actor: Actor, jobId: string): Promise<JobWithTeam> {
  const job = await requireJobAccess(db, actor, jobId);
  return { ...job, team: await listTeamMembers(db, [jobId]) };
}

/**
 * Creates a job in draft with its hiring team. With `mail`, the recruiter and hiring manager it
 * names (other than the actor) are told the job is theirs (tellNewlyAssigned); scripts pass none.
 */
export async function createJob(
  db: Database,
  actor: Actor,
  input: JobInput,
  mail?: MailSettings,
): Promise<JobWithTeam> {
  requireHr(actor);
  const band = checkSalaryBand(input);
  const id = await db.transaction(async (tx) => {
    const members = await checkedTeam(tx, input.team);
    const jobId = await insertJob(tx, {
      ...cleanFields(input, band),
      status: 'draft',
      createdBy: actor.id,
    });
    await replaceTeam(tx, jobId, members);
    if (mail) {
      const job = { id: jobId, title: input.title.trim() };
      await tellNewlyAssigned(tx, mail, actor, job, { before: [], after: members });
    }
    // The hiring team decides who reads the job's candidates: its members go into the log.
    await recordAudit(tx, {
      actor,
      action: 'job.created',
      entityId: jobId,
      detail: teamDetail(members),
    });
    return jobId;
  });
  return getJob(db, actor, id);
}

export async function updateJob(
  db: Database,
  actor: Actor,
  jobId: string,
  input: JobInput & { expectedUpdatedAt?: string | undefined },
  mail?: MailSettings,
): Promise<JobWithTeam> {
  requireHr(actor);
  await db.transaction(async (tx) => {
    await requireJobAccess(tx, actor, jobId);
    const updatedAt = await lockJob(tx, jobId);
    if (updatedAt) {
      await refuseStaleEdit(tx, {
        path: 'expectedUpdatedAt',
        expected: input.expectedUpdatedAt,
        current: updatedAt,
        entityId: jobId,
        actions: ['job.updated', 'job.status_changed'],
      });
    }
    const band = checkSalaryBand(input);
    const members = await checkedTeam(tx, input.team);
    if (!input.testsEnabled) await refuseDisablingTestsInUse(tx, jobId);
    const before = await listTeamMembers(tx, [jobId]);
    await writeJob(tx, jobId, cleanFields(input, band));
    await replaceTeam(tx, jobId, members);
    if (mail) {
      const job = { id: jobId, title: input.title.trim() };
      await tellNewlyAssigned(tx, mail, actor, job, { before, after: members });
    }
    await recordAudit(tx, {
      actor,
      action: 'job.updated',
      entityId: jobId,
      detail: teamDetail(members),
    });
  });
  return getJob(db, actor, jobId);
}

/** Open publishes the job for applications; close stops new ones. */
export async function setJobStatus(
  db: Database,
  actor: Actor,
  jobId: string,
  status: 'open' | 'closed',
): Promise<JobWithTeam> {
  requireHr(actor);
  await db.transaction(async (tx) => {
    const job = await requireJobAccess(tx, actor, jobId);
    if (job.status === status) return;
    if (status === 'open') await refuseTeamPlacesRolesCannotHold(tx, jobId);
    await updateJobStatus(tx, jobId, status);
    await recordAudit(tx, {
      actor,
      action: 'job.status_changed',
      entityId: jobId,
      detail: { from: job.status, to: status },
    });
  });
  return getJob(db, actor, jobId);
}

function cleanFields(input: JobInput, band: SalaryBand): JobFields {
  return {
    title: input.title.trim(),
    department: input.department.trim(),
    city: input.city.trim(),
    workMode: input.workMode,
    employmentType: input.employmentType,
    description: input.description.trim(),
    requiredSkills: distinctTerms(input.requiredSkills),
    tools: distinctTerms(input.tools),
    testsEnabled: input.testsEnabled,
    province: input.province ?? null,
    salaryMin: band.min,
    salaryMax: band.max,
    salaryShownOnCareers: band.shownOnCareers,
  };
}

/** The band's ends and the careers-page choice checked together (field errors, nothing saved). */
function checkSalaryBand(input: JobInput): SalaryBand {
  const band = readSalaryBand({
    min: input.salaryMin ?? null,
    max: input.salaryMax ?? null,
    shownOnCareers: input.salaryShownOnCareers ?? false,
  });
  if (!band.ok) throw new Invalid(band.problems);
  return band.value;
}

async function checkedTeam(db: Queryable, team: HiringTeamInput) {
  const ids = [team.recruiterId, team.hiringManagerId, ...team.interviewerIds];
  // Locked (shared) so an admin cannot change one of these roles before the team is saved.
  const users = await findActiveUsersByIds(db, ids, { forShare: true });
  const { members, problems } = composeHiringTeam(
    team,
    new Map(users.map((user) => [user.id, user])),
  );
  if (problems.length) throw new Invalid(problems);
  return members;
}

/** The team as user ids per place: who may read the job's candidates from now on. */
function teamDetail(members: readonly TeamMember[]) {
  const of = (role: TeamMember['teamRole']) =>
    members.filter((m) => m.teamRole === role).map((m) => m.userId);
  return {
    recruiter: of('recruiter'),
    hiringManager: of('hiring_manager'),
    interviewers: of('interviewer'),
  };
}

/**
 * Roles may change while a job is closed (its places do not block a role change), so opening a
 * job checks its team again: a former hiring manager must not get a hiring manager's rights in
 * a reopened job. HR chooses someone else in the job first.
 */
async function refuseTeamPlacesRolesCannotHold(db: Queryable, jobId: string): Promise<void> {
  const team = await listTeamMembers(db, [jobId]);
  const roles = new Map(
    (
      await findActiveUsersByIds(db, [...new Set(team.map((m) => m.userId))], { forShare: true })
    ).map((user) => [user.id, user.role]),
  );
  const misplaced = team.filter((member) => {
    const role = roles.get(member.userId);
    return role !== undefined && !canHoldTeamPlace(role, member.teamRole);
  });
  if (misplaced.length) {
    throw new Conflict(
      [
        {
          path: 'team',
          code: 'team_place_wrong_role',
          message: 'Someone in the team no longer has a role for their place; edit the team first.',
          params: {
            places: misplaced.map(({ userId, name, teamRole }) => ({ userId, name, teamRole })),
          },
        },
      ],
      'Someone in the team no longer has a role for their place.',
    );
  }
}

async function refuseDisablingTestsInUse(db: Queryable, jobId: string): Promise<void> {
  const inTests = (await countBoardColumns(db, jobId, undefined)).get('tests') ?? 0;
  if (inTests > 0) {
    throw new Conflict(
      [
        {
          path: 'testsEnabled',
          code: 'tests_in_use',
          message: 'Move the applications out of the tests stage first.',
        },
      ],
      'Applications are still in the tests stage.',
    );
  }
}
