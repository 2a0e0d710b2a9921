import type { Database } from '../../db/database';
import { getInterviewKit } from '../../services/interviews/interview-kit-service';
import { presentKit } from '../presenters/interview-kit-presenter';
import { route } from '../route';
import { interviewKit } from './interview-kits.schema';
import { interviewParams } from './scorecards.schema';

export const interviewKitRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/applications/:applicationId/interviews/:stage/kit',
      tag: 'interview-kits',
      summary: 'The interview kit: purpose, candidate, questions with guidance, own scorecard',
      params: interviewParams,
      response: interviewKit,
    },
    async ({ actor, params }) =>
      presentKit(await getInterviewKit(db, actor, params.applicationId, params.stage)),
  ),
];
