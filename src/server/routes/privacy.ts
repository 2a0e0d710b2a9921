import { z } from 'zod';
import type { Database } from '../../db/database';
import type { CvStore } from '../../services/candidates/cv-store';
import {
  eraseCandidate,
  exportCandidateArchive,
  exportCandidateData,
  restrictCandidateProcessing,
} from '../../services/privacy/candidate-data-service';
import {
  closeDataRequest,
  dataRequestLedger as readLedger,
  recordDataRequest,
  type LedgerEntry,
} from '../../services/privacy/data-request-service';
import {
  extendCandidateRetention,
  retentionOverview as readRetention,
  setRetentionMonths,
} from '../../services/privacy/retention-service';
import { commandRoute, route } from '../route';
import { candidateParams } from './candidates.schema';
import {
  candidateDataExport,
  closeDataRequestInput,
  dataRequest,
  dataRequestInput,
  dataRequestLedger,
  dataRequestParams,
  ledgerQuery,
  retentionExtensionInput,
  retentionInput,
  retentionOverview,
  type DataRequestOutput,
} from './privacy.schema';

export const privacyRoutes = (db: Database, store: CvStore) => [
  route(
    {
      method: 'GET',
      url: '/api/retention',
      tag: 'privacy',
      summary: 'The retention period and who is due for anonymisation in the next 30 days (HR)',
      response: retentionOverview,
    },
    async ({ actor }) => {
      const overview = await readRetention(db, actor);
      return {
        months: overview.months,
        due: overview.due.map((row) => ({
          ...row,
          lastEndedAt: row.lastEndedAt.toISOString(),
          anonymiseAt: row.anonymiseAt.toISOString(),
          extendedUntil: row.extendedUntil?.toISOString() ?? null,
        })),
      };
    },
  ),
  commandRoute(
    {
      method: 'PUT',
      url: '/api/retention',
      tag: 'privacy',
      summary: 'Set how many months data of rejected or withdrawn candidates is kept (admins)',
      body: retentionInput,
    },
    ({ actor, body }) => setRetentionMonths(db, actor, body.months),
  ),
  commandRoute(
    {
      method: 'POST',
      url: '/api/candidates/:candidateId/retention-extension',
      tag: 'privacy',
      summary: "Keep a candidate's data longer, with a reason (HR)",
      params: candidateParams,
      body: retentionExtensionInput,
    },
    ({ actor, params, body }) => extendCandidateRetention(db, actor, params.candidateId, body),
  ),
  route(
    {
      method: 'GET',
      url: '/api/data-requests',
      tag: 'privacy',
      summary: 'The data-request ledger: open requests by deadline (3 × 24 hours), then done (HR)',
      query: ledgerQuery,
      response: dataRequestLedger,
    },
    async ({ actor, query }) => ({
      requests: (await readLedger(db, actor, { candidateId: query.candidateId })).map(present),
    }),
  ),
  route(
    {
      method: 'POST',
      url: '/api/candidates/:candidateId/data-requests',
      tag: 'privacy',
      summary: "Record a candidate's request for access, correction, withdrawal or erasure (HR)",
      params: candidateParams,
      body: dataRequestInput,
      response: dataRequest,
      status: 201,
    },
    async ({ actor, params, body }) =>
      present(
        await recordDataRequest(db, actor, params.candidateId, {
          kind: body.kind,
          channel: body.channel,
          receivedAt: body.receivedAt ? new Date(body.receivedAt) : undefined,
        }),
      ),
  ),
  route(
    {
      method: 'POST',
      url: '/api/data-requests/:requestId/close',
      tag: 'privacy',
      summary: 'Close a request by hand: corrected, or refused (HR)',
      params: dataRequestParams,
      body: closeDataRequestInput,
      response: dataRequest,
    },
    async ({ actor, params, body }) =>
      present(await closeDataRequest(db, actor, params.requestId, body.outcome)),
  ),
  route(
    {
      method: 'GET',
      url: '/api/candidates/:candidateId/export',
      tag: 'privacy',
      summary:
        'Everything held on the candidate, machine-readable, without other people’s data (HR)',
      params: candidateParams,
      response: candidateDataExport,
    },
    async ({ actor, params }) => exportCandidateData(db, actor, params.candidateId),
  ),
  route(
    {
      method: 'GET',
      url: '/api/candidates/:candidateId/export.zip',
      tag: 'privacy',
      summary: 'The same export as one archive: candidate.json and every CV file (HR)',
      params: candidateParams,
      response: z.instanceof(Buffer),
      produces: ['application/zip'],
    },
    async ({ actor, params, reply }) => {
      const archive = await exportCandidateArchive(db, store, actor, params.candidateId);
      reply
        .type('application/zip')
        .header(
          'content-disposition',
          `attachment; filename="seleksi-candidate-${params.candidateId}.zip"`,
        )
        .header('cache-control', 'private, no-store');
      return archive;
    },
  ),
  commandRoute(
    {
      method: 'POST',
      url: '/api/candidates/:candidateId/restrict',
      tag: 'privacy',
      summary: 'Consent withdrawn: stop e-mails and the portal, hide from lists and search (HR)',
      params: candidateParams,
    },
    ({ actor, params }) => restrictCandidateProcessing(db, actor, params.candidateId),
  ),
  commandRoute(
    {
      method: 'POST',
      url: '/api/candidates/:candidateId/erase',
      tag: 'privacy',
      summary: 'Erase the candidate and everything held on them (HR)',
      params: candidateParams,
    },
    ({ actor, params }) => eraseCandidate(db, store, actor, params.candidateId),
  ),
];

function present(entry: LedgerEntry): DataRequestOutput {
  return {
    ...entry,
    receivedAt: entry.receivedAt.toISOString(),
    dueAt: entry.dueAt.toISOString(),
    completedAt: entry.completedAt?.toISOString() ?? null,
  };
}
