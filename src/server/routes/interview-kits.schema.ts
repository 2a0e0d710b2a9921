import { z } from 'zod';
import { kitQuestionSources } from '../../domain/interview-plan';
import { cvFileKinds } from '../../domain/cv-file';
import { salaryAbilities } from './abilities.schema';
import { questionTypes } from '../../domain/interview';
import { scorecardClosedReasons } from '../../domain/scorecard';
import { stageSchema } from './applications.schema';
import { idSchema, timestampSchema } from './common.schema';
import { decision, stageSummary } from './decisions.schema';
import { stagePlan } from './interview-plans.schema';
import { bilingual, focusAttributeSchema, interviewStageSchema } from './interviews.schema';
import { scorecard } from './scorecards.schema';
import { stageTemplate } from './stage-templates.schema';

export const interviewKit = z.object({
  stage: interviewStageSchema,
  template: stageTemplate,
  plan: stagePlan,
  job: z.object({ id: idSchema, title: z.string(), department: z.string() }),
  application: z.object({ id: idSchema, stage: stageSchema }),
  candidate: z.object({
    id: idSchema,
    fullName: z.string(),
    /** Null for an interviewer: reaching the candidate is HR's. */
    email: z.string().nullable(),
    phone: z.string().nullable(),
    source: z.string(),
    tags: z.array(z.string()),
    notes: z.string(),
  }),
  cv: z.object({ id: idSchema, fileName: z.string(), kind: z.enum(cvFileKinds) }).nullable(),
  questions: z.array(
    z.object({
      key: z.string(),
      source: z.enum(kitQuestionSources),
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
  submitOpensAt: timestampSchema
    .nullable()
    .describe(
      "While the stage's booked interview has not begun: when the scorecard may be submitted",
    ),
  scorecardClosed: z
    .enum(scorecardClosedReasons)
    .nullable()
    .describe(
      'Why the stage takes no new scorecard: the application ended, its interviews were all cancelled, or the latest was a no-show (the candidate did not come)',
    ),
  bookedMinutes: z
    .number()
    .int()
    .nullable()
    .describe("The booked interview's length; null when none is booked (the plan's is the usual)"),
  readsCandidate: z
    .boolean()
    .describe("Whether the reader may open the candidate's page: the kit links to it only then"),
  notesWithheld: z
    .boolean()
    .describe("HR's free-text notes are left out: the reader rates independently of them"),
  hrScoresAfterSubmit: z
    .boolean()
    .describe("HR's scores are kept from the reader until they submit their own scorecard"),
  can: salaryAbilities,
});
export type InterviewKit = z.infer<typeof interviewKit>;
