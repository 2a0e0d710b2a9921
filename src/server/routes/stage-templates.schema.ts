import { z } from 'zod';
import { conductors } from '../../domain/stage-template';
import { questionTypes } from '../../domain/interview';
import {
  bilingual,
  bilingualInput,
  focusAttributeSchema,
  interviewStageSchema,
} from './interviews.schema';

export const stageTemplateParams = z.object({ stage: interviewStageSchema });
export const stageTemplateInput = z.object({
  conductedBy: z.enum(conductors),
  purpose: bilingualInput,
  expectedStyle: bilingualInput,
  formats: z.array(z.enum(questionTypes)).min(1).max(10),
  attributes: z.array(focusAttributeSchema).max(14),
  durationMinutes: z.number().int(),
  weight: z.number().int(),
});
export const stageTemplate = stageTemplateInput.extend({
  stage: interviewStageSchema,
  purpose: bilingual,
  expectedStyle: bilingual,
});
export const stageTemplates = z.object({ hr: stageTemplate, user: stageTemplate });
export type StageTemplates = z.infer<typeof stageTemplates>;
