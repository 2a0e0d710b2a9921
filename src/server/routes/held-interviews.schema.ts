import { z } from 'zod';
import { interviewModes } from '../../domain/scheduling/interview-schedule';
import { text } from './common.schema';
import { interviewStageSchema } from './interviews.schema';
import {
  interviewPanelSchema,
  interviewPlaceFields,
  interviewTimeFields,
} from './scheduling.schema';

/** A held interview recorded afterwards (a walk-in): when, how long, who sat in; the place is optional. */
export const heldInterviewInput = z.object({
  stage: interviewStageSchema,
  ...interviewTimeFields,
  mode: z.enum(interviewModes).default('onsite'),
  ...interviewPlaceFields,
  interviewerIds: interviewPanelSchema,
  notes: text(2000).default('').describe('Kept in the interview history, e.g. "walk-in day"'),
});

/** The same record corrected: everything but the stage; the note says what was wrong. */
export const heldInterviewCorrection = heldInterviewInput.omit({ stage: true });
