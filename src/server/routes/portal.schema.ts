import { locales } from '../../domain/locale';
import { z } from 'zod';
import { dataRequestKinds } from '../../domain/privacy/data-request';
import {
  interviewerParts,
  portalStatuses,
  portalStepNames,
  portalStepStates,
} from '../../domain/portal/candidate-portal';
import { candidateResponses } from '../../domain/scheduling/interview-schedule';
import { idSchema, text, timestampSchema } from './common.schema';
import { interviewStageSchema } from './interviews.schema';
import { interviewSettingFields, localDateTimeSchema, localeSchema } from './scheduling.schema';

export const portalParams = z.object({
  token: z
    .string()
    .min(20, { error: 'Not a portal link.' })
    .max(100, { error: 'Not a portal link.' }),
});
export const portalInterviewParams = portalParams.extend({ interviewId: idSchema });
export const rescheduleRequestInput = z.object({
  proposedTimes: z.array(localDateTimeSchema).max(3, { error: 'At most three times.' }),
  reason: text(1000),
});
export const portalDataRequestInput = z.object({ kind: z.enum(dataRequestKinds) });
export const portalDataRequestResult = z.object({ dueAt: timestampSchema });
export const withdrawInput = z.object({ reason: text(1000).default('') });
export const portalLanguageInput = z.object({ locale: z.enum(locales) });

export const portalView = z.object({
  candidateName: z.string(),
  locale: localeSchema,
  companyName: z.string(),
  job: z.object({ id: idSchema, title: z.string(), city: z.string() }),
  status: z.enum(portalStatuses),
  steps: z
    .array(z.object({ step: z.enum(portalStepNames), state: z.enum(portalStepStates) }))
    .describe('The process at a glance, empty once it ended without a hire'),
  acceptsActions: z.boolean(),
  nextInterview: z
    .object({
      id: idSchema,
      stage: interviewStageSchema,
      startsAt: timestampSchema,
      ...interviewSettingFields,
      interviewers: z.array(
        z.object({
          name: z.string(),
          title: z.string().nullable(),
          part: z.enum(interviewerParts),
        }),
      ),
      candidateResponse: z.enum(candidateResponses),
    })
    .nullable(),
  missedInterview: z
    .object({ stage: interviewStageSchema, startsAt: timestampSchema, timeZone: z.string() })
    .nullable()
    .describe(
      'The interview of the current stage the candidate did not come to, while no new time is booked',
    ),
  preparationStage: interviewStageSchema.nullable(),
  /** A bank question's id, or null for one written from the job's key terms. */
  sampleQuestions: z.array(
    z.object({ id: idSchema.nullable(), text: z.object({ id: z.string(), en: z.string() }) }),
  ),
  /** Whether the candidate is in the talent pool (may be considered for other openings). */
  talentPoolMember: z.boolean(),
  /** Whether to show the talent-pool choice: not to a hired candidate who is not a member. */
  offersTalentPool: z.boolean(),
  /** The page is opened in a browser signed in as staff, where only reading is allowed. */
  viewedByStaff: z.boolean(),
});
export type PortalViewOutput = z.infer<typeof portalView>;
