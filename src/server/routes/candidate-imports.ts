import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { importLimits } from '../../domain/candidate-import';
import { requestCheck } from '../../services/candidate-imports/check-import';
import { cancelImport, requestImport } from '../../services/candidate-imports/commit-import';
import { readImport } from '../../services/candidate-imports/read-import';
import { uploadImport } from '../../services/candidate-imports/upload-import';
import { presentImport } from '../presenters/candidate-import-presenter';
import { route } from '../route';
import {
  candidateImport,
  importCheckInput,
  importConfirmation,
  importParams,
  importUpload,
  uploadedImport,
} from './candidate-imports.schema';

export const candidateImportRoutes = (db: Database, mail: MailSettings) => [
  route(
    {
      method: 'POST',
      url: '/api/candidate-imports',
      tag: 'candidate-imports',
      summary:
        'Upload a CSV or XLSX file of candidates (header row first, at most 20 MB); nothing is imported yet (HR)',
      body: importUpload,
      multipart: { files: ['file'], maxFileBytes: importLimits.maxBytes },
      response: uploadedImport,
      status: 201,
    },
    async ({ actor, body }) => {
      const uploaded = await uploadImport(db, actor, body.file);
      return {
        ...presentImport(await readImport(db, actor, uploaded.id)),
        sampleRows: uploaded.sampleRows,
      };
    },
  ),
  route(
    {
      method: 'GET',
      url: '/api/candidate-imports/:importId',
      tag: 'candidate-imports',
      summary: "An import's status and progress, and its preview's problems by row and column",
      params: importParams,
      response: candidateImport,
    },
    async ({ actor, params }) => presentImport(await readImport(db, actor, params.importId)),
  ),
  route(
    {
      method: 'POST',
      url: '/api/candidate-imports/:importId/check',
      tag: 'candidate-imports',
      summary:
        'Map columns to fields and check every row (the preview); a file over 2,000 rows is checked in the background',
      params: importParams,
      body: importCheckInput,
      response: candidateImport,
    },
    async ({ actor, params, body }) => {
      await requestCheck(db, actor, params.importId, body.mapping);
      return presentImport(await readImport(db, actor, params.importId));
    },
  ),
  route(
    {
      method: 'POST',
      url: '/api/candidate-imports/:importId/import',
      tag: 'candidate-imports',
      summary:
        'Import all valid rows; over 2,000 rows in the background, in chunks, forward only (rows that became a problem meanwhile are skipped and listed; a failure after retries stops the import and keeps what was written). 409 names the rows that became duplicates since the preview',
      params: importParams,
      body: importConfirmation,
      response: candidateImport,
    },
    async ({ actor, params, body }) => {
      await requestImport(db, mail, actor, params.importId, {
        tellCandidates: body.tellCandidates,
      });
      return presentImport(await readImport(db, actor, params.importId));
    },
  ),
  route(
    {
      method: 'POST',
      url: '/api/candidate-imports/:importId/cancel',
      tag: 'candidate-imports',
      summary: "Import nothing: the file's rows are deleted",
      params: importParams,
      response: candidateImport,
    },
    async ({ actor, params }) => {
      await cancelImport(db, actor, params.importId);
      return presentImport(await readImport(db, actor, params.importId));
    },
  ),
];
