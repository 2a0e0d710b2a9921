import { z } from 'zod';
import type { Database } from '../../db/database';
import { cvFileLimits, cvMediaTypes } from '../../domain/cv-file';
import { attachCv } from '../../services/candidates/attach-cv';
import type { CvStore } from '../../services/candidates/cv-store';
import { openCvFile } from '../../services/candidates/cv-file-service';
import { presentCvFile } from '../presenters/candidate-presenter';
import { route } from '../route';
import { cvFile } from './candidates.schema';
import { idSchema } from './common.schema';
import { cvUpload } from './upload.schema';

export const cvFileParams = z.object({ cvFileId: idSchema });
export const attachCvParams = z.object({ candidateId: idSchema });
export const attachCvInput = z.object({ cv: cvUpload });

export const cvFileRoutes = (db: Database, store: CvStore) => [
  route(
    {
      method: 'PUT',
      url: '/api/candidates/:candidateId/cv',
      tag: 'candidates',
      summary:
        'Attach a CV (PDF or DOCX, at most 10 MB) to a candidate added by hand, replacing the one HR attached before (HR)',
      params: attachCvParams,
      body: attachCvInput,
      multipart: { files: ['cv'], maxFileBytes: cvFileLimits.maxBytes },
      response: cvFile,
    },
    async ({ actor, params, body }) =>
      presentCvFile(await attachCv(db, store, actor, params.candidateId, body.cv)),
  ),
  route(
    {
      method: 'GET',
      url: '/api/cv-files/:cvFileId',
      tag: 'candidates',
      summary: "Download a candidate's CV (same per-job access as the candidate)",
      params: cvFileParams,
      response: z.instanceof(Buffer),
      produces: Object.values(cvMediaTypes),
    },
    async ({ actor, params, reply }) => {
      const { file, mediaType, bytes } = await openCvFile(db, store, actor, params.cvFileId);
      // The name is ours (cleaned on upload) and sent in both forms RFC 6266 allows; the type
      // comes from the sniffed content, and nosniff (set for every response) keeps it so.
      const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      reply
        .type(mediaType)
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .header('cache-control', 'private, no-store')
        .header('content-security-policy', "default-src 'none'; sandbox");
      return bytes;
    },
  ),
];
