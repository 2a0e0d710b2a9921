import { z } from 'zod';
import { idSchema, timestampSchema } from './common.schema';

export const minimumWageParams = z.object({ minimumWageId: idSchema });

// The province, amount, year and decree are checked by the domain, which names each field
// (an unknown province among them); here only their types.
export const minimumWageInput = z.object({
  province: z.string().max(60),
  city: z.string().max(200).nullable().optional(),
  year: z.number(),
  monthlyAmount: z.number(),
  decree: z.string().max(1_000),
});
export type MinimumWageInputBody = z.input<typeof minimumWageInput>;

export const minimumWage = z.object({
  id: idSchema,
  province: z.string(),
  /** A city or regency for a UMK; null for the province's UMP. */
  city: z.string().nullable(),
  year: z.number().int(),
  /** Gross per month, whole rupiah. */
  monthlyAmount: z.number().int(),
  decree: z.string(),
  updatedByName: z.string().nullable(),
  updatedAt: timestampSchema,
});
export type MinimumWageOutput = z.infer<typeof minimumWage>;
export const minimumWageList = z.object({
  items: z.array(minimumWage),
  citiesWithoutUmk: z
    .array(z.object({ province: z.string(), city: z.string() }))
    .describe(
      "Cities of draft or open jobs with no UMK recorded: their offers are checked against the province's UMP",
    ),
});
