import { suggestMapping } from '../../domain/candidate-import';
import type { ImportState } from '../../services/candidate-imports/read-import';

/** What the importer sees of an import: never who else's, never the stored rows themselves. */
export function presentImport(state: ImportState) {
  return {
    id: state.id,
    fileName: state.fileName,
    columns: state.columns,
    suggestedMapping: suggestMapping(state.columns),
    mapping: state.mapping,
    status: state.status,
    totalRows: state.totalRows,
    checkedRows: state.checkedRows,
    validRows: state.validRows,
    importedRows: state.importedRows,
    failure: state.failure,
    problems: state.problems,
    problemCount: state.problemCount,
    duplicateCount: state.duplicateCount,
    duplicateRows: state.duplicateRows,
    noteCount: state.noteCount,
    noteCountOnImportedRows: state.noteCountOnImportedRows,
    rowsToImport: state.rowsToImport,
    draftJobs: state.draftJobs,
    importedCandidates: state.importedCandidates,
    newCandidates: state.newCandidates,
    // Skipped rows keep no stored candidate's id (they are kept after the import).
    skippedRows: state.skippedRows,
    stoppedAtRow: state.stoppedAtRow,
    createdAt: state.createdAt.toISOString(),
    finishedAt: state.finishedAt?.toISOString() ?? null,
  };
}
