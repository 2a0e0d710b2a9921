import { z } from 'zod';
import { idSchema, text } from './common.schema';
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
  weight: z.number().int().min(0).max(100),
});
export const interviewPlanInput = z.object({ hr: stagePlanInput, user: stagePlanInput });
export type InterviewPlanInput = z.input<typeof interviewPlanInput>;
export const stagePlan = stagePlanInput.extend({
  stage: interviewStageSchema,
  questions: z.array(z.union([z.object({ questionId: idSchema }), z.object({ text: z.string() })])),
});
export const jobInterviewPlan = z.object({
  saved: z.boolean(),
  plan: z.object({ hr: stagePlan, user: stagePlan }),
});
export type JobInterviewPlan = z.infer<typeof jobInterviewPlan>;
