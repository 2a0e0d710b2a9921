import type { Database } from '../../db/database';
import { getStageTargets, updateStageTargets } from '../../services/today/stage-targets';
import { todayFor, waitingList as readWaitingList } from '../../services/today/today-service';
import { presentToday } from '../presenters/today-presenter';
import { route } from '../route';
import { jobParams } from './jobs.schema';
import {
  stageTargets,
  stageTargetsInput,
  today,
  waitingList,
  waitingListQuery,
} from './today.schema';

export const todayRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/today',
      tag: 'today',
      summary: 'What needs the signed-in user today, for their role',
      response: today,
    },
    async ({ actor }) => presentToday(await todayFor(db, actor)),
  ),
  route(
    {
      method: 'GET',
      url: '/api/today/waiting',
      tag: 'today',
      summary:
        'HR: every candidate waiting past the stage target (too_long) or for an interview to be booked (to_book)',
      query: waitingListQuery,
      response: waitingList,
    },
    async ({ actor, query }) => ({
      items: await readWaitingList(db, actor, query.list, query.stage),
    }),
  ),
  route(
    {
      method: 'GET',
      url: '/api/jobs/:jobId/stage-targets',
      tag: 'today',
      summary: "How many working days a candidate may wait in each of the job's stages",
      params: jobParams,
      response: stageTargets,
    },
    async ({ actor, params }) => getStageTargets(db, actor, params.jobId),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/jobs/:jobId/stage-targets',
      tag: 'today',
      summary: "Set the job's stage targets in working days (HR)",
      params: jobParams,
      body: stageTargetsInput,
      response: stageTargets,
    },
    async ({ actor, params, body }) => updateStageTargets(db, actor, params.jobId, body.targets),
  ),
];
