import type { InterviewStage } from '../interview';
import { isLaterStage, type Stage } from '../pipeline';
import { hasTakenPlace, stageOfInterview } from './interview-schedule';

/**
 * What becomes of a booked interview when the application moves away from its stage. One still
 * ahead is called off either way; `skipped` says why: the candidate moved past it (good news,
 * told as such), where `cancelled` means the process stopped short of it (a rejection, a
 * withdrawal, a step back).
 */
export type Settlement = 'completed' | 'cancelled' | 'skipped';

export interface BookedInterview {
  id: string;
  stage: InterviewStage;
  status: 'scheduled' | 'cancelled' | 'completed';
  startsAt: Date;
}

/**
 * A move settles the interviews of the stages it leaves, so no page, reminder or e-mail keeps
 * showing an interview the process is past: one that has already started took place and is
 * completed; one still ahead will not happen and is called off (everyone is told). An interview
 * of the stage the application moves to stays as it is.
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
      settlement: hasTakenPlace(interview, now)
        ? 'completed'
        : movesPast(stageOfInterview(interview.stage), to)
          ? 'skipped'
          : 'cancelled',
    }));
}

/** A move forward past the interview's stage: a later active stage, or the hire. */
function movesPast(stage: Stage, to: Stage): boolean {
  return to === 'hired' || isLaterStage(to, stage);
}
