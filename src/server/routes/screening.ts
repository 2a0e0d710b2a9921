import type { Database } from '../../db/database';
import { getScreening } from '../../services/screening/screening-service';
import { route } from '../route';
import { jobParams } from './jobs.schema';
import { screening, screeningQuery, type Screening } from './screening.schema';

export const screeningRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/jobs/:jobId/screening',
      tag: 'pipeline',
      summary: "How each CV at a stage covers the job's required skills and tools",
      params: jobParams,
      query: screeningQuery,
      response: screening,
    },
    async ({ actor, params, query }): Promise<Screening> => {
      const result = await getScreening(db, actor, params.jobId, query.stage);
      return {
        job: result.job,
        stage: result.stage,
        counts: result.counts,
        items: result.items.map((item) => ({
          applicationId: item.applicationId,
          candidateId: item.candidateId,
          candidateName: item.candidateName,
          city: item.city,
          stage: item.stage,
          appliedAt: new Date(item.appliedAt).toISOString(),
          cvFile: item.cvFile && {
            id: item.cvFile.id,
            fileName: item.cvFile.fileName,
            kind: item.cvFile.kind,
            textStatus: item.cvFile.textStatus,
            textProblem: item.cvFile.textProblem,
          },
          screening: item.screening,
        })),
      };
    },
  ),
];
