import { z } from 'zod';
import { interviewStages } from '../../domain/interview';
import { locales } from '../../domain/locale';
import { rejectionReasons, stages } from '../../domain/pipeline';
import { idSchema, text, timestampSchema } from './common.schema';

export const stageSchema = z.enum(stages);
export type StageName = z.infer<typeof stageSchema>;

export const applicationParams = z.object({ applicationId: idSchema });

export const applicationInput = z.object({ candidateId: idSchema, jobId: idSchema });

export const moveInput = z.object({
  toStage: z.enum(stages),
  note: text(2000).optional(),
  rejectionReason: z.enum(rejectionReasons).optional(),
  overrideHrGate: z.boolean().optional(),
  /** From the user interview to the offer before the interview or all scorecards: why (>= 10). */
  overrideReason: text(2000).optional(),
  /** With a move to rejected or offer: also send the candidate that e-mail (HR). */
  emailCandidate: z.boolean().optional(),
  expectedStage: z
    .enum(stages)
    .optional()
    .describe(
      'The stage the mover saw the application in; if it is elsewhere now, 409 moved_elsewhere with its stage, and nothing moves',
    ),
});
export type MoveInput = z.input<typeof moveInput>;

// One stage to expect does not fit a selection that may span columns: each card carries its own.
export const bulkMoveInput = moveInput.omit({ expectedStage: true }).extend({
  applicationIds: z.array(idSchema).min(1, { error: 'Choose at least one application.' }).max(500),
  expectedStages: z
    .record(idSchema, z.enum(stages))
    .optional()
    .describe(
      'By application id: the stage the board showed it in. One that has moved since is skipped (listed in `skipped` with where it is now), the others move; an application left out is not checked',
    ),
});
export type BulkMoveInput = z.input<typeof bulkMoveInput>;

export const applicationEvent = z.object({
  id: idSchema,
  actorName: z.string().nullable(),
  fromStage: z.enum(stages).nullable(),
  toStage: z.enum(stages),
  rejectionReason: z.enum(rejectionReasons).nullable(),
  note: z.string().nullable(),
  overrodeHrGate: z.boolean(),
  verdictOverrideReason: z
    .string()
    .nullable()
    .describe('Why a user-stage verdict was taken before the interview or all scorecards'),
  offerAnswer: z
    .enum(['accepted', 'declined'])
    .nullable()
    .describe('The candidate made this move by answering the offer in the portal'),
  startDate: z
    .string()
    .nullable()
    .describe('With an accepted offer: the first working day, YYYY-MM-DD'),
  imported: z
    .boolean()
    .describe(
      "The application's first event, by a spreadsheet import: the actor imported it at `at`; the person applied on the application's appliedAt",
    ),
  at: timestampSchema,
});
export type ApplicationEvent = z.infer<typeof applicationEvent>;

export const application = z.object({
  id: idSchema,
  candidateId: idSchema,
  jobId: idSchema,
  stage: z.enum(stages),
  hrGateCleared: z.boolean(),
  testsEnabled: z.boolean(),
  stageEnteredAt: timestampSchema,
  appliedAt: timestampSchema,
});
export type Application = z.infer<typeof application>;

export const bulkMoveResult = z.object({
  moved: z.number().int(),
  skipped: z
    .array(
      z.object({
        applicationId: idSchema,
        stage: z.enum(stages).describe('Where it is now'),
        byName: z.string().nullable().describe('Who moved it there (null: unknown)'),
        at: timestampSchema.nullable(),
      }),
    )
    .describe('Applications not moved because they had left the stage in `expectedStages`'),
});

export const rejectionPreviewInput = z.object({
  applicationIds: z.array(idSchema).min(1, { error: 'Choose at least one application.' }).max(500),
});
export const rejectionPreview = z.object({
  items: z.array(
    z.object({
      applicationId: idSchema,
      candidateName: z.string(),
      locale: z.enum(locales),
      subject: z.string(),
      body: z.string(),
    }),
  ),
});

export const interviewsCalledOffInput = z.object({
  applicationIds: z.array(idSchema).min(1, { error: 'Choose at least one application.' }).max(500),
  toStage: z.enum(stages),
});
export const interviewsCalledOff = z.object({
  interviews: z.array(
    z.object({
      interviewId: idSchema,
      applicationId: idSchema,
      stage: z.enum(interviewStages),
      startsAt: timestampSchema,
      timeZone: z.string(),
      settlement: z.enum(['cancelled', 'skipped', 'rejected', 'withdrawn']),
    }),
  ),
});
