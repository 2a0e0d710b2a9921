import { z } from 'zod';
import { idSchema, timestampSchema } from './common.schema';

export const minimumWageParams = z.object({ minimumWageId: idSchema });

// The province, amount, year and decree are checked by the domain, which names each field
// (an unknown province among them); here only their types. The year and the amount may come as
// typed, so that text that reads as neither is named beside the form's other problems.
export const minimumWageInput = z.object({
  province: z.string().max(60),
  city: z.string().max(200).nullable().optional(),
  year: z
    .union([z.number(), z.string().max(20, { error: 'At most 20 characters.' })])
    .describe('A year, 2000 to 2100: a number, or digits as typed'),
  monthlyAmount: z
    .union([z.number(), z.string().max(100, { error: 'At most 100 characters.' })])
    .describe(
      'Gross per month: whole rupiah, or as typed (`5,4 juta`, `Rp 5.400.000`); unreadable text is refused naming the field',
    ),
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
