import type { Queryable } from '../db/database';
import { findApplication, type ApplicationRow } from '../db/queries/applications';
import { listTeamMembers, type JobRow, type TeamMemberRow } from '../db/queries/jobs';
import type { InterviewStage } from '../domain/interview';
import type { InterviewPlan } from '../domain/interview-plan';
import type { Actor } from './actor';
import { isOnPanel, requireJobAccess } from './access-policy';
import { NotFound } from './errors';
import { planOfJob } from './interview-plan-service';

/** What every interview use case needs to know about one application and the actor. */
export interface InterviewContext {
  application: ApplicationRow;
  job: JobRow;
  plan: InterviewPlan;
  /** False while the plan is still the templates' suggestion. */
  planSaved: boolean;
  team: TeamMemberRow[];
  isJobHiringManager: boolean;
  onPanel: Record<InterviewStage, boolean>;
}

/** Loads an application's interview context; outsiders to the job get NotFound. */
export async function loadInterviewContext(
  db: Queryable,
  actor: Actor,
  applicationId: string,
): Promise<InterviewContext> {
  const application = await findApplication(db, applicationId);
  if (!application) throw new NotFound('Application');
  const job = await requireJobAccess(db, actor, application.jobId).catch(() => {
    throw new NotFound('Application');
  });
  const { plan, saved } = await planOfJob(db, job);
  const team = await listTeamMembers(db, [job.id]);
  return {
    application,
    job,
    plan,
    planSaved: saved,
    team,
    isJobHiringManager: team.some((m) => m.userId === actor.id && m.teamRole === 'hiring_manager'),
    onPanel: {
      hr: isOnPanel(actor, plan.hr.interviewerIds),
      user: isOnPanel(actor, plan.user.interviewerIds),
    },
  };
}
