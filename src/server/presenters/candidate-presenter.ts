import type { ApplicationEventRow, ApplicationRow } from '../../db/queries/applications';
import type { CandidateListRow } from '../../db/queries/candidates';
import type { JobStatus } from '../../domain/job';
import type { Stage } from '../../domain/pipeline';
import type { CandidateDetail as CandidateDetailRow } from '../../services/candidate-service';
import type { Application, ApplicationEvent } from '../routes/applications.schema';
import type { CandidateDetail, CandidateList } from '../routes/candidates.schema';

export function presentApplication(row: ApplicationRow): Application {
  return {
    id: row.id,
    candidateId: row.candidateId,
    jobId: row.jobId,
    stage: row.stage,
    hrGateCleared: row.hrGateCleared,
    testsEnabled: row.testsEnabled,
    stageEnteredAt: row.stageEnteredAt.toISOString(),
    appliedAt: row.createdAt.toISOString(),
  };
}

export function presentEvent(row: ApplicationEventRow): ApplicationEvent {
  return {
    id: row.id,
    actorName: row.actorName,
    fromStage: row.fromStage,
    toStage: row.toStage,
    rejectionReason: row.rejectionReason,
    note: row.note,
    overrodeHrGate: row.overrodeHrGate,
    at: row.createdAt.toISOString(),
  };
}

export function presentCandidateList(
  result: { rows: CandidateListRow[]; total: number },
  page: { page: number; pageSize: number },
): CandidateList {
  return {
    items: result.rows.map((row) => ({
      id: row.id,
      fullName: row.fullName,
      email: row.email,
      phone: row.phone,
      source: row.source,
      tags: row.tags,
      createdAt: row.createdAt.toISOString(),
      applications: row.applications.map((a) => ({ ...a, stage: a.stage as Stage })),
    })),
    total: result.total,
    ...page,
  };
}

export function presentCandidate(row: CandidateDetailRow): CandidateDetail {
  return {
    id: row.id,
    fullName: row.fullName,
    email: row.email,
    phone: row.phone,
    source: row.source,
    tags: row.tags,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    applications: row.applications.map((application) => ({
      ...presentApplication(application),
      jobTitle: application.jobTitle,
      jobStatus: application.jobStatus as JobStatus,
      history: application.history.map(presentEvent),
    })),
  };
}
