import { z } from 'zod';
import { salaryBases, salaryExpectationSources } from '../../domain/salary';
import { salaryAbilities } from './abilities.schema';
import { idSchema, text, timestampSchema } from './common.schema';

export const salaryExpectationInput = z.object({
  /** Per month, whole rupiah (above 0, at most Rp 1.000.000.000: checked by the service). */
  monthlyAmount: z.number(),
  basis: z.enum(salaryBases),
  negotiable: z.boolean(),
  note: text(1000).default(''),
});
export type SalaryExpectationInput = z.input<typeof salaryExpectationInput>;

export const salaryExpectation = z.object({
  id: idSchema,
  monthlyAmount: z.number().int(),
  /** Null: not said (the apply form asks for the amount only). */
  basis: z.enum(salaryBases).nullable(),
  negotiable: z.boolean().nullable(),
  note: z.string(),
  source: z.enum(salaryExpectationSources),
  /** Who heard it; null when the candidate typed it on the apply form. */
  recordedByName: z.string().nullable(),
  recordedAt: timestampSchema,
});
export type SalaryExpectation = z.infer<typeof salaryExpectation>;

export const salaryExpectations = z.object({
  latest: salaryExpectation.nullable(),
  /** The latest first. */
  history: z.array(salaryExpectation),
  can: salaryAbilities,
});
export type SalaryExpectations = z.infer<typeof salaryExpectations>;
