import type { InterviewStage } from '../interview';
import type { Stage } from '../pipeline';
import { hasTakenPlace, stageOfInterview } from './interview-schedule';

/** What becomes of a booked interview when the application moves away from its stage. */
export type Settlement = 'completed' | 'cancelled';

export interface BookedInterview {
  id: string;
  stage: InterviewStage;
  status: 'scheduled' | 'cancelled' | 'completed';
  startsAt: Date;
}

/**
 * A move settles the interviews of the stages it leaves, so no page, reminder or e-mail keeps
 * showing an interview the process is past: one that has already started took place and is
 * completed; one still ahead will not happen and is cancelled (everyone is told). An interview of
 * the stage the application moves to stays as it is.
 */
export function settleInterviewsOnMove(
  to: Stage,
  interviews: readonly BookedInterview[],
  now: Date,
): { interviewId: string; settlement: Settlement }[] {
  return interviews
    .filter((interview) => interview.status === 'scheduled')
    .filter((interview) => stageOfInterview(interview.stage) !== to)
    .map((interview) => ({
      interviewId: interview.id,
      settlement: hasTakenPlace(interview, now) ? 'completed' : 'cancelled',
    }));
}
