import type { Database } from '../../db/database';
import {
  countFailedEmails,
  listAgendaInterviews,
  listDataRequestsDueBefore,
  listDuplicatePairs,
  listManagerApplications,
  listPendingScorecards,
  listRescheduleRequests,
  listStageWaits,
  type AgendaInterviewRow,
  type ApplicationRef,
  type DuplicatePairRow,
  type ManagerApplicationRow,
  type OpenDataRequestRow,
  type PendingScorecardRow,
  type RescheduleRequestRow,
} from '../../db/queries/today';
import type { ActiveStage } from '../../domain/pipeline';
import { isHr } from '../../domain/roles';
import {
  agendaWindow,
  dataRequestWarningDays,
  defaultStageTargets,
  interviewWhen,
  isScorecardOverdue,
  workingDaysBetween,
  type InterviewWhen,
} from '../../domain/today';
import type { Actor } from '../actor';

export type AgendaItem = AgendaInterviewRow & { when: InterviewWhen };
export type PendingScorecard = PendingScorecardRow & { overdue: boolean };
export interface WaitingApplication extends ApplicationRef {
  stage: ActiveStage;
  workingDays: number;
  targetDays: number;
}

/**
 * What needs the signed-in user. A section is null when it is not this role's work, an empty
 * list when there is nothing to do. Everything is scoped the way the rest of the API is: HR sees
 * every job, a hiring manager the jobs they hire for, everyone their own interviews.
 */
export interface Today {
  interviews: AgendaItem[];
  scorecardsToSubmit: PendingScorecard[];
  decisionsWaiting: ManagerApplicationRow[] | null;
  passedToYou: ManagerApplicationRow[] | null;
  scorecardsOverdue: PendingScorecard[] | null;
  waitingTooLong: WaitingApplication[] | null;
  rescheduleRequests: RescheduleRequestRow[] | null;
  duplicates: DuplicatePairRow[] | null;
  dataRequests: OpenDataRequestRow[] | null;
  failedEmails: number | null;
  /** How many things wait for the user: the number on the nav badge. */
  needsYou: number;
}

/** Interviewers and managers see their agenda this far ahead; HR sees the week. */
const agendaDaysAhead = 30;

export async function todayFor(db: Database, actor: Actor, now = new Date()): Promise<Today> {
  const hr = isHr(actor.role);
  const window = agendaWindow(now);
  if (!hr) window.to = new Date(window.from.getTime() + agendaDaysAhead * 86_400_000);
  const interviews = (await listAgendaInterviews(db, actor.id, { everyJob: hr }, window)).map(
    (row) => ({ ...row, when: interviewWhen(row.startsAt, now) }),
  );
  const scorecardsToSubmit = withOverdue(await listPendingScorecards(db, actor.id, now), now);
  const managed = hr ? [] : await listManagerApplications(db, actor.id);
  const manages = actor.role === 'hiring_manager' || managed.length > 0;
  const today: Today = {
    interviews,
    scorecardsToSubmit,
    decisionsWaiting: manages ? managed.filter((row) => row.awaitsDecision) : null,
    passedToYou: manages ? managed.filter((row) => !row.awaitsDecision) : null,
    scorecardsOverdue: null,
    waitingTooLong: null,
    rescheduleRequests: null,
    duplicates: null,
    dataRequests: null,
    failedEmails: null,
    needsYou: 0,
  };
  if (hr) Object.assign(today, await hrSections(db, actor, now));
  today.needsYou = countNeedsYou(today);
  return today;
}

async function hrSections(db: Database, actor: Actor, now: Date): Promise<Partial<Today>> {
  const warnBefore = new Date(now.getTime() + dataRequestWarningDays * 86_400_000);
  return {
    scorecardsOverdue: withOverdue(await listPendingScorecards(db, undefined, now), now).filter(
      (card) => card.overdue && card.interviewerId !== actor.id,
    ),
    waitingTooLong: await waitingTooLong(db, now),
    rescheduleRequests: await listRescheduleRequests(db),
    duplicates: await listDuplicatePairs(db),
    dataRequests: await listDataRequestsDueBefore(db, warnBefore),
    failedEmails: await countFailedEmails(db),
  };
}

function withOverdue(rows: PendingScorecardRow[], now: Date): PendingScorecard[] {
  return rows.map((row) => ({
    ...row,
    overdue: isScorecardOverdue(
      new Date(row.startsAt.getTime() + row.durationMinutes * 60_000),
      now,
    ),
  }));
}

async function waitingTooLong(db: Database, now: Date): Promise<WaitingApplication[]> {
  const waiting: WaitingApplication[] = [];
  for (const row of await listStageWaits(db)) {
    const targetDays = row.targetDays ?? defaultStageTargets[row.stage];
    const workingDays = workingDaysBetween(row.stageEnteredAt, now);
    if (workingDays > targetDays) {
      const { stageEnteredAt: _entered, targetDays: _saved, ...rest } = row;
      waiting.push({ ...rest, workingDays, targetDays });
    }
  }
  return waiting.sort((a, b) => b.workingDays - b.targetDays - (a.workingDays - a.targetDays));
}

function countNeedsYou(today: Today): number {
  const lists = [
    today.interviews.filter((item) => item.when === 'today'),
    today.scorecardsToSubmit,
    today.decisionsWaiting,
    today.passedToYou,
    today.scorecardsOverdue,
    today.waitingTooLong,
    today.rescheduleRequests,
    today.duplicates,
    today.dataRequests,
  ];
  return lists.reduce((sum, list) => sum + (list?.length ?? 0), 0) + (today.failedEmails ?? 0);
}
