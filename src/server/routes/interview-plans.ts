import type { Database } from '../../db/database';
import {
  getInterviewPlan,
  updateInterviewPlan,
  type JobInterviewPlan,
} from '../../services/interview-plans/interview-plan-service';
import { route } from '../route';
import { interviewPlanInput, jobInterviewPlan } from './interview-plans.schema';
import { jobParams } from './jobs.schema';

export const interviewPlanRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/jobs/:jobId/interview-plan',
      tag: 'interview-plans',
      summary: "The job's interview plan (built from the templates until saved)",
      params: jobParams,
      response: jobInterviewPlan,
    },
    async ({ actor, params }) => presentPlan(await getInterviewPlan(db, actor, params.jobId)),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/jobs/:jobId/interview-plan',
      tag: 'interview-plans',
      summary: "Save the job's interview plan (HR; the hiring manager for the user interview)",
      params: jobParams,
      body: interviewPlanInput,
      response: jobInterviewPlan,
    },
    async ({ actor, params, body }) =>
      presentPlan(
        await updateInterviewPlan(
          db,
          actor,
          params.jobId,
          { hr: { ...body.hr, stage: 'hr' }, user: { ...body.user, stage: 'user' } },
          body.expectedUpdatedAt,
        ),
      ),
  ),
];

const presentPlan = (saved: JobInterviewPlan) => ({
  ...saved,
  updatedAt: saved.updatedAt?.toISOString() ?? null,
});
