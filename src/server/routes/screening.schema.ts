import { z } from 'zod';
import { screeningStages, termKinds } from '../../domain/cv-screening';
import { cvFileKinds, cvTextStatuses } from '../../domain/cv-file';
import { stageSchema } from './applications.schema';
import { idSchema, timestampSchema } from './common.schema';

export const screeningQuery = z.object({
  stage: z
    .enum(screeningStages)
    .optional()
    .describe('Without it: Applied when applications wait there, else CV screening'),
});

const snippet = z.object({ before: z.string(), match: z.string(), after: z.string() });
const termKind = z.enum(termKinds);

export const screening = z.object({
  job: z.object({
    id: idSchema,
    title: z.string(),
    requiredSkills: z.array(z.string()),
    tools: z.array(z.string()),
  }),
  stage: z.enum(screeningStages).describe('The stage shown (the one asked, or where work waits)'),
  counts: z
    .object({ applied: z.number().int(), cv_screening: z.number().int() })
    .describe('How many applications wait at each screening stage'),
  items: z.array(
    z.object({
      applicationId: idSchema,
      candidateId: idSchema,
      candidateName: z.string(),
      city: z.string().nullable(),
      stage: stageSchema,
      appliedAt: timestampSchema,
      cvFile: z
        .object({
          id: idSchema,
          fileName: z.string(),
          kind: z.enum(cvFileKinds),
          textStatus: z.enum(cvTextStatuses),
          textProblem: z.string().nullable(),
        })
        .nullable(),
      screening: z
        .object({
          found: z.array(
            z.object({ term: z.string(), kind: termKind, snippet, mentions: z.number().int() }),
          ),
          missing: z.array(z.object({ term: z.string(), kind: termKind })),
          experience: z.array(
            z.object({
              years: z.number(),
              orMore: z.boolean(),
              kind: z
                .enum(['stated', 'period'])
                .describe('Said in words, or read from a period such as "2019 - sekarang"'),
              snippet,
            }),
          ),
        })
        .nullable(),
    }),
  ),
});
export type Screening = z.infer<typeof screening>;
