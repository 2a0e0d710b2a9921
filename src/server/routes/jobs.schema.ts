import { spreadsheetFormats } from '../../domain/spreadsheet/cell';
import { locales } from '../../domain/locale';
import { attentionReasons } from '../../domain/today';
import { z } from 'zod';
import { applicationAbilities, jobAbilities } from './abilities.schema';
import { employmentTypes, jobStatuses, workModes } from '../../domain/job';
import { stages } from '../../domain/pipeline';
import { provinces } from '../../domain/province';
import { readSalaryBand } from '../../domain/salary';
import { teamRoles } from '../../domain/roles';
import {
  expectedUpdatedAtSchema,
  idSchema,
  termsSchema,
  text,
  timestampSchema,
} from './common.schema';

export const jobParams = z.object({ jobId: idSchema });

/** A band's end: whole rupiah, or as typed (`8,5 juta`); blank or null is none. */
const typedAmount = z
  .union([z.number(), z.string().max(100, { error: 'At most 100 characters.' })])
  .nullable()
  .default(null)
  .describe('Gross monthly: whole rupiah, or as typed (`8,5 juta`, `Rp 8.500.000`); blank is none');

const jobFields = z.object({
  title: text(200, 1),
  department: text(100, 1),
  city: text(100, 1),
  workMode: z.enum(workModes),
  employmentType: z.enum(employmentTypes),
  description: text(20_000).default(''),
  requiredSkills: termsSchema.default([]),
  tools: termsSchema.default([]),
  testsEnabled: z.boolean().default(false),
  /** Whose regional minimum wage an offer for this job must meet. */
  province: z.enum(provinces).nullable().default(null),
  /** Gross monthly; both ends or neither, the lower first, checked with the careers choice. */
  salaryMin: typedAmount,
  salaryMax: typedAmount,
  salaryShownOnCareers: z.boolean().default(false),
  team: z.object({
    recruiterId: idSchema,
    hiringManagerId: idSchema,
    interviewerIds: z.array(idSchema).max(20).default([]),
  }),
});

/**
 * The band's rules (an unreadable end, a reversed band) run even when another field is refused,
 * so that the form's first answer names them beside the rest; the service checks them again.
 */
const withSalaryBand = {
  when: () => true,
} as const;
function salaryBandIssues(
  value: { salaryMin?: unknown; salaryMax?: unknown; salaryShownOnCareers?: unknown },
  ctx: z.core.$RefinementCtx,
) {
  // It runs even when the body is not an object at all (`null`): that is the schema's to refuse.
  if (typeof value !== 'object' || value === null) return;
  const typed = (end: unknown) => (typeof end === 'number' || typeof end === 'string' ? end : null);
  const band = readSalaryBand({
    min: typed(value.salaryMin),
    max: typed(value.salaryMax),
    shownOnCareers: value.salaryShownOnCareers === true,
  });
  if (band.ok) return;
  for (const problem of band.problems) {
    ctx.addIssue({
      code: 'custom',
      path: [problem.path],
      message: problem.message,
      params: { code: problem.code },
    });
  }
}

export const jobInput = jobFields.superRefine(salaryBandIssues, withSalaryBand);

/** An edit: the job's fields, and its updatedAt when the form was opened. */
export const jobEditInput = jobFields
  .extend({ expectedUpdatedAt: expectedUpdatedAtSchema })
  .superRefine(salaryBandIssues, withSalaryBand);
export type JobInput = z.input<typeof jobInput>;

export const teamMember = z.object({
  userId: idSchema,
  teamRole: z.enum(teamRoles),
  name: z.string(),
  title: z.string().nullable(),
});

/** What a job says about itself, to staff (`job`) and on the careers page (`publicJob`). */
export const jobDescriptionFields = {
  title: z.string(),
  department: z.string(),
  city: z.string(),
  workMode: z.enum(workModes),
  employmentType: z.enum(employmentTypes),
  description: z.string(),
  requiredSkills: z.array(z.string()),
  tools: z.array(z.string()),
  testsEnabled: z.boolean(),
};

export const job = z.object({
  id: idSchema,
  ...jobDescriptionFields,
  province: z.enum(provinces).nullable(),
  /** The gross monthly band; null when there is none or the reader may not see salaries. */
  salaryMin: z.number().nullable(),
  salaryMax: z.number().nullable(),
  salaryShownOnCareers: z.boolean(),
  status: z.enum(jobStatuses),
  stages: z.array(z.enum(stages)),
  team: z.array(teamMember),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  can: jobAbilities,
});
export type Job = z.infer<typeof job>;

export const jobListQuery = z.object({ status: z.enum(jobStatuses).optional() });
/**
 * A job as the jobs list and the job pickers show it; the job's own page reads the rest (`job`).
 * Its hiring managers are named for the list and let a manager's report filter offer their jobs.
 */
export const jobSummary = z.object({
  id: idSchema,
  title: z.string(),
  department: z.string(),
  city: z.string(),
  workMode: z.enum(workModes),
  employmentType: z.enum(employmentTypes),
  status: z.enum(jobStatuses),
  activeApplications: z.number().int(),
  hiringManagers: z.array(z.object({ userId: idSchema, name: z.string() })),
  /** The reader's own places in the job's team (none when they are not in it). */
  yourRoles: z.array(z.enum(teamRoles)),
});
export const jobList = z.object({ items: z.array(jobSummary) });
export type JobList = z.infer<typeof jobList>;

export const boardCard = z.object({
  applicationId: idSchema,
  candidateId: idSchema,
  candidateName: z.string(),
  /** The candidate's data was erased or anonymised: show the name as "anonymous" in the reader's language. */
  anonymised: z
    .literal(true)
    .optional()
    .describe('Present (true) when the candidate was erased or anonymised; absent otherwise'),
  tags: z.array(z.string()),
  stageEnteredAt: timestampSchema,
  /** Working days waited in the stage, as Today counts them against the stage's target. */
  workingDaysInStage: z.number().int(),
  appliedAt: timestampSchema,
  /** The next booked interview that has not ended, shown in its own time zone. */
  nextInterview: z.object({ startsAt: timestampSchema, timeZone: z.string() }).nullable(),
  /** Why the card needs someone now (empty: nothing), by the same rules as Today. */
  needsAction: z.array(z.enum(attentionReasons)),
  /** Only where they differ from the column's `can` (the card's HR gate): absent, use those. */
  can: applicationAbilities
    .optional()
    .describe(
      "Only where they differ from the column's can (the card's HR gate); absent: the column's",
    ),
});
export type BoardCard = z.infer<typeof boardCard>;

/** Where "load more" continues a column: opaque, as the previous page gave it. */
const boardCursor = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'Must be a position the board gave.' });

/** Searching inside the board: name, e-mail or tag contains the words (any case). */
export const boardQuery = z.object({
  q: text(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
/** `column` is the stage the column shows (`stage` already names interview stages in paths). */
export const boardColumnParams = jobParams.extend({ column: z.enum(stages) });
export const boardColumnQuery = boardQuery.extend({ after: boardCursor.optional() });

export const boardColumn = z.object({
  stage: z.enum(stages),
  /** Every application in the stage matching the search, however many cards came with it. */
  count: z.number().int(),
  /** What may be done with the column's cards, except a card that carries its own `can`. */
  can: applicationAbilities.describe(
    'What the user may do with any card of the column that carries no can of its own',
  ),
  cards: z.array(boardCard),
  /** Pass as `after` for the next page; null when the column has no more. */
  next: z.string().nullable(),
});
export type BoardColumn = z.infer<typeof boardColumn>;

export const jobBoard = z.object({ job, columns: z.array(boardColumn) });
export type JobBoard = z.infer<typeof jobBoard>;

/** A file download's format and the language of its headers. */
export const exportFileQuery = z.object({
  format: z.enum(spreadsheetFormats, { error: 'Choose csv or xlsx.' }),
  locale: z.enum(locales).default('id').describe('The language of the headers'),
});
