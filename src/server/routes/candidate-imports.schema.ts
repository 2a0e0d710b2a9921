import { z } from 'zod';
import { candidateSources } from '../../domain/candidate';
import { importFields, importLimits } from '../../domain/candidate-import';
import { importStatuses } from '../../db/queries/candidate-imports';
import { idSchema, timestampSchema } from './common.schema';
import { uploadedFile } from './upload.schema';

export const importParams = z.object({ importId: idSchema });

export const importUpload = z.object({ file: uploadedFile(importLimits.maxBytes) });

const columnIndex = z
  .number({ error: 'Choose a column by its index.' })
  .int({ error: 'Choose a column by its index.' })
  .min(0, { error: 'Choose a column by its index.' });

/** Field → index of the column it comes from; a field left out is not in the file. */
export const importMapping = z
  .object(Object.fromEntries(importFields.map((field) => [field, columnIndex.optional()])))
  .describe('Field → column index (0-based)') as z.ZodType<
  Partial<Record<(typeof importFields)[number], number>>
>;

export const importCheckInput = z.object({ mapping: importMapping });

export const importConfirmation = z.object({
  tellCandidates: z
    .boolean()
    .describe(
      "Send each imported candidate the privacy notice for imported candidates (queued with the rows; a skipped row gets none). Required, so an API client chooses; the web's checkbox is ticked by default",
    ),
});

export const importProblem = z.object({
  row: z.number().int().describe("The spreadsheet's row number (the header is row 1)"),
  column: z.number().int().nullable().describe('Column index, null for the whole row'),
  field: z.enum(importFields).nullable(),
  code: z.string(),
  otherRow: z.number().int().optional().describe('The earlier row, for a duplicate in the file'),
  warning: z.boolean().optional().describe('A hint only: the row is still imported'),
  notice: z
    .boolean()
    .optional()
    .describe('Information only: the row is imported as told (an unknown source kept as Other)'),
  value: z.string().optional().describe('The cell as the file has it, for a notice'),
  readAs: z
    .enum(candidateSources)
    .optional()
    .describe('The source a word that is not a source name was read as (source_read_as)'),
  matchedBy: z
    .array(z.enum(['email', 'phone']))
    .optional()
    .describe('A duplicate of a stored candidate: which of the e-mail and phone they share'),
  nearestJob: z
    .string()
    .optional()
    .describe('unknown_job: the title of the open job nearest to the one the row names'),
  openJobs: z
    .array(z.string())
    .optional()
    .describe('unknown_job with no title near: the open jobs’ titles (the first 10)'),
  atPreview: z
    .boolean()
    .optional()
    .describe(
      'A skipped row the preview already kept out (an error or a duplicate), kept on the completed import',
    ),
});

export const importPreviewProblem = importProblem.extend({
  person: z
    .string()
    .nullable()
    .describe("The row's name (or e-mail) as the file has it, for HR to find the row"),
  rowImported: z
    .boolean()
    .describe(
      'The row will be imported (its problems are notes and warnings only); false: another problem keeps it out',
    ),
  existingCandidate: z
    .object({ id: idSchema, fullName: z.string() })
    .optional()
    .describe('The stored candidate a duplicate row matched (HR sees every candidate)'),
});

export const candidateImport = z.object({
  id: idSchema,
  fileName: z.string(),
  columns: z.array(z.string()),
  suggestedMapping: importMapping,
  mapping: importMapping.nullable(),
  status: z.enum(importStatuses),
  totalRows: z.number().int(),
  checkedRows: z.number().int(),
  validRows: z.number().int(),
  importedRows: z.number().int(),
  newCandidates: z
    .number()
    .int()
    .describe(
      'Of importedRows, the lines that stored a new person (the others added an application to one stored)',
    ),
  failure: z.string().nullable(),
  problems: z.array(importPreviewProblem).describe('The first 500 problems, in row order'),
  problemCount: z
    .number()
    .int()
    .describe('Problems that keep a row out of the import and need fixing (not duplicates)'),
  duplicateCount: z
    .number()
    .int()
    .describe('Duplicate problems: the person is already in Seleksi or on an earlier line'),
  duplicateRows: z
    .number()
    .int()
    .describe('Rows skipped as duplicates (not errors: those people are not imported twice)'),
  noteCount: z
    .number()
    .int()
    .describe(
      'Warnings and notices (e.g. a source kept as Other): they keep no row out, though a problem may',
    ),
  noteCountOnImportedRows: z
    .number()
    .int()
    .describe('The warnings and notices on rows that will be imported'),
  rowsToImport: z
    .array(
      z.object({
        row: z.number().int(),
        fullName: z.string().describe("The name on the file's line"),
        existingCandidate: z
          .object({ id: idSchema, fullName: z.string() })
          .optional()
          .describe(
            'For a person already stored: the candidate the application is added to, by their stored name',
          ),
      }),
    )
    .describe(
      'Who will be imported: the first 50 valid rows in row order, by row number and name (validRows in all)',
    ),
  draftJobs: z
    .array(z.object({ id: idSchema, title: z.string(), rows: z.number().int() }))
    .describe(
      'Jobs the valid rows go to that are drafts, not published yet, with their row counts',
    ),
  importedCandidates: z
    .array(z.object({ id: idSchema, fullName: z.string() }))
    .describe(
      'Who was imported, once written: the first 50 candidates in row order (importedRows in all)',
    ),
  skippedRows: z
    .array(importProblem)
    .describe(
      'Rows left out while writing, by row and reason: they became a problem since the preview (someone with the e-mail or phone arrived meanwhile, the job was closed)',
    ),
  stoppedAtRow: z
    .number()
    .int()
    .nullable()
    .describe(
      'Status stopped: the first valid row not written (what was written before it is kept)',
    ),
  createdAt: timestampSchema,
  finishedAt: timestampSchema.nullable(),
});

export const uploadedImport = candidateImport.extend({
  sampleRows: z.array(z.array(z.string())).describe('The first rows, to recognise the columns'),
});
