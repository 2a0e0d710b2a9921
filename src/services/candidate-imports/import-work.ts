import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { stopCandidateImport, updateCandidateImport } from '../../db/queries/candidate-imports';
import { runCheck } from './check-import';
import { runImport } from './commit-import';

/**
 * A large import's background step. A failure is recorded on the import as a code (the SQLSTATE
 * where there is one: a database message may quote a value from the file).
 * - A failed check is not retried: it can be run again with the same or another mapping.
 * - A failed import is retried by the queue (`attempt`), resuming after its last committed chunk;
 *   after the last attempt it is stopped where it is, keeping what it wrote (candidates HR may
 *   already be working on are never deleted).
 */
export async function runImportStep(
  db: Database,
  mail: MailSettings,
  importId: string,
  step: 'check' | 'import',
  attempt: { final: boolean },
  report: { onFailure?: (code: string) => void } = {},
): Promise<void> {
  try {
    if (step === 'check') await runCheck(db, importId);
    else await runImport(db, mail, importId);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const failure = `${step}_failed${typeof code === 'string' ? `:${code}` : ''}`;
    report.onFailure?.(failure);
    if (step === 'check') {
      await updateCandidateImport(db, importId, { status: 'failed', failure, finished: false });
      return;
    }
    if (!attempt.final) throw error;
    await stopCandidateImport(db, importId, failure);
  }
}
