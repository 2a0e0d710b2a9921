import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { getJobComparison } from '../../services/decisions/comparison-service';
import { decide, getDecisionSummary } from '../../services/decisions/decision-service';
import { presentComparison, presentDecisionSummary } from '../presenters/decision-presenter';
import { route } from '../route';
import { decisionInput, decisionParams, decisionSummary, jobComparison } from './decisions.schema';
import { jobParams } from './jobs.schema';

export const decisionRoutes = (db: Database, mail: MailSettings) => [
  route(
    {
      method: 'GET',
      url: '/api/applications/:applicationId/decisions',
      tag: 'decisions',
      summary: 'Scores per stage, the combined score, conflicts and the decisions made',
      params: decisionParams,
      response: decisionSummary,
    },
    async ({ actor, params }) =>
      presentDecisionSummary(await getDecisionSummary(db, actor, params.applicationId)),
  ),
  route(
    {
      method: 'POST',
      url: '/api/applications/:applicationId/decisions',
      tag: 'decisions',
      summary: 'Decide an interview stage: advance, reject or hold, with a rationale',
      params: decisionParams,
      body: decisionInput,
      response: decisionSummary,
      status: 201,
    },
    async ({ actor, params, body }) =>
      presentDecisionSummary(await decide(db, mail, actor, params.applicationId, body)),
  ),
  route(
    {
      method: 'GET',
      url: '/api/jobs/:jobId/comparison',
      tag: 'decisions',
      summary: "The job's candidates side by side with HR and user scores",
      params: jobParams,
      response: jobComparison,
    },
    async ({ actor, params }) => presentComparison(await getJobComparison(db, actor, params.jobId)),
  ),
];
