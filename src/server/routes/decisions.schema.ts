import { z } from 'zod';
import { hiddenScoreReasons } from '../../domain/decision';
import { decisionAbilities } from './abilities.schema';
import { decisionOutcomes } from '../../domain/decision';
import { stageSchema } from './applications.schema';
import { idSchema, text, timestampSchema } from './common.schema';
import { focusAttributeSchema, interviewStageSchema } from './interviews.schema';

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
  exactAverage: z
    .number()
    .nullable()
    .optional()
    .describe('The stage score before rounding, as the combined score weighs it'),
  recommendation: z.number().nullable(),
  split: z
    .boolean()
    .optional()
    .describe('As many of the panel recommended yes as no: the panel recommends neither'),
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
  /** The stage's panel was split evenly when the decision was made (no recommendation to go against). */
  panelSplit: z.boolean(),
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
  hiddenBecause: z.object({
    hr: z.enum(hiddenScoreReasons).nullable(),
    user: z.enum(hiddenScoreReasons).nullable(),
  }),
  decisions: z.array(decision),
  /** Per stage, when its booked interview starts if it has not taken place yet: deciding now calls it off. */
  upcomingInterview: z.object({ hr: timestampSchema.nullable(), user: timestampSchema.nullable() }),
  /** Per stage, where "advance" moves the candidate (tests, the user interview or the offer). */
  advancesTo: z.object({ hr: stageSchema, user: stageSchema }),
  can: decisionAbilities,
  /** For whoever may give the user's verdict: the user panel members who have not scored yet. */
  awaitedUserScorers: z.array(z.object({ interviewerId: z.string(), name: z.string() })),
  /** For whoever may decide HR's gate: the HR panel members who have not scored yet. */
  awaitedHrScorers: z.array(z.object({ interviewerId: z.string(), name: z.string() })),
});
export type DecisionSummaryOutput = z.infer<typeof decisionSummary>;
export const decisionParams = z.object({ applicationId: idSchema });
export const decisionInput = z.object({
  stage: interviewStageSchema,
  outcome: z.enum(decisionOutcomes),
  rationale: text(5000).default(''),
  /** A decision before the interview or all its panel's scorecards: why (at least 10 characters). */
  overrideReason: text(2000).optional(),
  /** With a rejection: e-mail the candidate the rejection in the same step (HR, as a board move). */
  emailCandidate: z.boolean().optional(),
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
      /** Erased or anonymised: show the name as "anonymous" in the reader's language. */
      anonymised: z.boolean(),
      stage: stageSchema,
      summaries: z.object({ hr: stageSummary.nullable(), user: stageSummary.nullable() }),
      combined: combinedScore.nullable(),
      conflict: z.boolean(),
      latestDecision: decision.nullable(),
    }),
  ),
});
export type JobComparison = z.infer<typeof jobComparison>;
