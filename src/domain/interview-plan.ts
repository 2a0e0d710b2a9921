import type { FocusAttribute, InterviewStage } from './interview';
import type { FieldProblem } from './result';
import { checkStageShape, checkStageWeight, type StageTemplate } from './stage-template';

/** A question in a job's plan: from the bank, or written for this job. */
export type PlanQuestion = { questionId: string } | { text: string };

/** Where a kit's question comes from: the question bank, or written for this job. */
export const kitQuestionSources = ['bank', 'job'] as const;
export type KitQuestionSource = (typeof kitQuestionSources)[number];

export interface StagePlan {
  stage: InterviewStage;
  interviewerIds: string[];
  durationMinutes: number;
  attributes: FocusAttribute[];
  questions: PlanQuestion[];
  /** An optional case study or work-simulation brief, shown in the kit. */
  brief: string;
  weight: number;
}

export type InterviewPlan = Record<InterviewStage, StagePlan>;

export interface PlanTeam {
  recruiterId: string | undefined;
  hiringManagerId: string | undefined;
  interviewerIds: string[];
}

/**
 * A job's first plan, straight from the templates: HR runs the HR interview; the user and the
 * team's interviewers form the user interview panel.
 */
export function planFromTemplates(
  templates: Record<InterviewStage, StageTemplate>,
  team: PlanTeam,
  suggestedQuestions: Record<InterviewStage, string[]>,
): InterviewPlan {
  const stagePlan = (stage: InterviewStage, interviewerIds: string[]): StagePlan => ({
    stage,
    interviewerIds,
    durationMinutes: templates[stage].durationMinutes,
    attributes: [...templates[stage].attributes],
    questions: suggestedQuestions[stage].map((questionId) => ({ questionId })),
    brief: '',
    weight: templates[stage].weight,
  });
  const panels = panelsFromTeam(team);
  return { hr: stagePlan('hr', panels.hr), user: stagePlan('user', panels.user) };
}

/**
 * Who a plan built from the templates seats (planFromTemplates): the recruiter at the HR
 * interview, the hiring manager and the team's interviewers at the user interview.
 */
export function panelsFromTeam(team: PlanTeam): Record<InterviewStage, string[]> {
  const panel = (ids: (string | undefined)[]) => [
    ...new Set(ids.filter((id): id is string => Boolean(id))),
  ];
  return {
    hr: panel([team.recruiterId]),
    user: panel([team.hiringManagerId, ...team.interviewerIds]),
  };
}

/** Checks a plan against the job's hiring team and the question bank. */
export function checkInterviewPlan(
  plan: InterviewPlan,
  context: { teamMemberIds: ReadonlySet<string>; knownQuestionIds: ReadonlySet<string> },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const stage of ['hr', 'user'] as const) {
    const stagePlan = plan[stage];
    const prefix = `${stage}.`;
    problems.push(...checkStageShape(stagePlan, prefix));
    if (stagePlan.interviewerIds.length === 0) {
      problems.push({
        path: `${prefix}interviewerIds`,
        code: 'required',
        message: 'Choose at least one interviewer.',
      });
    }
    stagePlan.interviewerIds.forEach((id, index) => {
      if (!context.teamMemberIds.has(id)) {
        problems.push({
          path: `${prefix}interviewerIds.${index}`,
          code: 'not_on_team',
          message: "Interviewers must be on the job's hiring team.",
        });
      }
    });
    stagePlan.questions.forEach((question, index) => {
      if ('questionId' in question && !context.knownQuestionIds.has(question.questionId)) {
        problems.push({
          path: `${prefix}questions.${index}.questionId`,
          code: 'unknown_question',
          message: 'No question with this id in the bank.',
        });
      }
    });
    problems.push(...repeatedQuestions(stagePlan.questions, `${prefix}questions`));
  }
  // The user's weight follows HR's: HR's out of range is named on HR's field only.
  const hrWeight = checkStageWeight(plan.hr.weight, 'hr.weight');
  if (hrWeight.length) {
    problems.push(...hrWeight);
  } else if (plan.hr.weight + plan.user.weight !== 100) {
    problems.push({
      path: 'user.weight',
      code: 'weights_sum',
      message: 'The HR and user weights must add up to 100.',
    });
  }
  return problems;
}

/**
 * A question asked twice at one stage: the same bank question, or the same written text however
 * it is spaced or capitalised. The panel would ask it twice and the kit would show it twice.
 * The later one is named, so the reader sees which line to remove.
 */
function repeatedQuestions(questions: PlanQuestion[], prefix: string): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  questions.forEach((question, index) => {
    const key =
      'questionId' in question
        ? `bank:${question.questionId}`
        : `text:${question.text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id')}`;
    if (seen.has(key)) {
      problems.push({
        path: `${prefix}.${index}.${'questionId' in question ? 'questionId' : 'text'}`,
        code: 'duplicate_question',
        message: 'This question is already in the plan for this stage.',
      });
    }
    seen.add(key);
  });
  return problems;
}

/** Whether two versions of a stage's plan say the same thing (field order does not matter). */
export function sameStagePlan(a: StagePlan, b: StagePlan): boolean {
  const canonical = (plan: StagePlan) =>
    JSON.stringify([
      plan.stage,
      plan.interviewerIds,
      plan.durationMinutes,
      plan.attributes,
      plan.questions.map((q) =>
        'questionId' in q ? { questionId: q.questionId } : { text: q.text },
      ),
      plan.brief,
      plan.weight,
    ]);
  return canonical(a) === canonical(b);
}
