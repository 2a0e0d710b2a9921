import type { InterviewStage } from '../interview';
import { isLaterStage, type Stage } from '../pipeline';
import { hasTakenPlace, stageOfInterview } from './interview-schedule';

/**
 * What becomes of a booked interview when the application moves away from its stage. One still
 * ahead is called off either way, and the settlement says why, since each is told differently:
 * `skipped`, the candidate moved past it (good news); `rejected` or `withdrawn`, the application
 * ended (no promise of a new time); `cancelled`, a step back (a new time may follow).
 */
export type Settlement = 'completed' | 'cancelled' | 'skipped' | 'rejected' | 'withdrawn';

/** Why an interview still ahead is called off: by hand, or by one of the moves above. */
export type CancelCause = Exclude<Settlement, 'completed'> | 'called_off' | 'no_show';

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
      settlement: hasTakenPlace(interview, now) ? 'completed' : calledOff(interview, to),
    }));
}

function calledOff(interview: BookedInterview, to: Stage): Exclude<Settlement, 'completed'> {
  if (to === 'rejected' || to === 'withdrawn') return to;
  return movesPast(stageOfInterview(interview.stage), to) ? 'skipped' : 'cancelled';
}

/** A move forward past the interview's stage: a later active stage, or the hire. */
function movesPast(stage: Stage, to: Stage): boolean {
  return to === 'hired' || isLaterStage(to, stage);
}
