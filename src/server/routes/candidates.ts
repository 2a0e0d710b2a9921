import type { Database } from '../../db/database';
import {
  createCandidate,
  getCandidate,
  listCandidates,
  updateCandidate,
} from '../../services/candidates/candidate-service';
import { presentCandidate, presentCandidateList } from '../presenters/candidate-presenter';
import { route } from '../route';
import {
  candidateDetail,
  candidateInput,
  candidateList,
  candidateListQuery,
  candidateParams,
  newCandidateInput,
} from './candidates.schema';

export const candidateRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/candidates',
      tag: 'candidates',
      summary: 'List and find candidates the user may see',
      query: candidateListQuery,
      response: candidateList,
    },
    async ({ actor, query }) =>
      presentCandidateList(
        await listCandidates(db, actor, {
          text: query.q,
          jobId: query.jobId,
          stage: query.stage,
          source: query.source,
          tag: query.tag,
          inTalentPool: query.talentPool === 'member',
          appliedFrom: query.appliedFrom ? startOfJakartaDay(query.appliedFrom) : undefined,
          appliedBefore: query.appliedTo ? startOfJakartaDay(query.appliedTo, 1) : undefined,
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
      method: 'POST',
      url: '/api/candidates',
      tag: 'candidates',
      summary: 'Add a candidate by hand, optionally applying them to jobs',
      body: newCandidateInput,
      response: candidateDetail,
      status: 201,
    },
    async ({ actor, body }) => presentCandidate(await createCandidate(db, actor, body), actor),
  ),
  route(
    {
      method: 'GET',
      url: '/api/candidates/:candidateId',
      tag: 'candidates',
      summary: 'A candidate with their applications and each one’s history',
      params: candidateParams,
      response: candidateDetail,
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
      body: candidateInput,
      response: candidateDetail,
    },
    async ({ actor, params, body }) =>
      presentCandidate(await updateCandidate(db, actor, params.candidateId, body), actor),
  ),
];

/** Dates in filters are Jakarta days (WIB, UTC+7, no daylight saving). */
function startOfJakartaDay(date: string, plusDays = 0): Date {
  const start = new Date(`${date}T00:00:00+07:00`);
  start.setUTCDate(start.getUTCDate() + plusDays);
  return start;
}
