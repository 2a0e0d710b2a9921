import type { MailSettings } from '../../config';
import type { Database, Queryable } from '../../db/database';
import {
  analyzeImportedTable,
  deleteAbandonedImports,
  deleteImportRows,
  deleteSomeImportRows,
  findCandidateImport,
  findAppliedSinceCheck,
  findDuplicatesSinceCheck,
  findJobsClosedSinceCheck,
  findRowsAwaitingTheirPerson,
  importedTables,
  listWrittenApplications,
  recordRowsLeftOutAtPreview,
  listWrittenCandidates,
  recordSkippedRows,
  saveCheckedRows,
  takeImportChunk,
  updateCandidateImport,
  writeImportedCandidates,
  type CandidateImportRow,
} from '../../db/queries/candidate-imports';
import { findUserById } from '../../db/queries/users';
import { backgroundImportRows, type ImportRowProblem } from '../../domain/candidate-import';
import { privacyNoticeVersion } from '../../domain/careers';
import type { Actor } from '../actor';
import { enqueueTask, taskQueues } from '../background/task-queue';
import { companyNameOf } from '../brand/brand-service';
import { announceImportedApplications } from '../integrations/webhook-events';
import { tellAddedCandidate } from '../privacy/added-by-hr-notice';
import { Conflict } from '../errors';
import { nextTurn, requireOwnImport } from './import-access';

/** Problems of rows the preview kept out that the result page lists (the rest are counted there). */
const leftOutShown = 500;

/** Below this many candidates the planner's statistics are left to autovacuum. */
const analyzeFromRows = 500;

/**
 * Rows written per transaction, at least. PGlite has one connection: each chunk holds it (and the
 * event loop), and other requests run between chunks. 1,000 rows held others up to 1.5 s on a
 * busy machine; on an idle one chunks grow (to `chunkRowLimits.most`) while they take less than
 * `chunkMilliseconds`. Not fewer: each chunk has a fixed cost, and under CPU starvation time-sized
 * chunks shrank to 50 rows and a 10,000-row import took minutes.
 */
export const importChunkRows = 250;
const chunkMilliseconds = 200;
const chunkRowLimits = { least: importChunkRows, most: 1000 };

/** The next chunk's size from how long the last one took (at most twice as many rows). */
function nextChunkRows(rows: number, tookMs: number): number {
  const scaled = Math.round((rows * chunkMilliseconds) / Math.max(tookMs, 1));
  return Math.max(chunkRowLimits.least, Math.min(chunkRowLimits.most, rows * 2, scaled));
}

type Duplicate = { row: number; field: 'email' | 'phone'; candidateId: string };

/**
 * Before the import starts, rows that became duplicates since the preview lose their candidate
 * and get the problem the preview shows; the import goes back to its preview (status checked)
 * with fewer valid rows, and HR chooses again.
 */
async function markDuplicatesSinceCheck(
  tx: Queryable,
  found: CandidateImportRow,
  duplicates: Duplicate[],
): Promise<void> {
  await saveCheckedRows(
    tx,
    found.id,
    duplicates.map(({ row, field, candidateId }) => ({
      row,
      candidate: null,
      // Named in the preview as a duplicate found at the check is.
      problems: [
        {
          row,
          column: found.mapping?.[field] ?? null,
          field,
          code: 'duplicate_candidate',
          existingCandidateId: candidateId,
          matchedBy: [field],
        },
      ] satisfies ImportRowProblem[],
    })),
  );
  await updateCandidateImport(tx, found.id, {
    status: 'checked',
    validRows: found.validRows - duplicates.length,
    failure: 'duplicate_candidate',
  });
}

const duplicatesConflict = (duplicates: Duplicate[]) =>
  new Conflict(
    duplicates.slice(0, 100).map(({ row, field }) => ({
      path: `rows.${row}.${field}`,
      code: 'duplicate_candidate',
      message: `Row ${row}: a candidate with this ${field} was added after the preview.`,
      params: { row },
    })),
    'Candidates were added since the preview: check the rows named and confirm again.',
  );

/**
 * HR chose "import all valid rows". The rows are checked once more against the candidates stored
 * now (someone may have been added since the preview); a row that became a duplicate is named and
 * the preview shown again, nothing written. A small import is written at once, in one
 * transaction; a large one by background work (the import's status and imported rows say how far
 * it is). Rows with problems are left out.
 */
export async function requestImport(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  importId: string,
  choice: { tellCandidates: boolean },
): Promise<'completed' | 'importing'> {
  const outcome = await db.transaction(async (tx) => {
    const found = await requireOwnImport(tx, actor, importId, { forUpdate: true });
    if (found.status !== 'checked') {
      throw new Conflict(
        [{ path: 'status', code: 'not_checked', message: 'Check the rows (the preview) first.' }],
        'The import has no preview to confirm.',
      );
    }
    if (found.validRows === 0) {
      throw new Conflict(
        [{ path: 'status', code: 'no_valid_rows', message: 'No row can be imported.' }],
        'Nothing to import.',
      );
    }
    const duplicates = await findDuplicatesSinceCheck(tx, importId);
    if (duplicates.length) {
      // Kept (the preview shows them), then refused below: HR confirms again knowingly.
      await markDuplicatesSinceCheck(tx, found, duplicates);
      return { duplicates, inBackground: false };
    }
    await updateCandidateImport(tx, importId, {
      status: 'importing',
      failure: null,
      tellCandidates: choice.tellCandidates,
    });
    const inBackground = found.totalRows > backgroundImportRows;
    if (inBackground) {
      await enqueueTask(tx, taskQueues.candidateImport, { importId, step: 'import' });
    }
    return { duplicates: [], inBackground };
  });
  if (outcome.duplicates.length) throw duplicatesConflict(outcome.duplicates);
  if (outcome.inBackground) return 'importing';
  // A small import is one chunk, so one transaction: a failure leaves none of it, and the
  // preview can be confirmed again.
  await runImport(db, mail, importId, { chunkRows: backgroundImportRows }).catch(
    async (error: unknown) => {
      await updateCandidateImport(db, importId, { status: 'failed', failure: 'import_failed' });
      throw error;
    },
  );
  return 'completed';
}

/** Told after each committed chunk (tests use it to act between chunks). */
export type BetweenChunks = (progress: { importedRows: number; lastRow: number }) => Promise<void>;

/**
 * Writes the valid rows forward only, chunk by chunk: each chunk is one short transaction
 * (set-based statements), so other requests are served between chunks, and the candidates written
 * are visible (and may be worked on by HR) while the rest is written. So nothing written is ever
 * deleted:
 * - a row that became a problem since the preview (someone with its e-mail or phone arrived, its
 *   job was closed) is checked inside its chunk's transaction and skipped, kept on the import by
 *   row and reason; the chunk commits without it;
 * - a chunk marks its rows written in its own transaction, so a run that fails (or a crash) leaves
 *   whole chunks, and the next run (the queue's retry) resumes after them, never writing a row
 *   twice. What happens after the last retry is the caller's (see runImportStep).
 */
export async function runImport(
  db: Database,
  mail: MailSettings,
  importId: string,
  options: { chunkRows?: number; betweenChunks?: BetweenChunks } = {},
): Promise<void> {
  let chunkRows = options.chunkRows ?? importChunkRows;
  const found = await findCandidateImport(db, importId);
  if (!found || found.status !== 'importing') return;
  const consent = { privacyNoticeVersion, locale: 'id' };
  let imported = found.importedRows;
  let afterRow = 0;
  for (let done = false; !done;) {
    const started = performance.now();
    done = await db.transaction(async (tx) => {
      const current = await findCandidateImport(tx, importId, { forUpdate: true });
      if (current?.status !== 'importing') return true;
      const rows = await takeImportChunk(tx, importId, { afterRow, limit: chunkRows });
      if (rows.length) {
        const skipped = await rowsBlockedSinceCheck(tx, current, rows);
        const skippedRows = new Set(skipped.map((problem) => problem.row));
        const writable = rows.filter((row) => !skippedRows.has(row));
        if (skipped.length) await recordSkippedRows(tx, importId, skipped);
        if (writable.length) {
          await writeImportedCandidates(tx, importId, writable, found.createdBy, consent);
          // As for an application made any other way, in the same transaction.
          await announceImportedApplications(
            tx,
            await listWrittenApplications(tx, importId, writable),
          );
          if (current.tellCandidates) {
            await tellImportedCandidates(tx, mail, current.createdBy, importId, writable);
          }
        }
        imported = current.importedRows + writable.length;
        afterRow = rows.at(-1)!;
        await updateCandidateImport(tx, importId, { importedRows: imported });
      }
      if (rows.length === chunkRows) return false;
      await recordRowsLeftOutAtPreview(tx, importId, leftOutShown);
      await updateCandidateImport(tx, importId, { status: 'completed', finished: true });
      return true;
    });
    if (!done) await options.betweenChunks?.({ importedRows: imported, lastRow: afterRow });
    if (!options.chunkRows) chunkRows = nextChunkRows(chunkRows, performance.now() - started);
    await nextTurn();
  }
  await deleteWrittenRows(db, importId);
  if (imported >= analyzeFromRows) await analyzeImportedTables(db);
}

/**
 * Each candidate a chunk wrote is sent the privacy notice for imported candidates, queued in the
 * chunk's transaction (the outbox): a skipped row, or a chunk that rolled back, sends none.
 */
async function tellImportedCandidates(
  tx: Queryable,
  mail: MailSettings,
  importedBy: string,
  importId: string,
  rows: readonly number[],
): Promise<void> {
  const companyName = await companyNameOf(tx, mail);
  // The notice asks the candidate to reply: to the company's inbox, else to whoever imported them.
  const importer = await findUserById(tx, importedBy);
  for (const candidate of await listWrittenCandidates(tx, importId, rows)) {
    await tellAddedCandidate(tx, companyName, candidate, importer);
  }
}

/**
 * The chunk's rows that became a problem since the preview, by row and reason, as the preview
 * would name them: someone with the row's e-mail or phone was added meanwhile (a careers
 * application, HR by hand), or the row's job was closed.
 */
async function rowsBlockedSinceCheck(
  tx: Queryable,
  found: CandidateImportRow,
  rows: readonly number[],
): Promise<ImportRowProblem[]> {
  const duplicates = await findDuplicatesSinceCheck(tx, found.id, rows);
  const closed = await findJobsClosedSinceCheck(tx, found.id, rows);
  const applied = await findAppliedSinceCheck(tx, found.id, rows);
  const column = (field: 'email' | 'phone' | 'job') => found.mapping?.[field] ?? null;
  const problems: ImportRowProblem[] = [
    ...duplicates.map(({ row, field }) => ({
      row,
      column: column(field),
      field,
      code: 'duplicate_since_preview',
    })),
    ...closed
      .filter((row) => !duplicates.some((duplicate) => duplicate.row === row))
      .map((row) => ({
        row,
        column: column('job'),
        field: 'job' as const,
        code: 'job_closed_since_preview',
      })),
    ...applied
      .filter((row) => !duplicates.some((d) => d.row === row) && !closed.includes(row))
      .map((row) => ({
        row,
        column: column('job'),
        field: 'job' as const,
        code: 'already_applied_since_preview',
      })),
  ];
  return [...problems, ...(await leftWithTheirFirstRow(tx, found, rows, problems))].sort(
    (a, b) => a.row - b.row,
  );
}

/**
 * Second applications of a person whose first row of the file was left out (now, or in an
 * earlier chunk): there is no candidate to add them to, so they are left out too, naming that row.
 */
async function leftWithTheirFirstRow(
  tx: Queryable,
  found: CandidateImportRow,
  rows: readonly number[],
  skipped: readonly ImportRowProblem[],
): Promise<ImportRowProblem[]> {
  const skippedRows = new Set(skipped.map((problem) => problem.row));
  const chunk = new Set(rows);
  return (await findRowsAwaitingTheirPerson(tx, found.id, rows))
    .filter(
      ({ row, sameAsRow }) =>
        !skippedRows.has(row) && (skippedRows.has(sameAsRow) || !chunk.has(sameAsRow)),
    )
    .map(({ row, sameAsRow }) => ({
      row,
      column: null,
      field: null,
      code: 'first_row_left_out',
      otherRow: sameAsRow,
    }));
}

/** Rows deleted per statement once an import completed. */
const deletedRowsPerTurn = 2000;

/**
 * The completed import's file rows are deleted a batch at a time (one statement for 50,000 rows
 * held PGlite for most of a second); the nightly upkeep deletes any a crash left behind.
 */
async function deleteWrittenRows(db: Database, importId: string): Promise<void> {
  while ((await deleteSomeImportRows(db, importId, deletedRowsPerTurn)) === deletedRowsPerTurn) {
    await nextTurn();
  }
}

async function analyzeImportedTables(db: Database): Promise<void> {
  // One table at a time: other requests run in between.
  for (const table of importedTables) {
    await db.transaction((tx) => analyzeImportedTable(tx, table));
    await nextTurn();
  }
}

/** How long an upload waits for its import before its rows are deleted as abandoned. */
export const abandonedImportDays = 7;

/** Deletes uploads never imported after `abandonedImportDays` (the nightly retention work). */
export async function deleteAbandonedUploads(db: Database, now = new Date()): Promise<number> {
  const cutOff = new Date(now.getTime() - abandonedImportDays * 24 * 60 * 60 * 1000);
  return deleteAbandonedImports(db, cutOff);
}

/** HR chose to import nothing: the file's rows are deleted. */
export async function cancelImport(db: Database, actor: Actor, importId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const found = await requireOwnImport(tx, actor, importId, { forUpdate: true });
    if (['importing', 'completed'].includes(found.status)) {
      throw new Conflict(
        [{ path: 'status', code: 'import_done', message: 'The import has already run.' }],
        'Too late to cancel.',
      );
    }
    await updateCandidateImport(tx, importId, { status: 'cancelled', finished: true });
    await deleteImportRows(tx, importId);
  });
}
