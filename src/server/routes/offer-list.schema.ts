import { z } from 'zod';
import { offerListStatuses } from '../../domain/offers/offer-list';
import { offerStatuses } from '../../domain/offers/offer-status';
import { idSchema, timestampSchema } from './common.schema';

export const offerListQuery = z.object({
  status: z
    .enum(offerListStatuses)
    .optional()
    .describe("An offer status, or 'expired': sent and past its last day to answer"),
  jobId: idSchema.optional(),
  // An empty value is refused, not read as 0 ("expires today"), which coercion alone would do.
  expiresWithinDays: z
    .preprocess(
      (value) => (value === '' ? Number.NaN : value),
      z.coerce.number().int().min(0).max(90),
    )
    .optional()
    .describe('Only open offers whose last day to answer is within this many days; soonest first'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type OfferListQueryInput = z.input<typeof offerListQuery>;

export const offerListPage = z.object({
  items: z.array(
    z.object({
      id: idSchema,
      applicationId: idSchema,
      candidate: z.object({
        id: idSchema,
        /** Null once the candidate's data was anonymised. */
        name: z.string().nullable(),
      }),
      job: z.object({ id: idSchema, title: z.string() }),
      status: z.enum(offerStatuses),
      expired: z.boolean().describe('Sent and past its last day to answer'),
      grossMonthlySalary: z.number().describe("The current version's gross monthly salary (Rp)"),
      sentAt: timestampSchema.nullable(),
      answeredAt: timestampSchema.nullable(),
      expiresOn: z.string().describe("The current version's last day to answer, YYYY-MM-DD"),
      daysLeft: z
        .number()
        .int()
        .nullable()
        .describe('Days left to answer (0: today); null once closed or past its last day'),
      awaitingApprovers: z
        .array(z.string())
        .describe('Who may approve it, by name, while it awaits approval; empty otherwise'),
    }),
  ),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  jobs: z
    .array(z.object({ id: idSchema, title: z.string() }))
    .describe(
      "The jobs the reader's offers cover, whatever the filters, by title: the job filter's choices",
    ),
});
export type OfferListPage = z.infer<typeof offerListPage>;
