import type { Database } from '../../db/database';
import {
  getStageTemplates,
  updateStageTemplate,
} from '../../services/interview-plans/stage-template-service';
import { route } from '../route';
import { stageTemplateInput, stageTemplateParams, stageTemplates } from './stage-templates.schema';

export const stageTemplateRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/stage-templates',
      tag: 'stage-templates',
      summary: 'The HR and user interview stage templates',
      response: stageTemplates,
    },
    async () => getStageTemplates(db),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/stage-templates/:stage',
      tag: 'stage-templates',
      summary: 'Edit a stage template (admins); the other stage takes the rest of the weight',
      params: stageTemplateParams,
      body: stageTemplateInput,
      response: stageTemplates,
    },
    async ({ actor, params, body }) => updateStageTemplate(db, actor, params.stage, body),
  ),
];
