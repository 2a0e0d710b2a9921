import type { Database } from '../../db/database';
import {
  analyzeImportedTables,
  deleteImportRows,
  findCandidateImport,
  updateCandidateImport,
  writeImportedCandidates,
} from '../../db/queries/candidate-imports';
import { backgroundImportRows } from '../../domain/candidate-import';
import { privacyNoticeVersion } from '../../domain/careers';
import type { Actor } from '../actor';
import { enqueueTask, taskQueues } from '../background/task-queue';
import { Conflict } from '../errors';
import { requireOwnImport } from './import-access';

/** Below this many candidates the planner's statistics are left to autovacuum. */
const analyzeFromRows = 500;

/**
 * HR chose "import all valid rows". A small import is written at once; a large one by background
 * work (the import's status says when it is done). Rows with problems are left out.
 */
export async function requestImport(
  db: Database,
  actor: Actor,
  importId: string,
): Promise<'completed' | 'importing'> {
  const background = await db.transaction(async (tx) => {
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
    await updateCandidateImport(tx, importId, { status: 'importing' });
    const inBackground = found.totalRows > backgroundImportRows;
    if (inBackground) {
      await enqueueTask(tx, taskQueues.candidateImport, { importId, step: 'import' });
    }
    return inBackground;
  });
  if (background) return 'importing';
  await runImport(db, importId);
  return 'completed';
}

/**
 * Writes all valid rows in one transaction (all or nothing): set-based statements, so 50,000
 * rows are a handful of statements, not 250,000. The import's rows are deleted with it.
 */
export async function runImport(db: Database, importId: string): Promise<void> {
  const found = await findCandidateImport(db, importId);
  if (!found || found.status !== 'importing') return;
  const imported = await db.transaction(async (tx) => {
    const count = await writeImportedCandidates(tx, importId, found.createdBy, {
      privacyNoticeVersion,
      locale: 'id',
    });
    await updateCandidateImport(tx, importId, {
      status: 'completed',
      importedRows: count,
      finished: true,
    });
    await deleteImportRows(tx, importId);
    return count;
  });
  if (imported >= analyzeFromRows) await analyzeImportedTables(db);
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
