import { z } from 'zod';
import { idSchema, text, timestampSchema } from './common.schema';
import { focusAttributeSchema, interviewStageSchema } from './interviews.schema';

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
  // Its range is checked with the plan's other rules (checkInterviewPlan), so a weight of 150 and
  // a duration of 0 are named together, not the weight alone.
  weight: z.number().int(),
});
export const interviewPlanInput = z.object({
  hr: stagePlanInput,
  user: stagePlanInput,
  expectedUpdatedAt: z.iso
    .datetime({ offset: true, error: 'Use an ISO 8601 timestamp.' })
    .nullable()
    .optional()
    .describe(
      "The plan's updatedAt when the form was opened (null: it was not saved yet); if it changed since, 409 edited_elsewhere and nothing is saved. Left out, the save goes through as before",
    ),
});
export type InterviewPlanInput = z.input<typeof interviewPlanInput>;
export const stagePlan = stagePlanInput.extend({
  stage: interviewStageSchema,
  questions: z.array(z.union([z.object({ questionId: idSchema }), z.object({ text: z.string() })])),
});
export const jobInterviewPlan = z.object({
  saved: z.boolean(),
  updatedAt: timestampSchema
    .nullable()
    .describe("When the plan was last saved; null while it is the templates' suggestion"),
  plan: z.object({ hr: stagePlan, user: stagePlan }),
});
export type JobInterviewPlan = z.infer<typeof jobInterviewPlan>;
