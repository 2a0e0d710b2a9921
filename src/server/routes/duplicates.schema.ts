import { z } from 'zod';
import { locales } from '../../domain/locale';
import { duplicateReasons } from '../../domain/duplicates';
import { stageSchema } from './applications.schema';
import { idSchema, timestampSchema } from './common.schema';

export const duplicateList = z.object({
  items: z.array(
    z.object({
      id: idSchema,
      fullName: z.string(),
      email: z.string(),
      phone: z.string().nullable(),
      city: z.string().nullable(),
      createdAt: timestampSchema,
      reasons: z.array(z.enum(duplicateReasons)),
      /** Trigram similarity of the two names, 0–1. */
      nameSimilarity: z.number(),
      /** The jobs this record applied to, oldest first: what tells look-alike records apart. */
      applications: z.array(
        z.object({
          id: idSchema,
          jobId: idSchema,
          jobTitle: z.string(),
          stage: stageSchema,
          appliedAt: timestampSchema,
        }),
      ),
    }),
  ),
});
export type DuplicateList = z.infer<typeof duplicateList>;

export const mergeInput = z.object({
  /** The duplicate to fold into the candidate in the path, which stays. */
  duplicateId: idSchema,
  /** The merging user's language: the note naming the duplicate is written in it. */
  locale: z.enum(locales).default('id'),
});
export type MergeInput = z.infer<typeof mergeInput>;
