import type { MailSettings } from '../../config';
import { z } from 'zod';
import type { Database } from '../../db/database';
import { exportCandidateList } from '../../services/exports/candidate-exports';
import { spreadsheetMediaTypes } from '../../services/exports/spreadsheet-file';
import {
  createCandidate,
  getCandidate,
  listCandidates,
  updateCandidate,
} from '../../services/candidates/candidate-service';
import { presentCandidate, presentCandidateList } from '../presenters/candidate-presenter';
import { answerAreas } from '../answer-areas';
import { route } from '../route';
import {
  candidateDetail,
  candidateExportQuery,
  candidateEditInput,
  candidateList,
  candidateListQuery,
  candidateParams,
  newCandidateInput,
} from './candidates.schema';

export const candidateRoutes = (db: Database, mail: MailSettings) => [
  route(
    {
      method: 'GET',
      url: '/api/candidates',
      tag: 'candidates',
      summary: 'List and find candidates the user may see',
      query: candidateListQuery,
      response: candidateList,
      cacheable: answerAreas.candidateList,
    },
    async ({ actor, query }) =>
      presentCandidateList(
        await listCandidates(db, actor, {
          ...listFilter(query),
          page: query.page,
          pageSize: query.pageSize,
        }),
        {
          page: query.page,
          pageSize: query.pageSize,
        },
      ),
  ),
  route(
    {
      method: 'GET',
      url: '/api/candidates/export',
      tag: 'candidates',
      summary:
        'The candidate list with its filters as a CSV or XLSX file (formulas neutralised); HR and hiring managers; audited',
      query: candidateExportQuery,
      response: z.instanceof(Buffer),
      produces: Object.values(spreadsheetMediaTypes),
    },
    async ({ actor, query, reply }) => {
      const { format, locale } = query;
      const file = await exportCandidateList(db, actor, {
        filter: listFilter(query),
        format,
        locale,
      });
      reply
        .type(spreadsheetMediaTypes[format])
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store');
      return file.bytes;
    },
  ),
  route(
    {
      method: 'POST',
      url: '/api/candidates',
      tag: 'candidates',
      summary: 'Add a candidate by hand, optionally applying them to jobs',
      body: newCandidateInput,
      response: candidateDetail,
      status: 201,
    },
    async ({ actor, body }) =>
      presentCandidate(await createCandidate(db, mail, actor, body), actor),
  ),
  route(
    {
      method: 'GET',
      url: '/api/candidates/:candidateId',
      tag: 'candidates',
      summary: 'A candidate with their applications and each one’s history',
      params: candidateParams,
      response: candidateDetail,
      cacheable: answerAreas.candidatePage,
    },
    async ({ actor, params }) =>
      presentCandidate(await getCandidate(db, actor, params.candidateId), actor),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/candidates/:candidateId',
      tag: 'candidates',
      summary: "Edit a candidate's details",
      params: candidateParams,
      body: candidateEditInput,
      response: candidateDetail,
    },
    async ({ actor, params, body }) =>
      presentCandidate(await updateCandidate(db, actor, params.candidateId, body), actor),
  ),
];

/** Dates in filters are Jakarta days (WIB, UTC+7, no daylight saving). */
/** The list's filters as the query string carries them (the list and its export share them). */
function listFilter(query: Omit<z.output<typeof candidateListQuery>, 'page' | 'pageSize'>) {
  return {
    text: query.q,
    jobId: query.jobId,
    stage: query.stage,
    source: query.source,
    tag: query.tag,
    inTalentPool: query.talentPool === 'member',
    appliedFrom: query.appliedFrom ? startOfJakartaDay(query.appliedFrom) : undefined,
    appliedBefore: query.appliedTo ? startOfJakartaDay(query.appliedTo, 1) : undefined,
  };
}

function startOfJakartaDay(date: string, plusDays = 0): Date {
  const start = new Date(`${date}T00:00:00+07:00`);
  start.setUTCDate(start.getUTCDate() + plusDays);
  return start;
}
