import type { Database } from '../../db/database';
import { listInterviewsOfApplications } from '../../db/queries/interviews';
import type { InterviewStage } from '../../domain/interview';
import { mayMoveCandidates } from '../../domain/permissions';
import type { Stage } from '../../domain/pipeline';
import { settleInterviewsOnMove, type Settlement } from '../../domain/scheduling/stage-left';
import type { Actor } from '../actor';
import { requireJobAccess } from '../access-policy';
import { Forbidden } from '../errors';

export interface InterviewCalledOff {
  interviewId: string;
  applicationId: string;
  stage: InterviewStage;
  startsAt: Date;
  timeZone: string;
  settlement: Exclude<Settlement, 'completed'>;
}

/**
 * The booked interviews a move of these applications to `toStage` would call off, settled by the
 * rule the move itself applies (settleInterviewsOnMove), soonest first: HR sees before confirming
 * a bulk move or rejection whose interviews end and that the candidates and panels are told.
 * Nothing changes. Applications not of this job have no interviews here (the move refuses them).
 */
export async function previewInterviewsCalledOff(
  db: Database,
  actor: Actor,
  jobId: string,
  applicationIds: readonly string[],
  toStage: Stage,
): Promise<InterviewCalledOff[]> {
  await requireJobAccess(db, actor, jobId);
  if (!mayMoveCandidates(actor.role)) throw new Forbidden('Interviewers cannot move applications.');
  const interviews = (await listInterviewsOfApplications(db, [...new Set(applicationIds)])).filter(
    (interview) => interview.jobId === jobId,
  );
  const byId = new Map(interviews.map((interview) => [interview.id, interview]));
  return settleInterviewsOnMove(toStage, interviews, new Date())
    .flatMap(({ interviewId, settlement }) => {
      if (settlement === 'completed') return [];
      const { applicationId, stage, startsAt, timeZone } = byId.get(interviewId)!;
      return [{ interviewId, applicationId, stage, startsAt, timeZone, settlement }];
    })
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
