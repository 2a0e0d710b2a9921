import { z } from 'zod';
import { scorecardActions } from '../../domain/scorecard';
import { expectedUpdatedAtSchema, idSchema, text, timestampSchema } from './common.schema';
import { stageSchema } from './applications.schema';
import { focusAttributeSchema, interviewStageSchema, ratingSchema } from './interviews.schema';

export const interviewParams = z.object({ applicationId: idSchema, stage: interviewStageSchema });
export const scorecardInput = z.object({
  action: z.enum(scorecardActions),
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
  expectedUpdatedAt: expectedUpdatedAtSchema.describe(
    "With amend: the scorecard's updatedAt when the correction began; if it was corrected since (another tab or device), 409 edited_elsewhere and nothing is saved",
  ),
  expectedStage: stageSchema
    .optional()
    .describe(
      "With amend: the application's stage when the correction began; if a decision moved it since, 409 moved_elsewhere with its stage, and nothing is saved",
    ),
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
  /** While the stage's booked interview has not begun: when submitting opens (drafts may be saved). */
  submitOpensAt: timestampSchema.nullable(),
});
export type StageScorecards = z.infer<typeof stageScorecards>;
