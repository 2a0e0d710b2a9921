import type { JobFields, JobRow, TeamMemberRow } from '../../db/queries/jobs';
import { jobAbilities } from '../../domain/permissions';
import { stagesOfJob } from '../../domain/pipeline';
import type { Actor } from '../../services/actor';
import { standingIn } from '../../services/access-policy';
import type { Job } from '../routes/jobs.schema';

/**
 * What a job's posting says about the work, the same to staff and on the careers page. Named
 * field by field, so that nothing else of the row reaches the public by accident.
 */
export function postingOf(job: JobFields) {
  return {
    title: job.title,
    department: job.department,
    city: job.city,
    workMode: job.workMode,
    employmentType: job.employmentType,
    description: job.description,
    requiredSkills: job.requiredSkills,
    tools: job.tools,
    testsEnabled: job.testsEnabled,
  };
}

export function presentJob(job: JobRow & { team: TeamMemberRow[] }, actor: Actor): Job {
  const can = jobAbilities(standingIn(actor, job.team));
  // Interviewers assess the person, not the price: the band is withheld unless it is public.
  const band = can.readSalaryExpectations || job.salaryShownOnCareers;
  return {
    id: job.id,
    ...postingOf(job),
    province: job.province,
    salaryMin: band ? job.salaryMin : null,
    salaryMax: band ? job.salaryMax : null,
    salaryShownOnCareers: job.salaryShownOnCareers,
    status: job.status,
    stages: stagesOfJob(job.testsEnabled),
    team: job.team.map(({ userId, teamRole, name, title }) => ({ userId, teamRole, name, title })),
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
    can,
  };
}
