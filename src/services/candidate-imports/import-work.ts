import type { Database } from '../../db/database';
import { updateCandidateImport } from '../../db/queries/candidate-imports';
import { runCheck } from './check-import';
import { runImport } from './commit-import';

/**
 * A large import's background step. A failure is recorded on the import as a code (the SQLSTATE
 * where there is one: a database message may quote a value from the file), never retried.
 */
export async function runImportStep(
  db: Database,
  importId: string,
  step: 'check' | 'import',
  report: { onFailure?: (code: string) => void } = {},
): Promise<void> {
  try {
    if (step === 'check') await runCheck(db, importId);
    else await runImport(db, importId);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const failure = `${step}_failed${typeof code === 'string' ? `:${code}` : ''}`;
    report.onFailure?.(failure);
    // A failed check can be run again with the same or another mapping; a failed import
    // wrote nothing (one transaction) and goes back to its preview.
    await updateCandidateImport(db, importId, { status: 'failed', failure, finished: false });
  }
}
