import { z } from 'zod';
import {
  dataRequestChannels,
  dataRequestKinds,
  dataRequestOutcomes,
  deadlineStates,
} from '../../domain/privacy/data-request';
import { maxExtensionMonths } from '../../domain/privacy/retention';
import { idSchema, text, timestampSchema } from './common.schema';

export const dataRequestInput = z.object({
  kind: z.enum(dataRequestKinds),
  channel: z.enum(dataRequestChannels),
  receivedAt: z.iso
    .datetime({ offset: true, error: 'Give the date and time the request arrived.' })
    .optional()
    .describe('When the request arrived; now if left out'),
});
export const dataRequestParams = z.object({ requestId: idSchema });
export const closeDataRequestInput = z.object({ outcome: z.enum(dataRequestOutcomes) });
export const ledgerQuery = z.object({ candidateId: idSchema.optional() });

export const dataRequest = z.object({
  id: idSchema,
  candidateId: idSchema.nullable().describe('null once the candidate was erased'),
  candidateName: z.string().nullable(),
  kind: z.enum(dataRequestKinds),
  channel: z.enum(dataRequestChannels),
  receivedAt: timestampSchema,
  dueAt: timestampSchema,
  recordedByName: z.string().nullable(),
  completedAt: timestampSchema.nullable(),
  completedByName: z.string().nullable(),
  outcome: z.enum(dataRequestOutcomes).nullable(),
  deadline: z.enum(deadlineStates),
});
export type DataRequestOutput = z.infer<typeof dataRequest>;
export const dataRequestLedger = z.object({ requests: z.array(dataRequest) });
export const retentionOverview = z.object({
  months: z.number().int(),
  due: z.array(
    z.object({
      candidateId: idSchema,
      fullName: z.string(),
      lastEndedAt: timestampSchema,
      anonymiseAt: timestampSchema,
      extendedUntil: timestampSchema.nullable(),
      extensionReason: z.string().nullable(),
    }),
  ),
});
export const retentionInput = z.object({
  months: z
    .number()
    .int()
    .min(1, { error: 'At least 1 month.' })
    .max(120, { error: 'At most 120 months.' }),
});
export const retentionExtensionInput = z.object({
  months: z
    .number()
    .int()
    .min(1, { error: 'At least 1 month.' })
    .max(maxExtensionMonths, { error: `At most ${maxExtensionMonths} months.` }),
  reason: text(500, 1),
});
export const candidateDataExport = z
  .record(z.string(), z.unknown())
  .describe('Everything held on the candidate, as JSON (UU PDP access request)');
