import { z } from 'zod';
import { locales } from '../../domain/locale';
import { timestampSchema } from './common.schema';

export const offerLetterTemplateParams = z.object({ locale: z.enum(locales) });
// Placeholders are checked by the domain, which names each unknown one.
export const offerLetterTemplateInput = z.object({
  title: z.string().max(1_000, { error: 'At most 1000 characters.' }),
  body: z.string().max(40_000, { error: 'At most 40000 characters.' }),
});
export const offerLetterTemplate = z.object({
  locale: z.enum(locales),
  title: z.string(),
  body: z.string(),
  placeholders: z.array(z.string()),
  customized: z.boolean(),
  updatedByName: z.string().nullable(),
  updatedAt: timestampSchema.nullable(),
});
export type OfferLetterTemplateOutput = z.infer<typeof offerLetterTemplate>;
export const offerLetterTemplateList = z.object({ templates: z.array(offerLetterTemplate) });
