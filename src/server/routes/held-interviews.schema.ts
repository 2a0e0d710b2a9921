import { z } from 'zod';
import { interviewModes } from '../../domain/scheduling/interview-schedule';
import { idSchema, text } from './common.schema';
import { interviewStageSchema } from './interviews.schema';
import { localDateTimeSchema } from './scheduling.schema';

/** A held interview recorded afterwards (a walk-in): when, how long, who sat in; the place is optional. */
export const heldInterviewInput = z.object({
  stage: interviewStageSchema,
  localStart: localDateTimeSchema,
  timeZone: text(64, 1).describe('IANA time zone, e.g. Asia/Jakarta'),
  durationMinutes: z
    .number()
    .int()
    .min(15, { error: 'At least 15 minutes.' })
    .max(480, { error: 'At most 8 hours.' }),
  mode: z.enum(interviewModes).default('onsite'),
  meetingUrl: text(500).default(''),
  address: text(500).default(''),
  room: text(120).default(''),
  interviewerIds: z.array(idSchema).max(10, { error: 'At most 10 interviewers.' }),
  notes: text(2000).default('').describe('Kept in the interview history, e.g. "walk-in day"'),
});

/** The same record corrected: everything but the stage; the note says what was wrong. */
export const heldInterviewCorrection = heldInterviewInput.omit({ stage: true });
