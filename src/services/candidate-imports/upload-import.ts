import type { Database } from '../../db/database';
import {
  deleteCandidateImport,
  insertCandidateImport,
  insertImportRows,
  setImportTotalRows,
} from '../../db/queries/candidate-imports';
import { importLimits, suggestMapping, type ImportMapping } from '../../domain/candidate-import';
import type { Actor } from '../actor';
import { requireHr } from '../access-policy';
import { Invalid } from '../errors';
import { nextTurn } from './import-access';
import { spreadsheetRows, type SpreadsheetRow } from './spreadsheet-rows';

export interface UploadedImport {
  id: string;
  columns: string[];
  totalRows: number;
  suggestedMapping: ImportMapping;
  /** The first rows as read, for HR to recognise the columns while mapping them. */
  sampleRows: string[][];
}

const batchRows = 1000;

/**
 * Reads an uploaded CSV or XLSX file (header row first) into an import waiting for its mapping.
 * The rows are stored in batches, each its own short transaction, so a large file does not hold
 * the database; nothing becomes a candidate before HR confirms the preview.
 */
export async function uploadImport(
  db: Database,
  actor: Actor,
  file: { fileName: string; bytes: Uint8Array },
): Promise<UploadedImport> {
  requireHr(actor);
  const rows = spreadsheetRows(file.bytes);
  const header = ((await rows.next()).value as SpreadsheetRow | undefined)?.cells;
  if (!header) {
    throw new Invalid([{ path: 'file', code: 'empty_file', message: 'The file has no rows.' }]);
  }
  const columns = header.map((name, index) => name || `#${index + 1}`);
  const importId = await insertCandidateImport(db, {
    createdBy: actor.id,
    fileName: file.fileName.slice(0, 200),
    columns,
    totalRows: 0,
  });
  const sampleRows: string[][] = [];
  let batch: { row: number; cells: string[] }[] = [];
  let count = 0;
  try {
    for await (const { line, cells } of rows) {
      count += 1;
      if (count > importLimits.maxRows) {
        throw new Invalid([
          {
            path: 'file',
            code: 'too_many_rows',
            message: `A file may have at most ${importLimits.maxRows} rows.`,
          },
        ]);
      }
      if (sampleRows.length < 5) sampleRows.push(cells);
      // The line as the spreadsheet program shows it, not the count of rows read: empty lines
      // and an export's About block come before or between them.
      batch.push({ row: line, cells });
      if (batch.length === batchRows) {
        await insertImportRows(db, importId, batch);
        batch = [];
        await nextTurn();
      }
    }
    if (batch.length) await insertImportRows(db, importId, batch);
    if (count === 0) {
      throw new Invalid([
        { path: 'file', code: 'empty_file', message: 'The file has a header row but no data.' },
      ]);
    }
  } catch (error) {
    await deleteCandidateImport(db, importId);
    throw error;
  }
  await setImportTotalRows(db, importId, count);
  return {
    id: importId,
    columns,
    totalRows: count,
    suggestedMapping: suggestMapping(columns),
    sampleRows,
  };
}
