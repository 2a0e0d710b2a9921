import type { Queryable } from '../../db/database';
import { findApplication, type ApplicationRow } from '../../db/queries/applications';
import { listInterviewsOfApplications, type InterviewRow } from '../../db/queries/interviews';
import { listTeamMembers, type JobRow, type TeamMemberRow } from '../../db/queries/jobs';
import { listScorecards, type ScorecardRow } from '../../db/queries/scorecards';
import type { InterviewStage } from '../../domain/interview';
import type { InterviewPlan } from '../../domain/interview-plan';
import type { Actor } from '../actor';
import { isHiringManagerOf, requireJobAccess, sitsOnPanel } from '../access-policy';
import { NotFound, whenNotFound } from '../errors';
import { planOfJob } from '../interview-plans/interview-plan-service';

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
  /** The application's scorecards and interviews, read once for the panel and kept for callers. */
  cards: ScorecardRow[];
  interviews: InterviewRow[];
}

/** Loads an application's interview context; outsiders to the job get NotFound. */
export async function loadInterviewContext(
  db: Queryable,
  actor: Actor,
  applicationId: string,
): Promise<InterviewContext> {
  const application = await findApplication(db, applicationId);
  if (!application) throw new NotFound('Application');
  const job = await requireJobAccess(db, actor, application.jobId).catch(
    whenNotFound(() => new NotFound('Application')),
  );
  const { plan, saved } = await planOfJob(db, job);
  const team = await listTeamMembers(db, [job.id]);
  const cards = await listScorecards(db, [application.id]);
  const interviews = await listInterviewsOfApplications(db, [application.id]);
  const isJobHiringManager = isHiringManagerOf(actor, team);
  const onPanel = (stage: InterviewStage) =>
    sitsOnPanel(
      actor,
      stage,
      { planPanel: plan[stage].interviewerIds, interviews, cards },
      isJobHiringManager,
    );
  return {
    application,
    job,
    plan,
    planSaved: saved,
    team,
    isJobHiringManager,
    onPanel: {
      hr: onPanel('hr'),
      user: onPanel('user'),
    },
    cards,
    interviews,
  };
}
