import type { Queryable } from '../../db/database';
import { listScheduledBetween, lockCalendars } from '../../db/queries/interviews';
import type { TeamMemberRow } from '../../db/queries/jobs';
import { findActiveUsersByIds } from '../../db/queries/users';
import type { FieldProblem } from '../../domain/result';
import { isHr } from '../../domain/roles';
import {
  endOf,
  findConflicts,
  planSchedule,
  type ScheduleConflict,
  type ScheduleDetails,
  type ScheduleRequest,
} from '../../domain/scheduling/interview-schedule';
import { formatInterviewTime } from '../../domain/scheduling/zoned-time';
import { Conflict, Invalid } from '../errors';

export interface ScheduleInput extends ScheduleRequest {
  locale: 'id' | 'en';
  /** The scheduler saw the conflict warning and schedules anyway. */
  confirmConflicts: boolean;
}

/** A booking's or a new time's details, planned (the time in its zone, the panel) and checked. */
export async function checkedDetails(
  tx: Queryable,
  input: ScheduleRequest,
  team: TeamMemberRow[],
): Promise<ScheduleDetails> {
  // Every problem in the first answer: an interviewer off the team beside a time in the past.
  const planned = planSchedule(input, new Date());
  const panel = await panelProblems(tx, input.interviewerIds, team);
  if (!planned.ok) throw new Invalid([...planned.problems, ...panel]);
  if (panel.length) throw new Invalid(panel);
  return planned.value;
}

/** Interviewers come from the job's hiring team or HR, active users only. */
export async function requireEligiblePanel(
  tx: Queryable,
  interviewerIds: readonly string[],
  team: TeamMemberRow[],
): Promise<void> {
  const problems = await panelProblems(tx, interviewerIds, team);
  if (problems.length) throw new Invalid(problems);
}

/** Each chosen interviewer who is neither on the job's hiring team nor HR, nor active, by position. */
async function panelProblems(
  tx: Queryable,
  interviewerIds: readonly string[],
  team: TeamMemberRow[],
): Promise<FieldProblem[]> {
  const users = await findActiveUsersByIds(tx, interviewerIds);
  const problems: FieldProblem[] = [];
  interviewerIds.forEach((id, index) => {
    const user = users.find((candidate) => candidate.id === id);
    const eligible = user && (isHr(user.role) || team.some((member) => member.userId === id));
    if (!eligible) {
      problems.push({
        path: `interviewerIds.${index}`,
        code: 'not_on_team',
        message: "Interviewers come from the job's hiring team or HR.",
      });
    }
  });
  return problems;
}

/** Double-booking is warned about, not forbidden: the scheduler may confirm and go ahead. */
export async function refuseUnconfirmedConflicts(
  tx: Queryable,
  input: ScheduleInput,
  details: ScheduleDetails,
  candidateId: string,
  ignoreInterviewId?: string,
): Promise<void> {
  // Locked even when confirmed: a booking checked meanwhile must see this one.
  await lockCalendars(tx, [candidateId, ...details.interviewerIds]);
  if (input.confirmConflicts) return;
  const booked = await listScheduledBetween(tx, details.startsAt, endOf(details));
  const conflicts = findConflicts({ ...details, candidateId }, booked, ignoreInterviewId);
  if (conflicts.length) {
    throw new Conflict(
      conflicts.map((conflict) => conflictProblem(conflict, details)),
      'Someone is already booked at that time.',
    );
  }
}

function conflictProblem(conflict: ScheduleConflict, details: ScheduleDetails): FieldProblem {
  const when = formatInterviewTime(conflict.startsAt, details.timeZone, 'en');
  const index = details.interviewerIds.indexOf(conflict.personId);
  return conflict.who === 'candidate'
    ? {
        path: 'localStart',
        code: 'candidate_busy',
        message: `The candidate has another interview at ${when.time}.`,
      }
    : {
        path: `interviewerIds.${index}`,
        code: 'interviewer_busy',
        message: `This interviewer has another interview at ${when.time}.`,
      };
}
