import type { JobRow, TeamMemberRow } from '../../db/queries/jobs';
import { stagesOfJob } from '../../domain/pipeline';
import type { JobBoard } from '../../services/jobs/job-service';
import type { Job, JobBoard as JobBoardOutput } from '../routes/jobs.schema';

export function presentJob(job: JobRow & { team: TeamMemberRow[] }): Job {
  return {
    id: job.id,
    title: job.title,
    department: job.department,
    city: job.city,
    workMode: job.workMode,
    employmentType: job.employmentType,
    description: job.description,
    requiredSkills: job.requiredSkills,
    tools: job.tools,
    testsEnabled: job.testsEnabled,
    status: job.status,
    stages: stagesOfJob(job.testsEnabled),
    team: job.team.map(({ userId, teamRole, name, title }) => ({ userId, teamRole, name, title })),
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
  };
}

export function presentJobBoard(board: JobBoard): JobBoardOutput {
  return {
    job: presentJob(board.job),
    columns: board.columns.map((column) => ({
      stage: column.stage,
      count: column.cards.length,
      cards: column.cards.map((card) => ({
        applicationId: card.id,
        candidateId: card.candidateId,
        candidateName: card.candidateName,
        tags: card.tags,
        stageEnteredAt: card.stageEnteredAt.toISOString(),
        appliedAt: card.createdAt.toISOString(),
      })),
    })),
  };
}
