import type { Database } from '../../db/database';
import {
  findMatchedCandidateNames,
  listImportDraftJobs,
  countCandidatesImportedAnew,
  listImportedCandidates,
  listImportProblems,
  listRowsToImport,
  type CandidateImportRow,
} from '../../db/queries/candidate-imports';
import type { ImportRowProblem } from '../../domain/candidate-import';
import type { Actor } from '../actor';
import { requireOwnImport } from './import-access';

export type PreviewProblem = ImportRowProblem & {
  person: string | null;
  /** The row goes in (its problems are notes and warnings only): a note must not say otherwise. */
  rowImported: boolean;
  /** The stored candidate a duplicate row matched, by name (HR sees every candidate). */
  existingCandidate?: { id: string; fullName: string };
};

export interface ImportState extends CandidateImportRow {
  /**
   * The first problems in row order (the preview's table), each with the row's person as the file
   * names them, and how many there are in all.
   */
  problems: PreviewProblem[];
  /** Problems that keep a row out and need fixing in the file: duplicates are counted apart. */
  problemCount: number;
  /** Duplicate problems (the person is already in Seleksi, or on an earlier line). */
  duplicateCount: number;
  /** Rows skipped as duplicates: not errors, those people are not imported twice. */
  duplicateRows: number;
  /** Warnings and notices: they keep no row out (a row may be kept out by another problem). */
  noteCount: number;
  /** The notes on rows that will be imported: the preview's summary counts only these. */
  noteCountOnImportedRows: number;
  /**
   * Who will be imported: the first valid rows, by row number and the file's name (`validRows` in
   * all); a row for a person already stored names the candidate its application is added to.
   */
  rowsToImport: RowToImport[];
  /** Jobs the valid rows go to that are not published yet (drafts), with their row counts. */
  draftJobs: { id: string; title: string; rows: number }[];
  /** Who was imported, once written: the first rows' candidates (`importedRows` in all). */
  importedCandidates: { id: string; fullName: string }[];
  /**
   * Of `importedRows`, the lines that stored a new person; the others added an application to
   * someone already stored (or named on an earlier line), so "n candidates imported" would overcount.
   */
  newCandidates: number;
}

export interface RowToImport {
  row: number;
  fullName: string;
  existingCandidate?: { id: string; fullName: string };
}

/** How far shown problems go: enough to fix a file, without sending 50,000 of them at once. */
const shownProblems = 500;
/** Names listed of the rows to import: enough to recognise the file, the rest are counted. */
export const shownRowsToImport = 50;

/** An import's status and progress, and its preview's problems by row and column. */
export async function readImport(
  db: Database,
  actor: Actor,
  importId: string,
): Promise<ImportState> {
  const found = await requireOwnImport(db, actor, importId);
  const previewed = found.status === 'checked' || found.status === 'failed';
  const { problems, total, notes, notesOnImportedRows, duplicates, duplicateRows } = previewed
    ? await listImportProblems(db, importId, {
        limit: shownProblems,
        personColumns: {
          name: found.mapping?.fullName ?? null,
          email: found.mapping?.email ?? null,
        },
      })
    : { problems: [], total: 0, notes: 0, notesOnImportedRows: 0, duplicates: 0, duplicateRows: 0 };
  const draftJobs = previewed ? await listImportDraftJobs(db, importId) : [];
  const rowsToImport = previewed
    ? (await listRowsToImport(db, importId, shownRowsToImport)).map(
        ({ row, fullName, storedId, storedName }): RowToImport =>
          storedId && storedName
            ? { row, fullName, existingCandidate: { id: storedId, fullName: storedName } }
            : { row, fullName },
      )
    : [];
  const written = ['completed', 'stopped', 'cancelled'].includes(found.status);
  const importedCandidates =
    written && found.importedRows > 0
      ? await listImportedCandidates(db, importId, shownRowsToImport)
      : [];
  const newCandidates =
    written && found.importedRows > 0 ? await countCandidatesImportedAnew(db, importId) : 0;
  return {
    ...found,
    problems: await withMatchedNames(db, problems),
    problemCount: total,
    duplicateCount: duplicates,
    duplicateRows,
    noteCount: notes,
    noteCountOnImportedRows: notesOnImportedRows,
    rowsToImport,
    draftJobs,
    importedCandidates,
    newCandidates,
  };
}

/** Names the stored candidate of each duplicate (the import row keeps only their id). */
async function withMatchedNames(
  db: Database,
  problems: (ImportRowProblem & { person: string | null; rowImported: boolean })[],
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
