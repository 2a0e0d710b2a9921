import { z } from 'zod';
import { scorecardWaits } from '../../domain/today';
import { idSchema, timestampSchema } from './common.schema';
import { interviewStageSchema } from './interviews.schema';

export const myInterviews = z.object({
  items: z.array(
    z.object({
      applicationId: idSchema,
      candidateId: idSchema,
      candidateName: z.string(),
      jobId: idSchema,
      jobTitle: z.string(),
      interview: interviewStageSchema,
      scorecard: z.enum(['none', 'draft', 'submitted']),
      since: timestampSchema,
      scheduled: z.object({ startsAt: timestampSchema, timeZone: z.string() }).nullable(),
      scorecardWait: z
        .enum(scorecardWaits)
        .nullable()
        .describe(
          'The booked interview is over and your scorecard is missing: awaited, then overdue',
        ),
    }),
  ),
});
export type MyInterviews = z.infer<typeof myInterviews>;
