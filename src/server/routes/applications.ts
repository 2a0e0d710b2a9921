import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { bulkMoveApplications, moveApplication } from '../../services/pipeline/application-service';
import { createApplication } from '../../services/pipeline/apply-to-job';
import { previewInterviewsCalledOff } from '../../services/pipeline/move-preview';
import { previewRejectionEmails } from '../../services/email/candidate-email-service';
import { presentApplication } from '../presenters/candidate-presenter';
import { route } from '../route';
import {
  application,
  applicationInput,
  applicationParams,
  bulkMoveInput,
  bulkMoveResult,
  interviewsCalledOff,
  interviewsCalledOffInput,
  moveInput,
  rejectionPreview,
  rejectionPreviewInput,
} from './applications.schema';
import { jobParams } from './jobs.schema';

export const applicationRoutes = (db: Database, mail: MailSettings) => [
  route(
    {
      method: 'POST',
      url: '/api/applications',
      tag: 'pipeline',
      summary: 'Apply a candidate to a job',
      body: applicationInput,
      response: application,
      status: 201,
    },
    async ({ actor, body }) => presentApplication(await createApplication(db, mail, actor, body)),
  ),
  route(
    {
      method: 'POST',
      url: '/api/applications/:applicationId/move',
      tag: 'pipeline',
      summary: 'Move an application to another stage',
      params: applicationParams,
      body: moveInput,
      response: application,
    },
    async ({ actor, params, body }) =>
      presentApplication(await moveApplication(db, mail, actor, params.applicationId, body)),
  ),
  route(
    {
      method: 'POST',
      url: '/api/jobs/:jobId/bulk-move',
      tag: 'pipeline',
      summary:
        'Move or reject several applications of a job with one reason, all or none; those moved elsewhere since the board was loaded are skipped',
      params: jobParams,
      body: bulkMoveInput,
      response: bulkMoveResult,
    },
    async ({ actor, params, body }) => {
      const { applicationIds, expectedStages, ...move } = body;
      const result = await bulkMoveApplications(db, mail, actor, params.jobId, applicationIds, {
        ...move,
        expectedStages,
      });
      return {
        moved: result.moved,
        skipped: result.skipped.map((card) => ({ ...card, at: card.at?.toISOString() ?? null })),
      };
    },
  ),
  route(
    {
      method: 'POST',
      url: '/api/jobs/:jobId/rejection-preview',
      tag: 'pipeline',
      summary:
        'HR: the rejection e-mail each chosen candidate would get, in their language (nothing is sent)',
      params: jobParams,
      body: rejectionPreviewInput,
      response: rejectionPreview,
    },
    async ({ actor, params, body }) => ({
      items: await previewRejectionEmails(db, mail, actor, params.jobId, body.applicationIds),
    }),
  ),
  route(
    {
      method: 'POST',
      url: '/api/jobs/:jobId/interviews-called-off',
      tag: 'pipeline',
      summary:
        'The booked interviews a (bulk) move of these applications would cancel (nothing changes)',
      params: jobParams,
      body: interviewsCalledOffInput,
      response: interviewsCalledOff,
    },
    async ({ actor, params, body }) => ({
      interviews: (
        await previewInterviewsCalledOff(db, actor, params.jobId, body.applicationIds, body.toStage)
      ).map((interview) => ({ ...interview, startsAt: interview.startsAt.toISOString() })),
    }),
  ),
];
