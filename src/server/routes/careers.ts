import type { Database } from '../../db/database';
import { careersPath } from '../../domain/careers';
import { cvFileLimits } from '../../domain/cv-file';
import {
  applyFromCareersPage,
  getOpenJob,
  listOpenJobs,
  type CareersDependencies,
  type PublicJob as PublicJobRow,
} from '../../services/careers/careers-service';
import { postingOf } from '../presenters/job-presenter';
import { publicRoute } from '../route';
import {
  careersApplicationInput,
  careersApplicationResult,
  careersJobParams,
  publicJob,
  publicJobList,
  type PublicJob,
} from './careers.schema';

export function presentPublicJob(job: PublicJobRow): PublicJob {
  return {
    id: job.id,
    path: careersPath(job),
    ...postingOf(job),
    userTitle: job.userTitle,
    postedAt: job.createdAt.toISOString(),
    retentionMonths: job.retentionMonths,
    salaryBand:
      job.salaryShownOnCareers && job.salaryMin !== null && job.salaryMax !== null
        ? { min: job.salaryMin, max: job.salaryMax }
        : null,
  };
}

export const careerRoutes = (db: Database, deps: CareersDependencies) => [
  publicRoute(
    {
      method: 'GET',
      url: '/api/careers/jobs',
      tag: 'careers',
      summary: 'The open jobs, for the public careers page',
      response: publicJobList,
    },
    async () => ({ items: (await listOpenJobs(db)).map(presentPublicJob) }),
  ),
  publicRoute(
    {
      method: 'GET',
      url: '/api/careers/jobs/:jobId',
      tag: 'careers',
      summary: 'One open job, for its public page',
      params: careersJobParams,
      response: publicJob,
    },
    async ({ params }) => presentPublicJob(await getOpenJob(db, params.jobId)),
  ),
  publicRoute(
    {
      method: 'POST',
      url: '/api/careers/jobs/:jobId/applications',
      tag: 'careers',
      summary: 'Apply to an open job with a CV (PDF or DOCX, at most 10 MB) and consent',
      params: careersJobParams,
      body: careersApplicationInput,
      multipart: { files: ['cv'], maxFileBytes: cvFileLimits.maxBytes },
      response: careersApplicationResult,
      status: 201,
      perMinute: 10,
    },
    async ({ params, body }) => {
      const result = await applyFromCareersPage(db, deps, params.jobId, {
        ...body,
        locale: body.locale ?? 'id',
      });
      return { received: true as const, jobTitle: result.jobTitle };
    },
  ),
];
