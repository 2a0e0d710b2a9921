import { z } from 'zod';
import { gettingStartedSteps } from '../../domain/getting-started';
import { activeStages } from '../../domain/pipeline';
import { dataRequestKinds } from '../../domain/privacy/data-request';
import { hrGateDueReasons, interviewWhens } from '../../domain/today';
import { idSchema, timestampSchema } from './common.schema';
import { interviewStageSchema } from './interviews.schema';

const applicationRef = {
  applicationId: idSchema,
  candidateId: idSchema,
  candidateName: z.string(),
  jobId: idSchema,
  jobTitle: z.string(),
};

const agendaItem = z.object({
  ...applicationRef,
  interviewId: idSchema,
  stage: interviewStageSchema,
  startsAt: timestampSchema,
  durationMinutes: z.number().int(),
  timeZone: z.string(),
  when: z.enum(interviewWhens),
  onPanel: z.boolean(),
});

const agendaLine = agendaItem.extend({
  rescheduleRequested: z
    .boolean()
    .describe('The candidate asked for another time and the interview is not moved yet'),
});

const pendingScorecard = agendaItem.omit({ when: true }).extend({
  interviewerId: idSchema,
  interviewerName: z.string(),
  overdue: z.boolean(),
});

const managerApplication = z.object({
  ...applicationRef,
  stageEnteredAt: timestampSchema,
  booked: z.boolean(),
  held: z.boolean().describe('The user interview took place, or its booked time is over'),
  scored: z
    .boolean()
    .describe('Held and scored while its booked time still runs: read as scored until it ends'),
  panelScored: z
    .boolean()
    .describe(
      "Every member of the user interview's panel submitted a scorecard: only the manager's decision is left",
    ),
});

const waitingApplication = z.object({
  ...applicationRef,
  stage: z.enum(activeStages),
  workingDays: z.number().int(),
  targetDays: z.number().int(),
});

const openOffer = z.object({
  ...applicationRef,
  offerId: idSchema,
  status: z.enum(['awaiting_approval', 'approved', 'sent', 'countered']),
  expiresOn: z.string(),
});

/** What needs the signed-in user; a null section is not this role's work. */
const duplicateApplication = z.object({ jobTitle: z.string(), appliedAt: timestampSchema });

export const today = z.object({
  /** HR: every interview ahead; anyone else: the interviews they sit on. */
  interviews: z.array(agendaLine),
  /** An admin's (HR's) first steps on a new install, each done or not; null once all are done. */
  gettingStarted: z
    .object({
      steps: z.array(z.object({ step: z.enum(gettingStartedSteps), done: z.boolean() })),
      unplannedJobId: idSchema
        .nullable()
        .describe('The oldest job whose interview plan was never saved: where the job step leads'),
    })
    .nullable(),
  /** A hiring manager: their jobs' interviews they are not on (context); null for HR and others. */
  otherInterviews: z.array(agendaLine).nullable(),
  scorecardsToSubmit: z.array(pendingScorecard),
  decisionsWaiting: z.array(managerApplication).nullable(),
  passedToYou: z.array(managerApplication).nullable(),
  scorecardsOverdue: z.array(pendingScorecard).nullable(),
  /** Applications at "Applied" per open job, from the moment they arrive (HR). */
  newApplications: z
    .array(
      z.object({
        jobId: idSchema,
        jobTitle: z.string(),
        count: z.number().int(),
        firstArrivedAt: timestampSchema,
      }),
    )
    .nullable(),
  newApplicationsTotal: z.number().int().nullable(),
  waitingTooLong: z.array(waitingApplication).nullable(),
  waitingTooLongTotal: z.number().int().nullable(),
  interviewsToBook: z.array(waitingApplication).nullable(),
  interviewsToBookTotal: z.number().int().nullable(),
  rescheduleRequests: z
    .array(
      z.object({
        ...applicationRef,
        interviewId: idSchema,
        stage: interviewStageSchema,
        requestedAt: timestampSchema,
        proposedTimes: z.array(timestampSchema).describe("The candidate's proposed times"),
        timeZone: z.string(),
        canReschedule: z
          .boolean()
          .describe('Whether the reader may move the interview; otherwise HR is handling it'),
      }),
    )
    .nullable(),
  duplicates: z
    .array(
      z.object({
        candidateId: idSchema,
        candidateName: z.string(),
        candidateCreatedAt: timestampSchema,
        /** Oldest first: with the creation time, what tells records of one name apart. */
        candidateApplications: z.array(duplicateApplication),
        otherId: idSchema,
        otherName: z.string(),
        otherCreatedAt: timestampSchema,
        otherApplications: z.array(duplicateApplication),
      }),
    )
    .nullable(),
  dataRequests: z
    .array(
      z.object({
        id: idSchema,
        kind: z.enum(dataRequestKinds),
        dueAt: timestampSchema,
        candidateName: z
          .string()
          .nullable()
          .describe('null once the candidate was anonymised or erased'),
        candidateAnonymised: z
          .boolean()
          .describe('anonymised when the retention period ended (not erased on request)'),
      }),
    )
    .nullable(),
  failedEmails: z.number().int().nullable(),
  /** The hiring manager's verdicts at the user interview HR has not acted on yet (HR). */
  userVerdicts: z
    .array(
      z.object({
        ...applicationRef,
        verdict: z
          .enum(['offer', 'rejected'])
          .describe('Where the user sent the candidate: on to the offer, or rejected'),
        decidedAt: timestampSchema,
        decidedByName: z.string(),
      }),
    )
    .nullable(),
  /** The HR interviews HR should pass or end now (HR). */
  hrDecisions: z
    .array(
      z.object({
        ...applicationRef,
        reason: z
          .enum(hrGateDueReasons)
          .describe("Why it is due: the panel's scorecards are in, or they are overdue"),
        interviewEndsAt: timestampSchema.nullable(),
      }),
    )
    .nullable(),
  offersToApprove: z.array(openOffer).nullable(),
  offerCounters: z.array(openOffer).nullable(),
  offersToSend: z.array(openOffer).nullable(),
  offersExpiring: z.array(openOffer).nullable(),
  /** Accepted offers whose start date is today or ahead (HR). */
  startingSoon: z
    .array(
      z.object({
        ...applicationRef,
        startDate: z.string().describe('The first working day, YYYY-MM-DD'),
        acceptedAt: timestampSchema.nullable(),
      }),
    )
    .nullable(),
  /** Admins: the year whose minimum wages are due and not recorded, and the newest on record. */
  minimumWagesDue: z
    .object({ year: z.number().int(), latest: z.number().int().nullable() })
    .nullable(),
  needsYou: z.number().int(),
});
export type Today = z.infer<typeof today>;

export const waitingListQuery = z.object({
  list: z.enum(['too_long', 'to_book']),
  stage: z.enum(activeStages).optional(),
});
export const waitingList = z.object({ items: z.array(waitingApplication) });

const stageTargetValues = z.object(
  Object.fromEntries(
    activeStages.map((stage) => [
      stage,
      z.number({ error: 'Give a number of working days.' }).int({ error: 'Whole days only.' }),
    ]),
  ) as Record<(typeof activeStages)[number], z.ZodNumber>,
);

export const stageTargetsInput = z.object({ targets: stageTargetValues });
export const stageTargets = z.object({
  targets: stageTargetValues,
  defaults: stageTargetValues,
  can: z.object({ edit: z.boolean() }),
});
export type StageTargetsResponse = z.infer<typeof stageTargets>;
