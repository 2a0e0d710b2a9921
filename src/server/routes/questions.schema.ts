import { z } from 'zod';
import { locales } from '../../domain/locale';
import { questionRoles, questionTypes } from '../../domain/interview';
import { idSchema, text } from './common.schema';
import {
  bilingual,
  bilingualInput,
  focusAttributeSchema,
  interviewStageSchema,
} from './interviews.schema';

export const questionParams = z.object({ questionId: idSchema });
export const questionInput = z.object({
  stage: interviewStageSchema,
  attribute: focusAttributeSchema,
  type: z.enum(questionTypes),
  roles: z.array(z.enum(questionRoles)).max(5).default([]),
  text: bilingualInput,
  goodAnswer: bilingualInput,
  redFlags: bilingualInput,
});
export type QuestionInput = z.input<typeof questionInput>;
export const questionListQuery = z.object({
  stage: interviewStageSchema.optional(),
  attribute: focusAttributeSchema.optional(),
  type: z.enum(questionTypes).optional(),
  role: z.enum(questionRoles).optional(),
  q: text(200).optional(),
  language: z.enum(locales).optional(),
});
export const question = z.object({
  id: idSchema,
  builtIn: z.boolean(),
  stage: interviewStageSchema,
  attribute: focusAttributeSchema,
  type: z.enum(questionTypes),
  roles: z.array(z.enum(questionRoles)),
  text: bilingual,
  goodAnswer: bilingual,
  redFlags: bilingual,
});
export type Question = z.infer<typeof question>;
export const questionList = z.object({ items: z.array(question) });
export type QuestionList = z.infer<typeof questionList>;
