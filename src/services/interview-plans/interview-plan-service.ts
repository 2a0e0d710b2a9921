import type { Database, Queryable } from '../../db/database';
import {
  findInterviewPlan,
  findInterviewPlanUpdatedAt,
  listPlanPanels,
  lockInterviewPlan,
  saveInterviewPlan,
} from '../../db/queries/interview-plans';
import { listTeamMembers, type JobRow, type TeamMemberRow } from '../../db/queries/jobs';
import { findQuestions, listQuestions } from '../../db/queries/questions';
import { listScorersOfJob } from '../../db/queries/scorecards';
import type { InterviewStage } from '../../domain/interview';
import {
  checkInterviewPlan,
  panelsFromTeam,
  planFromTemplates,
  sameStagePlan,
  type InterviewPlan,
  type PlanTeam,
} from '../../domain/interview-plan';
import {
  questionRolesForJob,
  suggestQuestions,
} from '../../domain/question-bank/suggest-questions';
import type { Actor } from '../actor';
import { requireJobAccess, standingIn } from '../access-policy';
import { mayEditPlan } from '../../domain/permissions';
import { EditedElsewhere, Forbidden, Invalid } from '../errors';
import { getStageTemplates } from './stage-template-service';
import { recordAudit } from '../audit-log/audit-service';
import { findLastAuditEntry } from '../../db/queries/audit-log';

export interface JobInterviewPlan {
  plan: InterviewPlan;
  /** False until someone saves it: until then it is the templates' suggestion. */
  saved: boolean;
  /** When it was last saved (null: never); an edit form sends it back to detect a later save. */
  updatedAt: Date | null;
}

export async function getInterviewPlan(
  db: Database,
  actor: Actor,
  jobId: string,
): Promise<JobInterviewPlan> {
  const job = await requireJobAccess(db, actor, jobId);
  return planOfJob(db, job);
}

/** The saved plan, or one built from the stage templates and the job's hiring team. */
export async function planOfJob(db: Queryable, job: JobRow): Promise<JobInterviewPlan> {
  const saved = await findInterviewPlan(db, job.id);
  if (saved) {
    const { updatedAt, ...plan } = saved;
    return { plan, saved: true, updatedAt };
  }
  const templates = await getStageTemplates(db);
  const team = await listTeamMembers(db, [job.id]);
  const bank = await listQuestions(db, {});
  const roles = questionRolesForJob(job);
  const suggest = (stage: InterviewStage) =>
    suggestQuestions(bank, stage, templates[stage].attributes, roles, stage === 'hr' ? 6 : 8);
  const plan = planFromTemplates(templates, planTeamOf(team), {
    hr: suggest('hr'),
    user: suggest('user'),
  });
  return { plan, saved: false, updatedAt: null };
}

/** The roles a plan built from the templates seats, from one job's hiring team. */
function planTeamOf(team: readonly TeamMemberRow[]): PlanTeam {
  const memberOf = (role: string) => team.find((member) => member.teamRole === role)?.userId;
  return {
    recruiterId: memberOf('recruiter'),
    hiringManagerId: memberOf('hiring_manager'),
    interviewerIds: team.filter((m) => m.teamRole === 'interviewer').map((m) => m.userId),
  };
}

/**
 * The plan's panels of several jobs at once (My interviews), the same panels planOfJob gives:
 * the saved plan's, or the template plan's from the job's team (`team` holds every job's members).
 */
export async function planPanelsOfJobs(
  db: Queryable,
  jobIds: readonly string[],
  team: readonly TeamMemberRow[],
): Promise<Map<string, Record<InterviewStage, string[]>>> {
  const saved = await listPlanPanels(db, jobIds);
  const panels = new Map<string, Record<InterviewStage, string[]>>();
  for (const jobId of jobIds) {
    const hr = saved.find((row) => row.jobId === jobId && row.stage === 'hr');
    const user = saved.find((row) => row.jobId === jobId && row.stage === 'user');
    const fromTeam = () => panelsFromTeam(planTeamOf(team.filter((m) => m.jobId === jobId)));
    panels.set(
      jobId,
      hr && user ? { hr: hr.interviewerIds, user: user.interviewerIds } : fromTeam(),
    );
  }
  return panels;
}

/** HR and the job's hiring manager shape the plan; the server checks it against the team and the bank. */
export async function updateInterviewPlan(
  db: Database,
  actor: Actor,
  jobId: string,
  plan: InterviewPlan,
  /** The plan's updatedAt as the form was opened (null: not saved then); undefined: unchecked. */
  expectedUpdatedAt?: string | null,
): Promise<JobInterviewPlan> {
  await db.transaction(async (tx) => {
    const job = await requireJobAccess(tx, actor, jobId);
    await lockInterviewPlan(tx, job.id);
    await refuseStalePlan(tx, job.id, expectedUpdatedAt);
    const team = await listTeamMembers(tx, [job.id]);
    const current = (await planOfJob(tx, job)).plan;
    const mayEdit = mayEditPlan(standingIn(actor, team));
    if (!mayEdit.hr) {
      if (!mayEdit.user) {
        throw new Forbidden("Only HR and the job's hiring manager can change its interview plan.");
      }
      // The HR interview is HR's: the hiring manager shapes the user interview only.
      if (!sameStagePlan(plan.hr, current.hr)) {
        throw new Forbidden('Only HR changes the HR interview plan.');
      }
    }
    const questionIds = [plan.hr, plan.user].flatMap((stage) =>
      stage.questions.flatMap((q) => ('questionId' in q ? [q.questionId] : [])),
    );
    const known = await findQuestions(tx, questionIds);
    const problems = checkInterviewPlan(plan, {
      teamMemberIds: new Set(team.map((m) => m.userId)),
      knownQuestionIds: new Set(known.map((q) => q.id)),
    });
    // Once a stage has scorecards, nobody leaves its panel: leaving would open the others' scorecards
    // to someone who has not submitted their own (blind scoring).
    const scoredStages = new Set((await listScorersOfJob(tx, jobId)).map((scorer) => scorer.stage));
    for (const stage of scoredStages) {
      const removed = current[stage].interviewerIds.filter(
        (id) => !plan[stage].interviewerIds.includes(id),
      );
      if (removed.length) {
        problems.push({
          path: `${stage}.interviewerIds`,
          code: 'panel_locked',
          message:
            'This interview already has scorecards: interviewers can join its panel but not leave it.',
        });
      }
    }
    if (problems.length) throw new Invalid(problems);
    await saveInterviewPlan(tx, jobId, plan);
    await recordAudit(tx, { actor, action: 'job.interview_plan_saved', entityId: jobId });
  });
  return getInterviewPlan(db, actor, jobId);
}

/**
 * Two people editing one plan: a save from a form opened before another save (or before the
 * first scorecard fixed the templates' plan) would silently replace it, so it is refused.
 */
async function refuseStalePlan(
  tx: Queryable,
  jobId: string,
  expected: string | null | undefined,
): Promise<void> {
  // A plan never saved has nothing to overwrite (opened as saved and now unsaved cannot happen).
  if (expected === undefined) return;
  const current = await findInterviewPlanUpdatedAt(tx, jobId);
  if (current === null) return;
  if (expected !== null && new Date(expected).getTime() === current.getTime()) return;
  // Saved since the form opened on the templates' suggestion (by someone, or by a first scorecard).
  const last = await findLastAuditEntry(tx, jobId, ['job.interview_plan_saved']);
  // Named only when that save is the latest (a first scorecard fixes the plan unaudited).
  const byName = last && last.at >= current ? last.actorName : null;
  throw new EditedElsewhere('expectedUpdatedAt', { byName, at: current });
}
