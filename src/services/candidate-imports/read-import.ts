import type { Database } from '../../db/database';
import {
  findMatchedCandidateNames,
  listImportDraftJobs,
  listImportProblems,
  type CandidateImportRow,
} from '../../db/queries/candidate-imports';
import type { ImportRowProblem } from '../../domain/candidate-import';
import type { Actor } from '../actor';
import { requireOwnImport } from './import-access';

export type PreviewProblem = ImportRowProblem & {
  person: string | null;
  /** The stored candidate a duplicate row matched, by name (HR sees every candidate). */
  existingCandidate?: { id: string; fullName: string };
};

export interface ImportState extends CandidateImportRow {
  /**
   * The first problems in row order (the preview's table), each with the row's person as the file
   * names them, and how many there are in all.
   */
  problems: PreviewProblem[];
  /** Problems that keep a row out. */
  problemCount: number;
  /** Warnings and notices: they keep no row out (a row may be kept out by another problem). */
  noteCount: number;
  /** The notes on rows that will be imported: the preview's summary counts only these. */
  noteCountOnImportedRows: number;
  /** Jobs the valid rows go to that are not published yet (drafts), with their row counts. */
  draftJobs: { id: string; title: string; rows: number }[];
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
  const previewed = found.status === 'checked' || found.status === 'failed';
  const { problems, total, notes, notesOnImportedRows } = previewed
    ? await listImportProblems(db, importId, {
        limit: shownProblems,
        personColumns: {
          name: found.mapping?.fullName ?? null,
          email: found.mapping?.email ?? null,
        },
      })
    : { problems: [], total: 0, notes: 0, notesOnImportedRows: 0 };
  const draftJobs = previewed ? await listImportDraftJobs(db, importId) : [];
  return {
    ...found,
    problems: await withMatchedNames(db, problems),
    problemCount: total,
    noteCount: notes,
    noteCountOnImportedRows: notesOnImportedRows,
    draftJobs,
  };
}

/** Names the stored candidate of each duplicate (the import row keeps only their id). */
async function withMatchedNames(
  db: Database,
  problems: (ImportRowProblem & { person: string | null })[],
): Promise<PreviewProblem[]> {
  const ids = [...new Set(problems.flatMap((p) => p.existingCandidateId ?? []))];
  const names = await findMatchedCandidateNames(db, ids);
  return problems.map(({ existingCandidateId, ...problem }) => {
    const fullName = existingCandidateId && names.get(existingCandidateId);
    return fullName
      ? { ...problem, existingCandidate: { id: existingCandidateId, fullName } }
      : problem;
  });
}
