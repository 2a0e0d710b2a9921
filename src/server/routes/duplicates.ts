import type { Database } from '../../db/database';
import {
  listDuplicates,
  markNotDuplicate,
  mergeCandidates,
} from '../../services/candidates/duplicate-service';
import { answerAreas } from '../answer-areas';
import { commandRoute, route } from '../route';
import { candidateParams } from './candidates.schema';
import { duplicateList, mergeInput } from './duplicates.schema';

export const duplicateRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/candidates/:candidateId/duplicates',
      tag: 'candidates',
      summary: 'Other candidates who look like the same person (e-mail, phone, or name and city)',
      params: candidateParams,
      response: duplicateList,
      cacheable: answerAreas.duplicates,
    },
    async ({ actor, params }) => ({
      items: (await listDuplicates(db, actor, params.candidateId)).map((row) => ({
        ...row,
        createdAt: row.createdAt.toISOString(),
        applications: row.applications.map((a) => ({
          ...a,
          appliedAt: a.appliedAt.toISOString(),
        })),
      })),
    }),
  ),
  commandRoute(
    {
      method: 'POST',
      url: '/api/candidates/:candidateId/merge',
      tag: 'candidates',
      summary:
        'Merge a duplicate into this candidate: applications, history, notes and files move over',
      params: candidateParams,
      body: mergeInput,
    },
    ({ actor, params, body }) => mergeCandidates(db, actor, params.candidateId, body),
  ),
  commandRoute(
    {
      method: 'POST',
      url: '/api/candidates/:candidateId/not-duplicates',
      tag: 'candidates',
      summary: 'Mark a flagged candidate as a different person; the pair is not flagged again (HR)',
      params: candidateParams,
      body: mergeInput,
    },
    ({ actor, params, body }) => markNotDuplicate(db, actor, params.candidateId, body.duplicateId),
  ),
];
