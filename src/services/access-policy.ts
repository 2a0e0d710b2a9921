import type { Queryable } from '../db/database';
import { candidateSharesJobWith } from '../db/queries/candidates';
import { findJob, isTeamMember, type JobRow, type TeamMemberRow } from '../db/queries/jobs';
import {
  isAdmin,
  mayOpenKit,
  readsJobPeople,
  readsWholeJob as readsWholeJobOf,
  userAbilities,
  type JobStanding,
} from '../domain/permissions';
import { isHr, seesAllJobs } from '../domain/roles';
import type { InterviewStage } from '../domain/interview';
import type { Actor } from './actor';
import { Forbidden, NotFound } from './errors';

/**
 * One place for "who may touch what". A job outside the actor's hiring teams answers
 * NotFound rather than Forbidden, so its existence does not leak.
 */
export async function requireJobAccess(
  db: Queryable,
  actor: Actor,
  jobId: string,
): Promise<JobRow> {
  const job = await findJob(db, jobId);
  if (!job) throw new NotFound('Job');
  if (!seesAllJobs(actor.role) && !(await isTeamMember(db, jobId, actor.id)))
    throw new NotFound('Job');
  return job;
}

export async function requireCandidateAccess(
  db: Queryable,
  actor: Actor,
  candidateId: string,
): Promise<void> {
  if (!(await mayReadCandidate(db, actor, candidateId))) throw new NotFound('Candidate');
}

/** Whether the actor may open the candidate's page (the rule requireCandidateAccess enforces). */
export async function mayReadCandidate(
  db: Queryable,
  actor: Actor,
  candidateId: string,
): Promise<boolean> {
  if (seesAllJobs(actor.role)) return true;
  return candidateSharesJobWith(db, candidateId, actor.id, panelScope(actor));
}

/**
 * Whether the actor reaches only the applications whose interview panel they sit on, and reads
 * those without the candidate's contact details (an interviewer: see readsJobPeople).
 */
export function panelScope(actor: Actor): boolean {
  return !readsJobPeople(actor.role);
}

/** A job's board and screening page show all its people: not an interviewer's to open. */
export function requirePipelineReader(actor: Actor): void {
  if (!readsJobPeople(actor.role))
    throw new Forbidden("Interviewers open their interviews' kits, not the job's pipeline.");
}

/** Opening jobs and managing candidates is HR's (recruiters' and admins') work. */
export function requireHr(actor: Actor): void {
  if (!isHr(actor.role)) throw new Forbidden('Only HR (recruiters and admins) can do this.');
}

/** Users, roles, company settings and the audit log are the admin's. */
export function requireAdmin(actor: Actor): void {
  // An API token carries its admin's role but never the admin's own powers (users, tokens,
  // webhooks, settings): a leaked token must not be able to mint more access.
  if (!isAdmin(actor.role) || actor.tokenId) throw new Forbidden('Only admins can do this.');
}

/** The user id to restrict listings to, or undefined when the actor sees every job. */
export function teamScope(actor: Actor): string | undefined {
  return seesAllJobs(actor.role) ? undefined : actor.id;
}

/** What says who sits one application's interview of a stage (see sitsOnPanel). */
export interface PanelSources {
  /** The job plan's panel for the stage: who HR proposes when booking. */
  planPanel: readonly string[];
  /** This application's interviews (any stage, any status). */
  interviews: readonly {
    stage: InterviewStage;
    status: string;
    interviewerIds: readonly string[];
  }[];
  /** This application's scorecards (any stage). */
  cards: readonly { stage: InterviewStage; interviewerId: string }[];
}

/**
 * The one rule for "on the panel" of an application's interview of a stage; the kit, the
 * scorecard, My interviews, Today and the candidate page all follow it.
 * - A booked interview names its panel, and that is who sits it: once one of the stage is booked
 *   (and not cancelled), the plan's panel no longer counts.
 * - Whoever holds a scorecard of the stage stays on it: leaving must not open the others'.
 * - While none is booked, the plan's panel stands in for HR and the job's hiring manager only (an
 *   interview held outside Seleksi's calendar can still be scored). An interviewer reaches nothing
 *   until HR books them: their reach is "the kit for one interview", the one they are booked on.
 * The SQL of an interviewer's reach (sitsOnPanelOfApplication in db/queries/candidates.ts) is this
 * rule for a reader without the stand-in.
 */
export function sitsOnPanel(
  actor: Actor,
  stage: InterviewStage,
  sources: PanelSources,
  isJobHiringManager: boolean,
): boolean {
  if (sources.cards.some((card) => card.stage === stage && card.interviewerId === actor.id))
    return true;
  const booked = sources.interviews.filter(
    (interview) => interview.stage === stage && interview.status !== 'cancelled',
  );
  if (booked.length) return booked.some((interview) => interview.interviewerIds.includes(actor.id));
  return readsWholeJob(actor, isJobHiringManager) && sources.planPanel.includes(actor.id);
}

/**
 * Whether the reader of one application's interviews may open its candidate's page: anyone who
 * reads the job's people, and an interviewer who sits on one of its panels (mayReadCandidate).
 */
export function readsCandidateOf(actor: Actor, onPanel: Record<InterviewStage, boolean>): boolean {
  return !panelScope(actor) || onPanel.hr || onPanel.user;
}

/** The candidate's e-mail and phone, or null for a reader who may not contact them (panelScope). */
export type ContactShown<Row extends { email: string; phone: string | null }> = Omit<
  Row,
  'email' | 'phone'
> & {
  email: string | null;
  phone: string | null;
};

/**
 * Interviewers assess the person; reaching them is HR's: contact details are left out. The
 * candidate page, the candidate list and the interview kit all show a candidate through this.
 */
export function shownContact<Row extends { email: string; phone: string | null }>(
  actor: Actor,
  row: Row,
): ContactShown<Row> {
  return panelScope(actor) ? { ...row, email: null, phone: null } : row;
}

export function hasSubmittedOwn(
  actor: Actor,
  stageScorecards: readonly { interviewerId: string; submittedAt: Date | null }[],
): boolean {
  return stageScorecards.some((card) => card.interviewerId === actor.id && card.submittedAt);
}

/**
 * Blind scoring: reading other interviewers' scorecards before submitting one's own biases the
 * ratings. A panel member sees the others only after submitting; HR and the job's hiring manager,
 * when not on the panel, see every submitted scorecard; other interviewers see none.
 */
export function mayReadStageScorecards(
  actor: Actor,
  context: { onPanel: boolean; submittedOwn: boolean; isJobHiringManager: boolean },
): boolean {
  if (context.onPanel) return context.submittedOwn;
  return isHr(actor.role) || context.isJobHiringManager;
}

/**
 * A user-interview panel member who has not submitted their own user scorecard reads none of HR's
 * assessments yet (scores, scorecards, decision reasons), hiring manager included, so they rate
 * independently; the decision summary, the HR scorecards and the comparison ask this. Someone who
 * sat on the HR panel too follows that stage's blind scoring instead: they took part in it.
 */
export function awaitsOwnUserScorecard(
  actor: Actor,
  context: { onHrPanel: boolean; onUserPanel: boolean; submittedOwnUser: boolean },
): boolean {
  return (
    !isHr(actor.role) && !context.onHrPanel && context.onUserPanel && !context.submittedOwnUser
  );
}

/** How one reader stands toward HR's interview scores: readable, not yet (blind), or never. */
export type HrScoreReach = 'read' | 'submit_first' | 'no_access';

/**
 * The one rule for HR's scores (the HR stage's scorecards and their summary); the candidate page
 * and the interview kit both ask it, so they never disagree.
 * - An HR-panel member follows that stage's blind scoring (mayReadStageScorecards).
 * - A user-interview panel member rates on their own first: after submitting their user scorecard
 *   HR's scores are advisory input, whatever their role.
 * - Off both panels: HR and the job's hiring manager read them; other interviewers never.
 */
export function hrScoreReach(
  actor: Actor,
  context: {
    onPanel: Record<InterviewStage, boolean>;
    cards: readonly { stage: InterviewStage; interviewerId: string; submittedAt: Date | null }[];
    isJobHiringManager: boolean;
  },
): HrScoreReach {
  const { onPanel, isJobHiringManager } = context;
  const submitted = (stage: InterviewStage) =>
    hasSubmittedOwn(
      actor,
      context.cards.filter((card) => card.stage === stage),
    );
  if (onPanel.hr) {
    const reads = mayReadStageScorecards(actor, {
      onPanel: true,
      submittedOwn: submitted('hr'),
      isJobHiringManager,
    });
    return reads ? 'read' : 'submit_first';
  }
  const userPanelWaits = awaitsOwnUserScorecard(actor, {
    onHrPanel: false,
    onUserPanel: onPanel.user,
    submittedOwnUser: submitted('user'),
  });
  if (userPanelWaits) return 'submit_first';
  if (onPanel.user) return 'read';
  const offPanelReads = mayReadStageScorecards(actor, {
    onPanel: false,
    submittedOwn: false,
    isJobHiringManager,
  });
  return offPanelReads ? 'read' : 'no_access';
}

/**
 * How one reader stands toward one stage's scorecards (the scorecards endpoint, the kit): HR's
 * stage by hrScoreReach, so whoever the kit shows HR's scores reads them there too; the user
 * interview's by its blind scoring (its panel after submitting; HR and the job's hiring manager
 * off the panel; other interviewers never).
 */
export function stageScorecardReach(
  actor: Actor,
  stage: InterviewStage,
  context: Parameters<typeof hrScoreReach>[1],
): HrScoreReach {
  if (stage === 'hr') return hrScoreReach(actor, context);
  const onPanel = context.onPanel.user;
  const submittedOwn = hasSubmittedOwn(
    actor,
    context.cards.filter((card) => card.stage === stage),
  );
  const reads = mayReadStageScorecards(actor, {
    onPanel,
    submittedOwn,
    isJobHiringManager: context.isJobHiringManager,
  });
  if (reads) return 'read';
  return onPanel ? 'submit_first' : 'no_access';
}

/**
 * Interviewers judge independently: HR's free-text notes (the candidate note, scorecard comments,
 * decision rationales, move notes) anchor a panel that has not rated yet, and salary talk is for HR
 * and the hiring manager only. So HR reads them; the job's hiring manager once they have submitted
 * their own user-interview scorecard if they sit on that panel; other interviewers never.
 */
export function mayReadHrNotes(
  actor: Actor,
  context: { isJobHiringManager: boolean; onUserPanel: boolean; submittedOwnUser: boolean },
): boolean {
  if (isHr(actor.role)) return true;
  if (!context.isJobHiringManager) return false;
  return !context.onUserPanel || context.submittedOwnUser;
}

/**
 * Why HR ended an application (HR's reason and note, in the "HR ended the application" e-mail):
 * HR and the job's hiring manager read it; an interviewer hears only that it ended, as they never
 * read HR's notes (mayReadHrNotes). The manager's blind wait does not apply: nothing is left to rate.
 */
export function readsHrEndingReason(
  reader: Pick<Actor, 'role'>,
  context: { isJobHiringManager: boolean },
): boolean {
  return isHr(reader.role) || context.isJobHiringManager;
}

/** HR and the job's hiring manager read every interview of the job and compare its candidates. */
export function readsWholeJob(actor: Actor, isJobHiringManager: boolean): boolean {
  return readsWholeJobOf({ role: actor.role, isJobHiringManager });
}

/** Who may open an interview's kit: its panel, HR, and the job's hiring manager. */
export function requireKitReader(
  actor: Actor,
  context: { onPanel: boolean; isJobHiringManager: boolean },
): void {
  const standing = { role: actor.role, isJobHiringManager: context.isJobHiringManager };
  if (!mayOpenKit(standing, context.onPanel)) {
    throw new Forbidden('You are not on the panel of this interview.');
  }
}

export function isHiringManagerOf(actor: Actor, team: readonly TeamMemberRow[]): boolean {
  return team.some((member) => member.userId === actor.id && member.teamRole === 'hiring_manager');
}

/** The actor as one job sees them, for the rules in domain/permissions. */
export function standingIn(actor: Actor, team: readonly TeamMemberRow[]): JobStanding {
  return { role: actor.role, isJobHiringManager: isHiringManagerOf(actor, team) };
}

/** Refuses what the role may not do anywhere (the same rule the session's `can` flags show). */
export function requireAbility(
  actor: Actor,
  ability: keyof ReturnType<typeof userAbilities>,
  message: string,
): void {
  if (!userAbilities(actor.role)[ability]) throw new Forbidden(message);
}
