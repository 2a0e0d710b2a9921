import { z } from 'zod';
import { exportJobApplications } from '../../services/exports/candidate-exports';
import { spreadsheetMediaTypes } from '../../services/exports/spreadsheet-file';
import {
  createJob,
  getJob,
  listJobs,
  setJobStatus,
  updateJob,
} from '../../services/jobs/job-service';
import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { getBoardColumn, getJobBoard } from '../../services/pipeline/board-service';
import {
  decodeBoardPosition,
  presentBoardColumn,
  presentJobBoard,
} from '../presenters/board-presenter';
import { presentJob } from '../presenters/job-presenter';
import { answerAreas } from '../answer-areas';
import { route } from '../route';
import {
  exportFileQuery,
  boardColumn,
  boardColumnParams,
  boardColumnQuery,
  boardQuery,
  job,
  jobBoard,
  jobEditInput,
  jobInput,
  jobList,
  jobListQuery,
  jobParams,
} from './jobs.schema';

export const jobRoutes = (db: Database, mail: MailSettings) => [
  route(
    {
      method: 'GET',
      url: '/api/jobs',
      tag: 'jobs',
      summary: 'List the jobs the user may see',
      query: jobListQuery,
      response: jobList,
      cacheable: answerAreas.jobList,
    },
    async ({ actor, query }) => ({ items: await listJobs(db, actor, query) }),
  ),
  route(
    {
      method: 'POST',
      url: '/api/jobs',
      tag: 'jobs',
      summary: 'Create a job (as a draft) with its hiring team',
      body: jobInput,
      response: job,
      status: 201,
    },
    async ({ actor, body }) => presentJob(await createJob(db, actor, body, mail), actor),
  ),
  route(
    {
      method: 'GET',
      url: '/api/jobs/:jobId',
      tag: 'jobs',
      summary: 'Read one job',
      params: jobParams,
      response: job,
      cacheable: answerAreas.job,
    },
    async ({ actor, params }) => presentJob(await getJob(db, actor, params.jobId), actor),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/jobs/:jobId',
      tag: 'jobs',
      summary: 'Edit a job and its hiring team',
      params: jobParams,
      body: jobEditInput,
      response: job,
    },
    async ({ actor, params, body }) =>
      presentJob(await updateJob(db, actor, params.jobId, body, mail), actor),
  ),
  ...(
    [
      { url: 'open', status: 'open', summary: 'Open a job for applications' },
      { url: 'close', status: 'closed', summary: 'Close a job to new applications' },
    ] as const
  ).map(({ url, status, summary }) =>
    route(
      {
        method: 'POST',
        url: `/api/jobs/:jobId/${url}`,
        tag: 'jobs',
        summary,
        params: jobParams,
        response: job,
      },
      async ({ actor, params }) =>
        presentJob(await setJobStatus(db, actor, params.jobId, status), actor),
    ),
  ),
  route(
    {
      method: 'GET',
      url: '/api/jobs/:jobId/board',
      tag: 'pipeline',
      summary: "The job's pipeline board: applications by stage",
      params: jobParams,
      query: boardQuery,
      response: jobBoard,
      cacheable: answerAreas.board,
    },
    async ({ actor, params, query }) =>
      presentJobBoard(
        await getJobBoard(db, actor, params.jobId, { search: query.q, limit: query.limit }),
        actor,
      ),
  ),
  route(
    {
      method: 'GET',
      url: '/api/jobs/:jobId/board/:column',
      tag: 'pipeline',
      summary: "One stage column of the board, a page at a time ('load more')",
      params: boardColumnParams,
      query: boardColumnQuery,
      response: boardColumn,
    },
    async ({ actor, params, query }) => {
      const after = query.after ? decodeBoardPosition(query.after) : undefined;
      const column = await getBoardColumn(db, actor, params.jobId, params.column, {
        search: query.q,
        limit: query.limit,
        after,
      });
      return presentBoardColumn(column, column.testsEnabled, actor);
    },
  ),
  route(
    {
      method: 'GET',
      url: '/api/jobs/:jobId/applications/export',
      tag: 'jobs',
      summary:
        "A job's applications with stage and scores as a CSV or XLSX file (HR and the job's hiring manager; blind scoring kept; audited)",
      params: jobParams,
      query: exportFileQuery,
      response: z.instanceof(Buffer),
      produces: Object.values(spreadsheetMediaTypes),
    },
    async ({ actor, params, query, reply }) => {
      const file = await exportJobApplications(db, actor, params.jobId, query);
      reply
        .type(spreadsheetMediaTypes[query.format])
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store');
      return file.bytes;
    },
  ),
];
