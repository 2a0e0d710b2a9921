import { rejectionToldWays } from '../../domain/rejection-told';
import { spreadsheetFormats } from '../../domain/spreadsheet/cell';
import { z } from 'zod';
import { whatsappPurposes, whatsappRefusals } from '../../domain/whatsapp';
import { locales } from '../../domain/locale';
import {
  consentChannels,
  consentPurposes,
  invitationAnswers,
  invitationRefusals,
  talentPoolStatuses,
} from '../../domain/privacy/talent-pool';
import { candidateSources, sourceDetailMaxLength, sourceDetailOf } from '../../domain/candidate';
import { cvFileKinds, cvTextStatuses } from '../../domain/cv-file';
import { jobStatuses } from '../../domain/job';
import { normaliseMobilePhone } from '../../domain/phone';
import { stages } from '../../domain/pipeline';
import {
  applicationAbilities,
  candidateAbilities,
  offerAbilities,
  salaryAbilities,
} from './abilities.schema';
import { application, applicationEvent } from './applications.schema';
import {
  daySchema,
  emailSchema,
  expectedUpdatedAtSchema,
  idSchema,
  text,
  timestampSchema,
} from './common.schema';

export const candidateParams = z.object({ candidateId: idSchema });

export const candidateInput = z.object({
  fullName: text(200, 1),
  email: emailSchema,
  // Checked here as well as in the service, so a bad phone is reported with the other fields.
  phone: text(30)
    .superRefine((value, ctx) => {
      const result = value ? normaliseMobilePhone(value) : undefined;
      if (result && !result.ok) {
        for (const problem of result.problems) {
          ctx.addIssue({
            code: 'custom',
            message: problem.message,
            params: { code: problem.code },
          });
        }
      }
    })
    .nullable()
    .optional(),
  source: z.enum(candidateSources).default('manual'),
  sourceDetail: text(sourceDetailMaxLength)
    .nullable()
    .optional()
    .describe(
      'Beside source other, which source ("Instagram"); beside referral, who referred them ("Budi"). Left out of an edit: kept while the source stays the same',
    ),
  tags: z.array(text(40, 1)).max(20).default([]),
  notes: text(10_000).default(''),
  city: text(100).nullable().optional(),
});
export type CandidateInput = z.input<typeof candidateInput>;

export const candidateEditInput = candidateInput.extend({
  expectedUpdatedAt: expectedUpdatedAtSchema,
});

export const newCandidateInput = candidateInput
  .extend({
    jobIds: z.array(idSchema).max(20).default([]),
    tellCandidate: z
      .boolean()
      .describe(
        "Send the candidate the privacy notice for candidates HR enters (UU PDP 27/2022), queued with the candidate. Required, so an API client chooses, as for an import; the web's checkbox is ticked by default",
      ),
  })
  .superRefine((input, ctx) => {
    const detail = sourceDetailOf(input.source, input.sourceDetail);
    for (const problem of detail.ok ? [] : detail.problems) {
      ctx.addIssue({
        code: 'custom',
        path: ['sourceDetail'],
        message: problem.message,
        params: { code: problem.code },
      });
    }
  });
export type NewCandidateInput = z.input<typeof newCandidateInput>;

export const candidateListQuery = z.object({
  q: text(200).optional(),
  jobId: idSchema.optional(),
  stage: z.enum(stages).optional(),
  source: z
    .enum(candidateSources)
    .optional()
    .describe(
      'spreadsheet_import: every candidate who came in by an import, whatever source the file named',
    ),
  tag: text(40).optional(),
  /** `member`: only candidates in the talent pool. */
  talentPool: z.enum(['member']).optional(),
  /** Applied on or after this day (YYYY-MM-DD, Jakarta time). */
  appliedFrom: daySchema.optional(),
  /** Applied on or before this day (YYYY-MM-DD, Jakarta time). */
  appliedTo: daySchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** The list's filters (no paging) and the file's format and language. */
export const candidateExportQuery = candidateListQuery.omit({ page: true, pageSize: true }).extend({
  format: z.enum(spreadsheetFormats, { error: 'Choose csv or xlsx.' }),
  locale: z.enum(locales).default('id').describe('The language of the headers'),
});

const candidateFields = {
  city: z.string().nullable(),
  id: idSchema,
  fullName: z.string(),
  anonymised: z
    .boolean()
    .describe(
      'Erased on request or anonymised after retention: show the name as "anonymous" in the reader\'s language',
    ),
  email: z
    .string()
    .nullable()
    .describe(
      'Null for a reader who may not contact the candidate (an interviewer on their panel)',
    ),
  phone: z
    .string()
    .nullable()
    .describe('Null without one, or for a reader who may not contact them'),
  source: z.enum(candidateSources),
  sourceDetail: z
    .string()
    .nullable()
    .describe('An imported source Seleksi has no name for, as the file wrote it (source is other)'),
  tags: z.array(z.string()),
  createdAt: timestampSchema,
};

export const candidateList = z.object({
  items: z.array(
    z.object({
      ...candidateFields,
      applications: z.array(
        z.object({ jobId: idSchema, jobTitle: z.string(), stage: z.enum(stages) }),
      ),
      /** Where the search words matched in the CV or notes; absent without a text query. */
      snippet: z.array(z.object({ text: z.string(), match: z.boolean() })).nullable(),
    }),
  ),
  total: z.number().int(),
  /** More candidates match than a search ranks (500): `total` is that cap. */
  totalIsCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CandidateList = z.infer<typeof candidateList>;

export const cvFile = z.object({
  id: idSchema,
  fileName: z.string(),
  kind: z.enum(cvFileKinds),
  byteSize: z.number().int(),
  textStatus: z.enum(cvTextStatuses),
  textProblem: z.string().nullable(),
  /** HR attached it to a candidate added by hand (it can be replaced); else the candidate's own. */
  attachedByHr: z.boolean(),
  uploadedAt: timestampSchema,
});
export type CvFile = z.infer<typeof cvFile>;

export const candidateDetail = z.object({
  ...candidateFields,
  notes: z.string(),
  portfolioUrl: z.string().nullable(),
  processingRestricted: z.boolean(),
  notesWithheld: z
    .boolean()
    .describe("HR's free-text notes are left out: the reader rates independently of them"),
  cvFiles: z.array(cvFile),
  consents: z.array(
    z.object({
      purpose: z.enum(consentPurposes),
      channel: z.enum(consentChannels),
      privacyNoticeVersion: z.string(),
      locale: z.enum(locales),
      givenAt: timestampSchema,
      withdrawnAt: timestampSchema.nullable(),
    }),
  ),
  addedByHr: z
    .boolean()
    .describe(
      'HR entered them (by hand or by an import), not the candidate through the careers page: the page says so beside the privacy notice',
    ),
  /** The privacy notice e-mailed when HR entered or imported them; sentAt null: still in the outbox. */
  privacyNotice: z
    .object({ queuedAt: timestampSchema, sentAt: timestampSchema.nullable() })
    .nullable(),
  anonymiseAt: timestampSchema
    .nullable()
    .describe(
      'When the retention period ends and their data is anonymised: set once every application was rejected or withdrawn',
    ),
  /** In the talent pool (may be considered for other jobs), left it, or never joined. */
  talentPool: z.object({
    status: z.enum(talentPoolStatuses),
    since: timestampSchema.nullable(),
    /** Put forward for another job only after joining (they gave data for one recruitment). */
    consentNeededForOtherJobs: z.boolean(),
    /** Why HR may not invite them now (already a member, left, an invitation waiting, a recent no). */
    invitationRefusal: z.enum(invitationRefusals).nullable(),
    lastInvitation: z
      .object({
        sentAt: timestampSchema,
        expiresAt: timestampSchema,
        answer: z.enum(invitationAnswers).nullable(),
        answeredAt: timestampSchema.nullable(),
      })
      .nullable(),
    askAgainFrom: timestampSchema.nullable(),
  }),
  updatedAt: timestampSchema,
  applications: z.array(
    application.extend({
      jobTitle: z.string(),
      jobStatus: z.enum(jobStatuses),
      history: z.array(applicationEvent),
      /** HR's WhatsApp chats about this application (the message itself is not kept). */
      contacts: z.array(
        z.object({
          id: idSchema,
          actorName: z.string().nullable(),
          channel: z.literal('whatsapp'),
          purpose: z.enum(whatsappPurposes),
          locale: z.enum(locales),
          at: timestampSchema,
        }),
      ),
      /** HR told the candidate of a rejection by phone or in person (no e-mail was sent). */
      rejectionsTold: z.array(
        z.object({
          id: idSchema,
          actorName: z.string().nullable(),
          how: z.enum(rejectionToldWays),
          at: timestampSchema,
        }),
      ),
      can: applicationAbilities.extend({ ...salaryAbilities.shape, offers: offerAbilities }),
    }),
  ),
  /** Why a WhatsApp chat may not be opened now (no phone, consent withdrawn, restricted), or null. */
  whatsappRefusal: z.enum(whatsappRefusals).nullable(),
  can: candidateAbilities,
});
export type CandidateDetail = z.infer<typeof candidateDetail>;
