import { listMinimumWageYears } from '../../db/queries/minimum-wages';
import { minimumWageYearDue } from '../../domain/offers/minimum-wage-years';
import type { Database } from '../../db/database';
import {
  countFailedEmails,
  findSetupProgress,
  listAgendaInterviews,
  listDataRequestsDueBefore,
  listDuplicatePairs,
  listHrGatesToDecide,
  listInterviewsToBook,
  listManagerApplications,
  listNewApplications,
  listOffersToApprove,
  listOpenOffers,
  listPendingScorecards,
  listRescheduleRequests,
  listStageWaits,
  listStartingHires,
  listUserVerdictsToFollowUp,
  type AgendaRow,
  type ApplicationRef,
  type DuplicatePairRow,
  type HrGateRow,
  type ManagerApplicationRow,
  type NewApplicationsRow,
  type OpenOfferRow,
  type OpenDataRequestRow,
  type PendingScorecardRow,
  type RescheduleRequestRow,
  type StageWaitRow,
  type StartingHireRow,
  type UserVerdictRow,
} from '../../db/queries/today';
import { gettingStartedFor, type GettingStarted } from '../../domain/getting-started';
import type { ActiveStage } from '../../domain/pipeline';
import { maySchedule, userAbilities } from '../../domain/permissions';
import { endOf } from '../../domain/scheduling/interview-schedule';
import { isHr } from '../../domain/roles';
import {
  agendaWindow,
  dataRequestWarningDays,
  defaultStageTargets,
  hrGateDecisionDue,
  interviewWhen,
  scorecardWait,
  jakartaDate,
  offerNeed,
  todayListPreview,
  workingDaysBetween,
  type HrGateDueReason,
  type InterviewWhen,
} from '../../domain/today';
import { requireAbility } from '../access-policy';
import type { Actor } from '../actor';

export type AgendaItem = AgendaRow & { when: InterviewWhen };
export type PendingScorecard = Omit<PendingScorecardRow, 'status' | 'applicationStage'> & {
  overdue: boolean;
};
export interface HrGateDecision extends ApplicationRef {
  reason: HrGateDueReason;
  /** When the HR interview ended; null for a walk-in. */
  interviewEndsAt: Date | null;
}
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
  /**
   * HR: every interview of the coming week (HR coordinates them all). Everyone else: the
   * interviews they sit on, their own work.
   */
  interviews: AgendaItem[];
  /**
   * A hiring manager: the interviews of their jobs they are not on (HR's interviews, a panel
   * without them), as context, not work: kept apart so their own come first on a phone (retrial24
   * M7; Greenhouse's and Ashby's "My interviews" list only the reader's). Null for HR, whose
   * `interviews` hold them all, and for whoever hires for no job.
   */
  otherInterviews: AgendaItem[] | null;
  scorecardsToSubmit: PendingScorecard[];
  decisionsWaiting: ManagerApplicationRow[] | null;
  passedToYou: ManagerApplicationRow[] | null;
  scorecardsOverdue: PendingScorecard[] | null;
  /**
   * Applications at "Applied", per job: to screen from the moment they arrive. Those past the
   * stage's target are also in waitingTooLong.
   */
  newApplications: NewApplicationsRow[] | null;
  newApplicationsTotal: number | null;
  /** The most overdue few; `waitingTooLongTotal` counts them all (see waitingList). */
  waitingTooLong: WaitingApplication[] | null;
  waitingTooLongTotal: number | null;
  /** At an interview stage with no interview booked for it: the longest waiting few. */
  interviewsToBook: WaitingApplication[] | null;
  interviewsToBookTotal: number | null;
  /** `canReschedule`: whether the reader may move it (HR; the job's hiring manager, a user interview). */
  rescheduleRequests: (RescheduleRequestRow & { canReschedule: boolean })[] | null;
  duplicates: DuplicatePairRow[] | null;
  dataRequests: OpenDataRequestRow[] | null;
  failedEmails: number | null;
  /** HR: the HR interviews to pass or end, their panel scored or their scores late. */
  hrDecisions: HrGateDecision[] | null;
  /** HR: the hiring manager's verdicts at the user interview, for HR to tell the candidate or start the offer. */
  userVerdicts: UserVerdictRow[] | null;
  /** Offers waiting for this user's approval (the job's hiring manager, the named approver). */
  offersToApprove: OpenOfferRow[] | null;
  /** HR: counter-proposals to answer, approved offers to send, sent ones expiring soon. */
  offerCounters: OpenOfferRow[] | null;
  offersToSend: OpenOfferRow[] | null;
  offersExpiring: OpenOfferRow[] | null;
  /**
   * HR, and the hiring manager for their own jobs: accepted offers starting today or ahead. The
   * portal hires the candidate on acceptance with nobody in HR acting, so HR learns it here (like
   * an ATS's "upcoming starts") and has until the first day to prepare onboarding, and the
   * manager when their new hire arrives; the item leaves once that day has passed.
   */
  startingSoon: StartingHireRow[] | null;
  /**
   * An admin's (and HR's) first steps on a new install, ticking themselves from what exists; null
   * once done or for other roles. Not counted on the badge: it is a guide, not a task waiting.
   */
  gettingStarted: (GettingStarted & { unplannedJobId: string | null }) | null;
  /**
   * Admins: the year whose minimum wages are due and not on record (from December, the coming
   * year's), with the newest year on record; not counted on the badge.
   */
  minimumWagesDue: { year: number; latest: number | null } | null;
  /** How many things wait for the user: the number on the nav badge. */
  needsYou: number;
}

/** Interviewers and managers see their agenda this far ahead; HR sees the next seven days. */
const agendaDaysAhead = 30;

export async function todayFor(db: Database, actor: Actor, now = new Date()): Promise<Today> {
  const hr = isHr(actor.role);
  const window = agendaWindow(now);
  if (!hr) window.to = new Date(window.from.getTime() + agendaDaysAhead * 86_400_000);
  const agenda = (await listAgendaInterviews(db, actor.id, { everyJob: hr }, window)).map(
    (row) => ({ ...row, when: interviewWhen(row.startsAt, now) }),
  );
  // A hiring manager's own: those she sits on, and those of her jobs the candidate asked to move
  // that she may reschedule herself (the user interview): work, not context to fold away.
  const mayMove = maySchedule({ role: actor.role, isJobHiringManager: true });
  const own = (item: (typeof agenda)[number]) =>
    item.onPanel || (item.rescheduleRequested && mayMove[item.stage]);
  const interviews = hr ? agenda : agenda.filter(own);
  const scorecardsToSubmit = withOverdue(await listPendingScorecards(db, actor.id, now), now);
  const managed = hr ? [] : await listManagerApplications(db, actor.id, now);
  const manages = actor.role === 'hiring_manager' || managed.length > 0;
  const toApprove = await listOffersToApprove(db, actor.id);
  const approves = manages || toApprove.length > 0;
  const today: Today = {
    interviews,
    otherInterviews: manages ? agenda.filter((item) => !own(item)) : null,
    scorecardsToSubmit,
    decisionsWaiting: manages ? managed.filter((row) => row.awaitsDecision) : null,
    passedToYou: manages ? managed.filter((row) => !row.awaitsDecision) : null,
    scorecardsOverdue: null,
    newApplications: null,
    newApplicationsTotal: null,
    waitingTooLong: null,
    waitingTooLongTotal: null,
    interviewsToBook: null,
    interviewsToBookTotal: null,
    // The hiring manager sees the candidate asked to move their user interview, not only HR.
    rescheduleRequests: manages
      ? (await listRescheduleRequests(db, actor.id)).map((row) => ({
          ...row,
          canReschedule: maySchedule({ role: actor.role, isJobHiringManager: true })[row.stage],
        }))
      : null,
    duplicates: null,
    dataRequests: null,
    failedEmails: null,
    userVerdicts: null,
    hrDecisions: null,
    offersToApprove: approves ? toApprove : null,
    offerCounters: null,
    offersToSend: null,
    offersExpiring: null,
    // The hiring manager learns when their new hire starts (their own jobs only), as HR does.
    startingSoon: manages ? await listStartingHires(db, jakartaDate(now), actor.id) : null,
    gettingStarted: hr ? await gettingStarted(db, actor) : null,
    minimumWagesDue: userAbilities(actor.role).editOfferSettings
      ? minimumWageYearDue(await listMinimumWageYears(db), now)
      : null,
    needsYou: 0,
  };
  let overdueNew = 0;
  if (hr) {
    const { sections, waiting } = await hrSections(db, actor, now);
    Object.assign(today, sections);
    // A new application past its target is in both lists; the badge counts it once.
    overdueNew = waiting.filter((item) => item.stage === 'applied').length;
  }
  today.needsYou = countNeedsYou(today, overdueNew);
  return today;
}

async function gettingStarted(db: Database, actor: Actor): Promise<Today['gettingStarted']> {
  const { unplannedJobId, ...progress } = await findSetupProgress(db);
  const checklist = gettingStartedFor(actor.role, progress);
  return checklist && { ...checklist, unplannedJobId };
}

async function hrSections(
  db: Database,
  actor: Actor,
  now: Date,
): Promise<{ sections: Partial<Today>; waiting: WaitingApplication[] }> {
  const warnBefore = new Date(now.getTime() + dataRequestWarningDays * 86_400_000);
  const waiting = await waitingTooLong(db, now);
  const newApplications = await listNewApplications(db);
  const toBook = await interviewsToBook(db, now);
  const offers = await listOpenOffers(db);
  const needing = (need: string) =>
    offers.filter((offer) => offerNeed(offer, jakartaDate(now)) === need);
  const sections: Partial<Today> = {
    offerCounters: needing('counter_to_answer'),
    offersToSend: needing('ready_to_send'),
    offersExpiring: needing('expiring'),
    scorecardsOverdue: withOverdue(await listPendingScorecards(db, undefined, now), now).filter(
      (card) => card.overdue && card.interviewerId !== actor.id,
    ),
    newApplications,
    newApplicationsTotal: newApplications.reduce((sum, job) => sum + job.count, 0),
    waitingTooLong: waiting.slice(0, todayListPreview),
    waitingTooLongTotal: waiting.length,
    interviewsToBook: toBook.slice(0, todayListPreview),
    interviewsToBookTotal: toBook.length,
    rescheduleRequests: (await listRescheduleRequests(db)).map((row) => ({
      ...row,
      canReschedule: true,
    })),
    duplicates: await listDuplicatePairs(db),
    dataRequests: await listDataRequestsDueBefore(db, warnBefore),
    failedEmails: await countFailedEmails(db),
    userVerdicts: await listUserVerdictsToFollowUp(db),
    hrDecisions: hrGatesDue(await listHrGatesToDecide(db), now),
    startingSoon: await listStartingHires(db, jakartaDate(now)),
  };
  return { sections, waiting };
}

function hrGatesDue(rows: HrGateRow[], now: Date): HrGateDecision[] {
  return rows.flatMap((row) => {
    const { interviewStartsAt: startsAt, interviewDurationMinutes, interviewStatus: status } = row;
    const interview =
      startsAt && status && interviewDurationMinutes !== null
        ? { startsAt, durationMinutes: interviewDurationMinutes, status }
        : null;
    const reason = hrGateDecisionDue({ interview, scorecardsIn: row.scorecardsIn }, now);
    if (!reason) return [];
    const { applicationId, candidateId, candidateName, jobId, jobTitle } = row;
    return [
      {
        applicationId,
        candidateId,
        candidateName,
        jobId,
        jobTitle,
        reason,
        interviewEndsAt: interview && endOf(interview),
      },
    ];
  });
}

/**
 * The missing scorecards still to do, each awaited or overdue. listPendingScorecards leaves out
 * in SQL what is no one's to-do (scorecardWait's null and 'not_submitted': a cancelled interview,
 * an ended application, a stage decided by a move on past it), so its LIMIT counts only these.
 */
function withOverdue(rows: PendingScorecardRow[], now: Date): PendingScorecard[] {
  return rows.map(({ status, applicationStage, ...row }) => {
    // Listed because this panel member's scorecard is missing (listPendingScorecards).
    const wait = scorecardWait(
      { interview: { ...row, status }, unscored: true, applicationStage },
      now,
    );
    return { ...row, overdue: wait === 'overdue' };
  });
}

/** The two lists Today previews, in full: waiting past the stage target, interviews to book. */
export type WaitingListKind = 'too_long' | 'to_book';

/** One of Today's waiting lists in full (HR), optionally for one stage. */
export async function waitingList(
  db: Database,
  actor: Actor,
  list: WaitingListKind,
  stage: ActiveStage | undefined,
  now = new Date(),
): Promise<WaitingApplication[]> {
  requireAbility(actor, 'readWaitingLists', "Only HR follows every job's waiting candidates.");
  const items =
    list === 'too_long' ? await waitingTooLong(db, now) : await interviewsToBook(db, now);
  return stage ? items.filter((item) => item.stage === stage) : items;
}

function withWait(row: StageWaitRow, now: Date): WaitingApplication {
  const { stageEnteredAt, targetDays: saved, ...rest } = row;
  return {
    ...rest,
    workingDays: workingDaysBetween(stageEnteredAt, now),
    targetDays: saved ?? defaultStageTargets[row.stage],
  };
}

/** Most overdue first: the days past the target, not the days waited. */
async function waitingTooLong(db: Database, now: Date): Promise<WaitingApplication[]> {
  return (await listStageWaits(db))
    .map((row) => withWait(row, now))
    .filter((item) => item.workingDays > item.targetDays)
    .sort((a, b) => b.workingDays - b.targetDays - (a.workingDays - a.targetDays));
}

/** Longest waiting first (the query's order). */
async function interviewsToBook(db: Database, now: Date): Promise<WaitingApplication[]> {
  return (await listInterviewsToBook(db)).map((row) => withWait(row, now));
}

function countNeedsYou(today: Today, overdueNew: number): number {
  const lists = [
    today.interviews.filter((item) => item.when === 'today'),
    today.scorecardsToSubmit,
    today.decisionsWaiting,
    today.passedToYou,
    today.scorecardsOverdue,
    // One HR handles is not the reader's to do.
    today.rescheduleRequests?.filter((item) => item.canReschedule),
    today.duplicates,
    today.dataRequests,
    today.userVerdicts,
    today.hrDecisions,
    today.offersToApprove,
    today.offerCounters,
    today.offersToSend,
    today.offersExpiring,
    // Starting soon is not counted: it tells HR of a start, it asks nothing of them.
  ];
  const totals = [
    today.waitingTooLongTotal,
    today.interviewsToBookTotal,
    today.failedEmails,
    today.newApplicationsTotal,
  ];
  return (
    lists.reduce((sum, list) => sum + (list?.length ?? 0), 0) +
    totals.reduce<number>((sum, total) => sum + (total ?? 0), 0) -
    overdueNew
  );
}
