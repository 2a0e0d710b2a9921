import { z } from 'zod';
import { decisionOutcomes } from '../../domain/decision';
import {
  focusAttributes,
  interviewStages,
  questionRoles,
  questionTypes,
} from '../../domain/interview';
import { ratings } from '../../domain/scorecard';
import { stageSchema } from './applications.schema';
import { idSchema, text, timestampSchema } from './common.schema';

export const interviewStageSchema = z.enum(interviewStages);
export const focusAttributeSchema = z.enum(focusAttributes);
export const ratingSchema = z.enum(ratings);
export const bilingualInput = z.object({ id: text(2000, 1), en: text(2000, 1) });
export const bilingual = z.object({ id: z.string(), en: z.string() });

/* Stage templates */
export const stageTemplateParams = z.object({ stage: interviewStageSchema });
export const stageTemplateInput = z.object({
  conductedBy: z.enum(['recruiter', 'hiring_manager']),
  purpose: bilingualInput,
  expectedStyle: bilingualInput,
  formats: z.array(z.enum(questionTypes)).min(1).max(10),
  attributes: z.array(focusAttributeSchema).max(14),
  durationMinutes: z.number().int(),
  weight: z.number().int(),
});
export const stageTemplate = stageTemplateInput.extend({
  stage: interviewStageSchema,
  purpose: bilingual,
  expectedStyle: bilingual,
});
export const stageTemplates = z.object({ hr: stageTemplate, user: stageTemplate });
export type StageTemplates = z.infer<typeof stageTemplates>;

/* Question bank */
export const questionParams = z.object({ questionId: idSchema });
export const questionInput = z.object({
  stage: interviewStageSchema,
  attribute: focusAttributeSchema,
  type: z.enum(questionTypes),
  roles: z.array(z.enum(questionRoles)).max(5).default([]),
  text: bilingualInput,
  goodAnswer: bilingualInput,
  redFlags: bilingualInput,
});
export type QuestionInput = z.input<typeof questionInput>;
export const questionListQuery = z.object({
  stage: interviewStageSchema.optional(),
  attribute: focusAttributeSchema.optional(),
  type: z.enum(questionTypes).optional(),
  role: z.enum(questionRoles).optional(),
  q: text(200).optional(),
  language: z.enum(['id', 'en']).optional(),
});
export const question = z.object({
  id: idSchema,
  builtIn: z.boolean(),
  stage: interviewStageSchema,
  attribute: focusAttributeSchema,
  type: z.enum(questionTypes),
  roles: z.array(z.enum(questionRoles)),
  text: bilingual,
  goodAnswer: bilingual,
  redFlags: bilingual,
});
export type Question = z.infer<typeof question>;
export const questionList = z.object({ items: z.array(question) });
export type QuestionList = z.infer<typeof questionList>;

/* Interview plans */
const planQuestion = z.union([
  z.object({ questionId: idSchema }).strict(),
  z.object({ text: text(1000, 1) }).strict(),
]);
const stagePlanInput = z.object({
  interviewerIds: z.array(idSchema).max(20),
  durationMinutes: z.number().int(),
  attributes: z.array(focusAttributeSchema).max(14),
  questions: z.array(planQuestion).max(40),
  brief: text(10_000).default(''),
  weight: z.number().int().min(0).max(100),
});
export const interviewPlanInput = z.object({ hr: stagePlanInput, user: stagePlanInput });
export type InterviewPlanInput = z.input<typeof interviewPlanInput>;
const stagePlan = stagePlanInput.extend({
  stage: interviewStageSchema,
  questions: z.array(z.union([z.object({ questionId: idSchema }), z.object({ text: z.string() })])),
});
export const jobInterviewPlan = z.object({
  saved: z.boolean(),
  plan: z.object({ hr: stagePlan, user: stagePlan }),
});
export type JobInterviewPlan = z.infer<typeof jobInterviewPlan>;

/* Scorecards */
export const interviewParams = z.object({ applicationId: idSchema, stage: interviewStageSchema });
export const scorecardInput = z.object({
  action: z.enum(['draft', 'submit', 'amend']),
  ratings: z
    .array(
      z.object({
        attribute: focusAttributeSchema,
        rating: ratingSchema.nullable(),
        evidence: text(2000).default(''),
      }),
    )
    .max(14),
  recommendation: ratingSchema.nullable().default(null),
  summary: text(5000).default(''),
  questionNotes: z
    .record(z.string().max(100), text(5000))
    .refine((notes) => Object.keys(notes).length <= 60, { error: 'At most 60 question notes.' })
    .default({}),
  reason: text(1000).optional(),
});
export type ScorecardInput = z.input<typeof scorecardInput>;
export const scorecard = z.object({
  id: idSchema,
  stage: interviewStageSchema,
  interviewerId: idSchema,
  interviewerName: z.string(),
  ratings: z.array(
    z.object({
      attribute: focusAttributeSchema,
      rating: ratingSchema.nullable(),
      evidence: z.string(),
    }),
  ),
  recommendation: ratingSchema.nullable(),
  summary: z.string(),
  questionNotes: z.record(z.string(), z.string()),
  submittedAt: timestampSchema.nullable(),
  updatedAt: timestampSchema,
  revisions: z.array(
    z.object({
      recommendation: ratingSchema.nullable(),
      summary: z.string(),
      ratings: z.array(
        z.object({
          attribute: focusAttributeSchema,
          rating: ratingSchema.nullable(),
          evidence: z.string(),
        }),
      ),
      reason: z.string(),
      changedByName: z.string().nullable(),
      at: timestampSchema,
    }),
  ),
});
export type Scorecard = z.infer<typeof scorecard>;
export const stageScorecards = z.object({
  stage: interviewStageSchema,
  own: scorecard.nullable(),
  others: z.array(scorecard),
  hidden: z.number().int(),
});
export type StageScorecards = z.infer<typeof stageScorecards>;

/* Decisions */
export const stageSummary = z.object({
  stage: interviewStageSchema,
  scorecards: z.number().int(),
  attributes: z.array(
    z.object({
      attribute: focusAttributeSchema,
      average: z.number().nullable(),
      ratings: z.number().int(),
    }),
  ),
  average: z.number().nullable(),
  recommendation: z.number().nullable(),
});
export type StageSummaryOutput = z.infer<typeof stageSummary>;
export const combinedScore = z.object({
  score: z.number().nullable(),
  parts: z.array(
    z.object({
      stage: interviewStageSchema,
      weight: z.number(),
      average: z.number().nullable(),
      contribution: z.number().nullable(),
    }),
  ),
});
export const decision = z.object({
  id: idSchema,
  stage: interviewStageSchema,
  outcome: z.enum(decisionOutcomes),
  rationale: z.string(),
  conflict: z.boolean(),
  againstPanel: z.boolean(),
  decidedByName: z.string().nullable(),
  at: timestampSchema,
  /** The scores the decider saw; null for readers who may not see every stage's scores. */
  scores: z.unknown().nullable(),
});
export type Decision = z.infer<typeof decision>;
export const decisionSummary = z.object({
  summaries: z.object({ hr: stageSummary.nullable(), user: stageSummary.nullable() }),
  combined: combinedScore.nullable(),
  conflict: z.boolean(),
  decisions: z.array(decision),
  mayDecide: z.object({ hr: z.boolean(), user: z.boolean() }),
});
export type DecisionSummaryOutput = z.infer<typeof decisionSummary>;
export const decisionParams = z.object({ applicationId: idSchema });
export const decisionInput = z.object({
  stage: interviewStageSchema,
  outcome: z.enum(decisionOutcomes),
  rationale: text(5000).default(''),
});
export type DecisionInput = z.input<typeof decisionInput>;

export const jobComparison = z.object({
  attributes: z.object({ hr: z.array(focusAttributeSchema), user: z.array(focusAttributeSchema) }),
  weights: z.object({ hr: z.number(), user: z.number() }),
  rows: z.array(
    z.object({
      applicationId: idSchema,
      candidateId: idSchema,
      candidateName: z.string(),
      stage: stageSchema,
      summaries: z.object({ hr: stageSummary.nullable(), user: stageSummary.nullable() }),
      combined: combinedScore.nullable(),
      conflict: z.boolean(),
      latestDecision: decision.nullable(),
    }),
  ),
});
export type JobComparison = z.infer<typeof jobComparison>;

/* The kit */
export const interviewKit = z.object({
  stage: interviewStageSchema,
  template: stageTemplate,
  plan: stagePlan,
  job: z.object({ id: idSchema, title: z.string(), department: z.string() }),
  application: z.object({ id: idSchema, stage: stageSchema }),
  candidate: z.object({
    id: idSchema,
    fullName: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    source: z.string(),
    tags: z.array(z.string()),
    notes: z.string(),
  }),
  questions: z.array(
    z.object({
      key: z.string(),
      source: z.enum(['bank', 'job']),
      text: bilingual,
      attribute: focusAttributeSchema.nullable(),
      type: z.enum(questionTypes).nullable(),
      goodAnswer: bilingual.nullable(),
      redFlags: bilingual.nullable(),
    }),
  ),
  hrAdvisory: z
    .object({ summary: stageSummary, scorecards: z.array(scorecard), decisions: z.array(decision) })
    .nullable(),
  canScore: z.boolean(),
  ownScorecard: scorecard.nullable(),
});
export type InterviewKit = z.infer<typeof interviewKit>;
