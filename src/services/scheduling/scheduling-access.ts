import type { Queryable } from '../../db/database';
import { findApplicationsForUpdate } from '../../db/queries/applications';
import { findInterview, hasScheduledInterview } from '../../db/queries/interviews';
import type { TeamMemberRow } from '../../db/queries/jobs';
import type { InterviewStage } from '../../domain/interview';
import { mayMoveInterview, stageOfInterview } from '../../domain/scheduling/interview-schedule';
import type { Actor } from '../actor';
import { standingIn } from '../access-policy';
import { maySchedule } from '../../domain/permissions';
import { Conflict, Forbidden, NotFound, whenNotFound } from '../errors';
import { loadInterviewContext } from '../interviews/interview-context';

/**
 * Before a booked interview is rescheduled, cancelled or marked a no-show: locked, the actor may
 * schedule its stage (one they cannot see is a 404), and it is neither cancelled nor held.
 */
export async function lockScheduledInterview(tx: Queryable, actor: Actor, interviewId: string) {
  const interview = await findInterview(tx, interviewId, { forUpdate: true });
  if (!interview) throw new NotFound('Interview');
  const context = await loadInterviewContext(tx, actor, interview.applicationId).catch(
    whenNotFound(() => new NotFound('Interview')),
  );
  requireMaySchedule(actor, interview.stage, context.team);
  if (interview.status === 'cancelled') {
    throw new Conflict(
      [{ path: 'status', code: 'interview_cancelled', message: 'This interview was cancelled.' }],
      'This interview was cancelled.',
    );
  }
  // A held interview is a record of what took place (mayMoveInterview); the candidate page
  // offers neither action on it (`can.move`).
  if (!mayMoveInterview(interview, interview.scorecardSubmitted, new Date())) {
    const message = 'This interview was held; it can no longer be rescheduled or cancelled.';
    throw new Conflict([{ path: 'status', code: 'interview_held', message }], message);
  }
  return { interview, team: context.team };
}

/**
 * Before an interview is booked or recorded at `stage`: the actor may schedule it, the
 * application is locked at that stage, and the stage has no interview booked yet.
 */
export async function lockStageToBook(
  tx: Queryable,
  actor: Actor,
  applicationId: string,
  stage: InterviewStage,
  messages: { alreadyBooked: string },
) {
  const context = await loadInterviewContext(tx, actor, applicationId);
  requireMaySchedule(actor, stage, context.team);
  const [application] = await findApplicationsForUpdate(tx, [applicationId]);
  if (application?.stage !== stageOfInterview(stage)) {
    throw new Conflict(
      [
        {
          path: 'stage',
          code: 'wrong_stage',
          message: 'Move the application to this stage first.',
        },
      ],
      'The application is not at this interview stage.',
    );
  }
  if (await hasScheduledInterview(tx, applicationId, stage)) {
    throw new Conflict(
      [{ path: 'stage', code: 'already_scheduled', message: messages.alreadyBooked }],
      'This interview is already scheduled.',
    );
  }
  return { context, application };
}

/** HR schedules every interview; the job's hiring manager may also schedule the user interview. */
export function requireMaySchedule(
  actor: Actor,
  stage: InterviewStage,
  team: TeamMemberRow[],
): void {
  if (maySchedule(standingIn(actor, team))[stage]) return;
  throw new Forbidden(
    'Only HR, or the hiring manager for the user interview, schedules interviews.',
  );
}
