import { z } from 'zod';
import { roles } from '../../domain/roles';
import { idSchema, timestampSchema } from './common.schema';

export const offerSettingsInput = z.object({
  /** Every offer needs approval; otherwise only offers outside the job's salary band. */
  everyOfferNeedsApproval: z.boolean(),
  /** The approver besides the job's hiring manager; null for none. */
  approverId: idSchema.nullable(),
});

export const offerSettings = z.object({
  everyOfferNeedsApproval: z.boolean(),
  approver: z.object({ id: idSchema, name: z.string() }).nullable(),
  eligibleApprovers: z.array(z.object({ id: idSchema, name: z.string(), role: z.enum(roles) })),
  updatedByName: z.string().nullable(),
  updatedAt: timestampSchema,
});
export type OfferSettingsOutput = z.infer<typeof offerSettings>;
