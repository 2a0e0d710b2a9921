import { z } from 'zod';
import { locales } from '../../domain/locale';
import { jobDescriptionFields } from './jobs.schema';
import { monthlyAmountProblem, parseRupiah } from '../../domain/money';
import { normaliseMobilePhone } from '../../domain/phone';
import { normaliseWebLink } from '../../domain/web-link';
import { emailSchema, idSchema, text, timestampSchema } from './common.schema';
import { cvUpload } from './upload.schema';

export const careersJobParams = z.object({ jobId: idSchema });

export const publicJob = z.object({
  id: idSchema,
  /** The job's shareable page: /careers/<title-slug>-<id>. */
  path: z.string(),
  ...jobDescriptionFields,
  /** Who runs the user interview, by job title only (e.g. "Engineering Lead"). */
  userTitle: z.string().nullable(),
  postedAt: timestampSchema,
  /** How long the company keeps the data of candidates who were not hired (the privacy notice). */
  retentionMonths: z.number().int(),
  /** The gross monthly band in rupiah, only when the company chose to show it for this job. */
  salaryBand: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
});
export type PublicJob = z.infer<typeof publicJob>;

export const publicJobList = z.object({ items: z.array(publicJob) });
export type PublicJobList = z.infer<typeof publicJobList>;

/** Multipart fields arrive as strings; an empty one means "not given". */
const optionalField = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** A checkbox: sent as "true" (or "on") when ticked, absent otherwise. */
const checkbox = () =>
  z.preprocess(
    (value) => (value === undefined || value === '' ? 'false' : value),
    z.stringbool({ truthy: ['true', 'on', '1'], falsy: ['false', '0'] }),
  );

export const careersApplicationInput = z.object({
  fullName: text(200, 1),
  email: emailSchema,
  phone: text(30, 1).superRefine((value, ctx) => {
    const result = value ? normaliseMobilePhone(value) : undefined;
    if (result && !result.ok) {
      for (const problem of result.problems) {
        ctx.addIssue({ code: 'custom', message: problem.message, params: { code: problem.code } });
      }
    }
  }),
  city: text(100, 1),
  /** `github.com/sari` is taken as https://github.com/sari. */
  portfolioUrl: optionalField(
    z.string().transform((value, ctx) => {
      const link = normaliseWebLink(value);
      if (link.ok) return link.value;
      for (const problem of link.problems) {
        ctx.addIssue({ code: 'custom', message: problem.message, params: { code: problem.code } });
      }
      return z.NEVER;
    }),
  ),
  /** Optional: the expected monthly salary as typed (`8.500.000`, `Rp 8500000`, `8,5 juta`). */
  expectedSalary: optionalField(
    z.string().transform((value, ctx) => {
      const amount = parseRupiah(value, 'expectedSalary');
      const problems = amount.ok
        ? [monthlyAmountProblem(amount.value, 'expectedSalary')].filter((p) => p !== undefined)
        : amount.problems;
      for (const problem of problems) {
        ctx.addIssue({ code: 'custom', message: problem.message, params: { code: problem.code } });
      }
      return amount.ok && !problems.length ? amount.value : z.NEVER;
    }),
  ),
  /** It must be ticked. */
  consent: checkbox().refine((value) => value, {
    error: 'Agree to the processing of your data for this recruitment to apply.',
    params: { code: 'consent_required' },
  }),
  /** Optional: also keep the data in the talent pool for other openings. */
  talentPool: checkbox(),
  privacyNoticeVersion: text(40, 1),
  locale: optionalField(z.enum(locales)),
  /** The honeypot: a field people never see. */
  website: text(500).optional(),
  cv: cvUpload,
});

export const careersApplicationResult = z.object({
  received: z.literal(true),
  jobTitle: z.string(),
});
export type CareersApplicationResult = z.infer<typeof careersApplicationResult>;
