import { z } from 'zod';
import { calendarMethods, emailStatuses, emailTransports } from '../../domain/email/email-delivery';
import { locales } from '../../domain/locale';
import { scorecardWaits } from '../../domain/today';
import {
  candidateResponses,
  interviewEventKinds,
  interviewModes,
  interviewStatuses,
} from '../../domain/scheduling/interview-schedule';
import { interviewsAbilities } from './abilities.schema';
import { rejectionToldWays } from '../../domain/rejection-told';
import { candidateEmailTemplates } from '../../services/email/candidate-email-service';
import { idSchema, text, timestampSchema } from './common.schema';
import { interviewStageSchema } from './interviews.schema';

export const localeSchema = z.enum(locales);
/**
 * The form is read by the domain (readStart, checkRescheduleProposal), not refused here: a time
 * that cannot be read is then named together with the form's other problems (a missing address,
 * a missing reason) rather than one per submit.
 */
export const localDateTimeSchema = z
  .string()
  .max(40, { error: 'Give a date and time such as 2026-12-03T10:00.' })
  .describe('Wall-clock time in the given time zone, YYYY-MM-DDTHH:mm');

/** When and how long: a booking and a held interview's record give them alike. */
export const interviewTimeFields = {
  localStart: localDateTimeSchema,
  timeZone: text(64, 1).describe('IANA time zone, e.g. Asia/Jakarta'),
  // 15 minutes to 8 hours: the domain's rule (checkDuration), named beside the form's others.
  durationMinutes: z.number().describe('Whole minutes, 15 to 480'),
};

/** Where, after the mode (each form has its own default mode). */
export const interviewPlaceFields = {
  meetingUrl: text(500).default(''),
  address: text(500).default(''),
  room: text(120).default(''),
};

export const interviewPanelSchema = z
  .array(idSchema)
  .max(10, { error: 'At most 10 interviewers.' });

const scheduleFields = {
  ...interviewTimeFields,
  mode: z.enum(interviewModes),
  ...interviewPlaceFields,
  receptionContact: text(160).default(''),
  interviewerIds: interviewPanelSchema,
  locale: localeSchema.describe("The candidate's e-mail language"),
  confirmConflicts: z.boolean().default(false),
};

export const scheduleInput = z.object({ stage: interviewStageSchema, ...scheduleFields });
export const rescheduleInput = z.object({ ...scheduleFields, reason: text(1000).default('') });
export const cancelInput = z.object({ reason: text(1000, 1) });
export const noShowInput = z.object({
  note: text(1000).default('').describe("HR's internal note; never sent to the candidate or panel"),
  tellCandidate: z
    .boolean()
    .default(false)
    .describe('Send the candidate a short, kind e-mail with the way back'),
});
export const interviewParams = z.object({ interviewId: idSchema });
export const candidateEmailInput = z.object({ template: z.enum(candidateEmailTemplates) });

export const interviewEvent = z.object({
  kind: z.enum(interviewEventKinds),
  actorName: z.string().nullable().describe('null when the candidate acted in the portal'),
  startsAt: timestampSchema.nullable(),
  previousStartsAt: timestampSchema.nullable(),
  reason: z.string(),
  proposedTimes: z.array(timestampSchema),
  at: timestampSchema,
});

/** Where, how and how long an interview is: to staff (`interview`) and in the candidate's portal. */
export const interviewSettingFields = {
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  mode: z.enum(interviewModes),
  meetingUrl: z.string(),
  address: z.string(),
  room: z.string(),
  receptionContact: z.string(),
};

export const interview = z.object({
  id: idSchema,
  applicationId: idSchema,
  stage: interviewStageSchema,
  startsAt: timestampSchema,
  localStart: z.string(),
  ...interviewSettingFields,
  interviewerIds: z.array(idSchema),
  locale: localeSchema,
  status: z.enum(interviewStatuses),
  /** Over as people read it (completed, past its end, or begun and scored), whatever the candidate answered. */
  held: z.boolean(),
  scored: z
    .boolean()
    .describe(
      "Held, its panel's scorecard in, while the booked time still runs: shown as scored until the slot ends",
    ),
  recorded: z
    .boolean()
    .describe('Recorded after it took place (a walk-in), not booked: held by definition'),
  scorecardWait: z
    .enum(scorecardWaits)
    .nullable()
    .describe(
      "Over with a panel member's scorecard missing: awaited, then overdue from the next working day (as Today counts it)",
    ),
  sequence: z.number().int(),
  candidateResponse: z.enum(candidateResponses),
  events: z.array(interviewEvent),
});
export type InterviewOutput = z.infer<typeof interview>;

export const emailMessage = z.object({
  id: idSchema,
  template: z.string(),
  locale: localeSchema,
  toName: z.string(),
  toEmail: z.string(),
  subject: z.string(),
  status: z.enum(emailStatuses),
  transport: z.enum(emailTransports).nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  calendarMethod: z.enum(calendarMethods).nullable(),
  applicationId: idSchema.nullable(),
  createdAt: timestampSchema,
  sentAt: timestampSchema.nullable(),
});
export type EmailMessageOutput = z.infer<typeof emailMessage>;

const stageDefaults = z.object({
  durationMinutes: z.number().int(),
  interviewerIds: z.array(idSchema),
});
export const applicationInterviews = z.object({
  interviews: z.array(interview),
  messages: z.array(emailMessage),
  portalUrl: z.string().nullable(),
  portalToken: z
    .string()
    .nullable()
    .describe(
      "The shown link's token, sent back as `current` when renewing it (a link changed since is not replaced)",
    ),
  candidateLocale: localeSchema,
  defaults: z.object({ hr: stageDefaults, user: stageDefaults }),
  people: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      title: z.string().nullable(),
      teamRole: z.string().nullable(),
    }),
  ),
  can: interviewsAbilities,
  untoldRejection: z
    .boolean()
    .describe(
      "A hiring manager's rejection HR has not told the candidate yet (no e-mail, not marked told); false for readers outside HR",
    ),
});
export type ApplicationInterviewsOutput = z.infer<typeof applicationInterviews>;
export const portalLink = z.object({ portalUrl: z.string() });
/** The link the page showed (its token, or null for none): a link changed since is not replaced. */
export const renewPortalLinkInput = z
  .object({
    current: z.string().max(100).nullable().optional(),
    emailCandidate: z
      .boolean()
      .optional()
      .describe('E-mail the new link to the candidate, in their language (default: no)'),
  })
  .optional();
export const rejectionToldInput = z.object({
  how: z.enum(rejectionToldWays).describe('How HR told the candidate: by phone or in person'),
});
