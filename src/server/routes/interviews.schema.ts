import { z } from 'zod';
import { focusAttributes, interviewStages } from '../../domain/interview';
import { ratings } from '../../domain/scorecard';
import { text } from './common.schema';

/** The vocabulary the interview features share: stages, attributes, ratings, bilingual text. */
export const interviewStageSchema = z.enum(interviewStages);
export const focusAttributeSchema = z.enum(focusAttributes);
export const ratingSchema = z.enum(ratings);
export const bilingualInput = z.object({ id: text(2000, 1), en: text(2000, 1) });
export const bilingual = z.object({ id: z.string(), en: z.string() });
