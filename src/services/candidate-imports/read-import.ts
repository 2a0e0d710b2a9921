import type { Database } from '../../db/database';
import { listImportProblems, type CandidateImportRow } from '../../db/queries/candidate-imports';
import type { ImportRowProblem } from '../../domain/candidate-import';
import type { Actor } from '../actor';
import { requireOwnImport } from './import-access';

export interface ImportState extends CandidateImportRow {
  /**
   * The first problems in row order (the preview's table), each with the row's person as the file
   * names them, and how many there are in all.
   */
  problems: (ImportRowProblem & { person: string | null })[];
  problemCount: number;
}

/** How far shown problems go: enough to fix a file, without sending 50,000 of them at once. */
const shownProblems = 500;

/** An import's status and progress, and its preview's problems by row and column. */
export async function readImport(
  db: Database,
  actor: Actor,
  importId: string,
): Promise<ImportState> {
  const found = await requireOwnImport(db, actor, importId);
  const { problems, total } =
    found.status === 'checked' || found.status === 'failed'
      ? await listImportProblems(db, importId, {
          limit: shownProblems,
          personColumns: {
            name: found.mapping?.fullName ?? null,
            email: found.mapping?.email ?? null,
          },
        })
      : { problems: [], total: 0 };
  return { ...found, problems, problemCount: total };
}
