/** The two interviews of the Indonesian process, and the vocabulary their plans and scorecards share. */
export const interviewStages = ['hr', 'user'] as const;
export type InterviewStage = (typeof interviewStages)[number];

/** What each interview looks at. HR: character and fit; user: the ability to do this job. */
export const stageFocusAttributes = {
  hr: [
    'attitude',
    'communication',
    'motivation',
    'culture_fit',
    'discipline',
    'adaptability',
    'emotional_stability',
    'professionalism',
  ],
  user: [
    'technical_skill',
    'problem_analysis',
    'relevant_experience',
    'tool_mastery',
    'speed_of_work',
    'team_workflow_fit',
  ],
} as const;
export const focusAttributes = [...stageFocusAttributes.hr, ...stageFocusAttributes.user] as const;
export type FocusAttribute = (typeof focusAttributes)[number];

export const questionTypes = [
  'behavioural',
  'situational',
  'cv_clarification',
  'motivation',
  'technical',
  'case_study',
  'work_simulation',
  'open',
  'product_insight',
] as const;
export type QuestionType = (typeof questionTypes)[number];

/** Roles the demo company hires for; questions may be tagged with them (none = any role). */
export const questionRoles = [
  'content_writer',
  'backend_developer',
  'customer_service',
  'data_analyst',
  'qa_engineer',
] as const;
export type QuestionRole = (typeof questionRoles)[number];

export interface Bilingual {
  id: string;
  en: string;
}

/**
 * Whether an application has reached an interview, so it may be scored: the HR interview once it
 * left CV screening, the user interview once the HR gate is behind it.
 */
export function interviewReached(
  stage: InterviewStage,
  application: { stage: string; hrGateCleared: boolean },
): boolean {
  if (stage === 'hr') return !['applied', 'cv_screening'].includes(application.stage);
  return (
    application.hrGateCleared &&
    !['applied', 'cv_screening', 'hr_interview', 'tests'].includes(application.stage)
  );
}

/** The pipeline stages after each interview's: an application there has moved on past it. */
export const stagesAfterInterview: Record<InterviewStage, readonly string[]> = {
  hr: ['tests', 'user_interview', 'offer', 'hired'],
  user: ['offer', 'hired'],
};

/**
 * Whether the interview's stage is decided by a move on: the application is now past it (HR's
 * pass or skip of the HR interview, the manager's yes to the user interview). A rejection ends the
 * application instead (applicationEnded).
 */
export function movedOnFrom(stage: InterviewStage, applicationStage: string): boolean {
  return stagesAfterInterview[stage].includes(applicationStage);
}
