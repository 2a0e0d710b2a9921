import { z } from 'zod';
import { invitationAnswers, invitationStates } from '../../domain/privacy/talent-pool';
import { idSchema, text, timestampSchema } from './common.schema';
import { localeSchema } from './scheduling.schema';

export const talentPoolInvitationInput = z.object({
  /** The open job HR has in mind; the e-mail names it. */
  jobId: idSchema,
});
export const talentPoolInvitationResult = z.object({ expiresAt: timestampSchema });

export const talentPoolInvitationParams = z.object({
  token: z
    .string()
    .min(20, { error: 'Not an invitation link.' })
    .max(100, { error: 'Not an invitation link.' }),
});

export const talentPoolInvitationView = z.object({
  candidateName: z.string(),
  locale: localeSchema,
  companyName: z.string(),
  jobTitle: z.string().nullable(),
  retentionMonths: z.number().int(),
  privacyNoticeVersion: z.string(),
  expiresAt: timestampSchema,
  state: z.enum(invitationStates),
});
export type TalentPoolInvitationViewOutput = z.infer<typeof talentPoolInvitationView>;

export const talentPoolAnswerInput = z.object({
  agree: z.boolean(),
  /** The privacy notice version the page showed; needed to agree. */
  privacyNoticeVersion: text(40).default(''),
});
export const talentPoolAnswerResult = z.object({ state: z.enum(invitationAnswers) });

export const portalTalentPoolInput = z.object({
  member: z.boolean(),
  privacyNoticeVersion: text(40).optional(),
});
export const portalTalentPoolResult = z.object({ member: z.boolean() });
