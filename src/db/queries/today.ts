import type { DataRequestKind } from '../../domain/privacy/data-request';
import type { InterviewStage } from '../../domain/interview';
import type { ActiveStage } from '../../domain/pipeline';
import type { Queryable } from '../database';
import type { InterviewStatus } from '../../domain/scheduling/interview-schedule';
import { stageInterviewStands } from './interviews';
import { movedOnFromInterview, panelMemberUnscored, scorecardSubmitted } from './scorecards';
import { rejectionToldSince } from './untold-rejections';

/**
 * The reads behind "Today". `memberId` scopes to the jobs whose hiring team holds that user
 * (undefined: every job, for HR); `managerId` to the jobs the user is hiring manager of.
 */

/** The application a line of Today is about, with the names it shows. */
export interface ApplicationRef {
  applicationId: string;
  candidateId: string;
  candidateName: string;
  jobId: string;
  jobTitle: string;
}

/** ApplicationRef's columns, from `applications a`, `candidates c` and `jobs j`. */
const applicationRefColumns = `a.id AS "applicationId", a.candidate_id AS "candidateId",
  c.full_name AS "candidateName", j.id AS "jobId", j.title AS "jobTitle"`;

/** Whether the user in `userParam` is hiring manager of the job `j`. */
const isHiringManager = (userParam: string) => `EXISTS (SELECT 1 FROM job_team_members m
  WHERE m.job_id = j.id AND m.user_id = ${userParam} AND m.team_role = 'hiring_manager')`;

/**
 * Whether application `a` has held its interview at `stage` by `nowParam`: completed, or begun
 * and either recorded afterwards or with a scorecard in since it was booked (the SQL form of isHeld).
 */
const interviewHeld = (stage: string, nowParam: string) => `EXISTS (SELECT 1 FROM interviews h
  WHERE h.application_id = a.id AND h.stage = ${stage}
    AND (h.status = 'completed' OR (h.status = 'scheduled' AND h.starts_at <= ${nowParam}
      AND (h.recorded OR EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = a.id AND s.stage = h.stage
                  AND s.submitted_at >= h.created_at)))))`;

/**
 * Whether application `a`'s interview at `stage` is scored inside its booked time by `nowParam`:
 * a scorecard in since it was booked, the slot not ended, not a walk-in record (the SQL form of
 * isScoredInSlot). Read as "scored", not "held", until the slot ends.
 */
const interviewScoredInSlot = (
  stage: string,
  nowParam: string,
) => `EXISTS (SELECT 1 FROM interviews r
  WHERE r.application_id = a.id AND r.stage = ${stage} AND r.status = 'scheduled' AND NOT r.recorded
    AND r.starts_at <= ${nowParam}
    AND r.starts_at + make_interval(mins => r.duration_minutes) > ${nowParam}
    AND EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = a.id AND s.stage = r.stage
                AND s.submitted_at >= r.created_at))`;

/**
 * Whether application `a`'s booked interview at `stage` is over by `nowParam` (its time has
 * ended), scorecards in or not: for a manager's list, it was held, whatever is still due.
 */
const interviewOver = (stage: string, nowParam: string) => `EXISTS (SELECT 1 FROM interviews o
  WHERE o.application_id = a.id AND o.stage = ${stage} AND o.status = 'scheduled'
    AND o.starts_at + make_interval(mins => o.duration_minutes) <= ${nowParam})`;

export interface AgendaInterviewRow extends ApplicationRef {
  interviewId: string;
  stage: InterviewStage;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  onPanel: boolean;
}

/** An agenda line; `rescheduleRequested`: the candidate asked for another time (not yet moved). */
export interface AgendaRow extends AgendaInterviewRow {
  rescheduleRequested: boolean;
}

const agendaColumns = `i.id AS "interviewId", ${applicationRefColumns}, i.stage, i.starts_at AS "startsAt",
  i.duration_minutes AS "durationMinutes", i.time_zone AS "timeZone"`;

const interviewJoins = `FROM interviews i
  JOIN applications a ON a.id = i.application_id
  JOIN candidates c ON c.id = a.candidate_id
  JOIN jobs j ON j.id = a.job_id`;

/** Booked interviews from `from` to `to`: all of them for HR, else those the user sits on or hires for. */
export async function listAgendaInterviews(
  db: Queryable,
  userId: string,
  scope: { everyJob: boolean },
  window: { from: Date; to: Date },
): Promise<AgendaRow[]> {
  return db.query<AgendaRow>(
    `SELECT ${agendaColumns}, $1::uuid = ANY(i.interviewer_ids) AS "onPanel",
       i.candidate_response IS NOT DISTINCT FROM 'reschedule_requested' AS "rescheduleRequested"
     ${interviewJoins}
     WHERE i.status = 'scheduled' AND i.starts_at >= $2 AND i.starts_at < $3
       AND ($4 OR $1::uuid = ANY(i.interviewer_ids) OR ${isHiringManager('$1')})
     ORDER BY i.starts_at
     LIMIT 100`,
    [userId, window.from, window.to, scope.everyJob],
  );
}

export interface PendingScorecardRow extends AgendaInterviewRow {
  interviewerId: string;
  interviewerName: string;
  status: InterviewStatus;
  applicationStage: string;
}

/**
 * Interviews that have ended with a panel member's scorecard not submitted: the user's own, or
 * (for HR, `interviewerId` undefined) everyone's. Interviews of the last 60 days that stand for
 * their stage (booked or held, as scorecardWait reads them), of applications that have not ended.
 */
export async function listPendingScorecards(
  db: Queryable,
  interviewerId: string | undefined,
  now: Date,
): Promise<PendingScorecardRow[]> {
  return db.query<PendingScorecardRow>(
    `SELECT ${agendaColumns}, true AS "onPanel", u.id AS "interviewerId", u.name AS "interviewerName",
       i.status, a.stage AS "applicationStage"
     ${interviewJoins}
     CROSS JOIN LATERAL unnest(i.interviewer_ids) AS panel(user_id)
     JOIN users u ON u.id = panel.user_id
     WHERE i.status <> 'cancelled'
       AND i.starts_at + make_interval(mins => i.duration_minutes) <= $2
       AND i.starts_at > $2::timestamptz - interval '60 days'
       AND a.stage NOT IN ('rejected', 'withdrawn')
       AND NOT ${movedOnFromInterview('i', 'a.stage')}
       AND ($1::uuid IS NULL OR u.id = $1)
       AND NOT ${scorecardSubmitted('i.application_id', 'i.stage', 'u.id')}
     ORDER BY i.starts_at
     LIMIT 100`,
    [interviewerId ?? null, now],
  );
}

export interface StageWaitRow extends ApplicationRef {
  stage: ActiveStage;
  stageEnteredAt: Date;
  targetDays: number | null;
}

/** An application of an open job with the time in its stage and the job's target for it. */
const stageWaitSelect = `SELECT ${applicationRefColumns}, a.stage, a.stage_entered_at AS "stageEnteredAt",
    t.working_days AS "targetDays"
  FROM applications a
  JOIN jobs j ON j.id = a.job_id AND j.status = 'open'
  JOIN candidates c ON c.id = a.candidate_id
  LEFT JOIN stage_targets t ON t.job_id = a.job_id AND t.stage = a.stage`;

/** Applications in an active stage of an open job, with the job's own target for that stage if set. */
export async function listStageWaits(db: Queryable): Promise<StageWaitRow[]> {
  return db.query<StageWaitRow>(
    `${stageWaitSelect}
     WHERE a.stage NOT IN ('hired', 'rejected', 'withdrawn')
     ORDER BY a.stage_entered_at
     LIMIT 2000`,
  );
}

export interface NewApplicationsRow {
  jobId: string;
  jobTitle: string;
  count: number;
  /** When the longest waiting of them arrived. */
  firstArrivedAt: Date;
}

/**
 * Applications still at "Applied" per open job, the job whose first one came longest ago first:
 * HR screens them from the job's screening view. Counted per job so no cap hides the newest.
 */
export async function listNewApplications(db: Queryable): Promise<NewApplicationsRow[]> {
  return db.query<NewApplicationsRow>(
    `SELECT j.id AS "jobId", j.title AS "jobTitle", count(*)::int AS count,
            min(a.stage_entered_at) AS "firstArrivedAt"
     FROM applications a
     JOIN jobs j ON j.id = a.job_id AND j.status = 'open'
     WHERE a.stage = 'applied'
     GROUP BY j.id, j.title
     ORDER BY min(a.stage_entered_at), j.title`,
  );
}

/**
 * Candidates at an interview stage of an open job with no interview standing for that stage
 * (booked or held: stageInterviewStands): HR has to find a time. Oldest first, with the job's own target for the stage if set.
 */
export async function listInterviewsToBook(db: Queryable): Promise<StageWaitRow[]> {
  return db.query<StageWaitRow>(
    `${stageWaitSelect}
     WHERE a.stage IN ('hr_interview', 'user_interview')
       AND NOT ${stageInterviewStands('a.id', `CASE a.stage WHEN 'hr_interview' THEN 'hr' ELSE 'user' END`)}
     ORDER BY a.stage_entered_at
     LIMIT 2000`,
  );
}

/**
 * Joins, as `alias`, the latest interview of the stage of application `a` that was not cancelled
 * (none: every column null): the interview whose panel decides whether the stage is scored.
 */
const latestInterviewOfStage = (alias: string, stage: string) =>
  `LEFT JOIN LATERAL (SELECT * FROM interviews x WHERE x.application_id = a.id
     AND x.stage = ${stage} AND x.status <> 'cancelled'
     ORDER BY x.starts_at DESC LIMIT 1) ${alias} ON true`;

/**
 * "The latest interview of a stage, whole panel scored": a scorecard of the stage is in, and every
 * member of the panel of the interview joined by latestInterviewOfStage as `alias` submitted one
 * (none booked, a walk-in: the one scorecard is enough). Today's manager list and HR gate alike.
 */
const wholePanelScored = (alias: string, stage: string) =>
  `(${scorecardSubmitted('a.id', stage)}
     AND (${alias}.id IS NULL OR NOT ${panelMemberUnscored(alias, 'a.id', stage)}))`;

export interface ManagerApplicationRow extends ApplicationRef {
  stageEnteredAt: Date;
  /** A user-interview scorecard is in and no decision is recorded: the manager decides. */
  awaitsDecision: boolean;
  /** An interview stands for the user interview: booked, or held (stageInterviewStands). */
  booked: boolean;
  /**
   * The user interview took place (see isHeld), or its booked time is over with scorecards still
   * due: either way it no longer reads as booked ("scheduled").
   */
  held: boolean;
  /** Held, scored while its booked time still runs (isScoredInSlot): "scored" until it ends. */
  scored: boolean;
  /**
   * Every member of the latest user interview's panel submitted a scorecard (or, none booked, one
   * is in): nothing is left but the manager's decision, whatever the clock says.
   */
  panelScored: boolean;
}

/** Candidates at the user interview of the jobs the user is hiring manager of, without a decision. */
export async function listManagerApplications(
  db: Queryable,
  managerId: string,
  now: Date,
): Promise<ManagerApplicationRow[]> {
  return db.query<ManagerApplicationRow>(
    `SELECT ${applicationRefColumns}, a.stage_entered_at AS "stageEnteredAt",
       ${scorecardSubmitted('a.id', `'user'`)} AS "awaitsDecision",
       ${stageInterviewStands('a.id', `'user'`)} AS "booked",
       (${interviewHeld(`'user'`, '$2')} OR ${interviewOver(`'user'`, '$2')}) AS "held",
       ${interviewScoredInSlot(`'user'`, '$2')} AS "scored",
       ${wholePanelScored('p', `'user'`)} AS "panelScored"
     FROM applications a
     JOIN jobs j ON j.id = a.job_id AND j.status = 'open'
     JOIN candidates c ON c.id = a.candidate_id
     ${latestInterviewOfStage('p', `'user'`)}
     WHERE a.stage = 'user_interview'
       AND ${isHiringManager('$1')}
       AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.application_id = a.id AND d.stage = 'user'
                       AND d.created_at >= a.stage_entered_at)
     ORDER BY a.stage_entered_at
     LIMIT 200`,
    [managerId, now],
  );
}

export interface HrGateRow extends ApplicationRef {
  stageEnteredAt: Date;
  interviewStartsAt: Date | null;
  interviewDurationMinutes: number | null;
  interviewStatus: InterviewStatus | null;
  scorecardsIn: boolean;
}

/**
 * Candidates at the HR interview of open jobs with no HR decision since they got there, that
 * have a booked HR interview or a submitted HR scorecard (a walk-in): whether the decision is due
 * is hrGateDecisionDue's. The interview is the latest not cancelled; its panel scored when every
 * member submitted.
 */
export async function listHrGatesToDecide(db: Queryable): Promise<HrGateRow[]> {
  const scored = scorecardSubmitted('a.id', `'hr'`);
  return db.query<HrGateRow>(
    `SELECT ${applicationRefColumns}, a.stage_entered_at AS "stageEnteredAt",
       i.starts_at AS "interviewStartsAt",
       i.duration_minutes AS "interviewDurationMinutes", i.status AS "interviewStatus",
       ${wholePanelScored('i', `'hr'`)} AS "scorecardsIn"
     FROM applications a
     JOIN jobs j ON j.id = a.job_id AND j.status = 'open'
     JOIN candidates c ON c.id = a.candidate_id
     ${latestInterviewOfStage('i', `'hr'`)}
     WHERE a.stage = 'hr_interview'
       AND (i.id IS NOT NULL OR ${scored})
       AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.application_id = a.id AND d.stage = 'hr'
                       AND d.created_at >= a.stage_entered_at)
     ORDER BY a.stage_entered_at
     LIMIT 200`,
  );
}

export interface RescheduleRequestRow extends ApplicationRef {
  interviewId: string;
  stage: InterviewStage;
  requestedAt: Date;
  /** The times the candidate proposed with that request (ISO), read in the interview's zone. */
  proposedTimes: string[];
  timeZone: string;
}

/**
 * Booked interviews the candidate asked to move, in the portal: every one for HR, or (with
 * `managerId`) the user interviews of the jobs that user is hiring manager of.
 */
export async function listRescheduleRequests(
  db: Queryable,
  managerId?: string,
): Promise<RescheduleRequestRow[]> {
  const mine = managerId ? `AND i.stage = 'user' AND ${isHiringManager('$1')}` : '';
  return db.query<RescheduleRequestRow>(
    `SELECT i.id AS "interviewId", ${applicationRefColumns}, i.stage,
       coalesce((SELECT max(e.created_at) FROM interview_events e
                 WHERE e.interview_id = i.id AND e.kind = 'reschedule_requested'), i.updated_at)
         AS "requestedAt",
       coalesce((SELECT e.proposed_times FROM interview_events e
                 WHERE e.interview_id = i.id AND e.kind = 'reschedule_requested'
                 ORDER BY e.created_at DESC LIMIT 1), '[]'::jsonb) AS "proposedTimes",
       i.time_zone AS "timeZone"
     ${interviewJoins}
     WHERE i.status = 'scheduled' AND i.candidate_response = 'reschedule_requested' ${mine}
     ORDER BY "requestedAt"
     LIMIT 100`,
    managerId ? [managerId] : [],
  );
}

export interface DuplicatePairRow {
  candidateId: string;
  candidateName: string;
  candidateCreatedAt: Date;
  candidateApplications: DuplicatePairApplication[];
  otherId: string;
  otherName: string;
  otherCreatedAt: Date;
  otherApplications: DuplicatePairApplication[];
}

/** As JSON from the database: the time is a string, oldest application first. */
export interface DuplicatePairApplication {
  jobTitle: string;
  appliedAt: string;
}

// Look-alike records carry the same name, so HR tells them apart by their jobs and dates.
const applicationsOf = (alias: string) =>
  `(SELECT coalesce(json_agg(json_build_object('jobTitle', j.title, 'appliedAt', a.created_at)
                             ORDER BY a.created_at), '[]'::json)
    FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.candidate_id = ${alias}.id)`;

/** Candidates sharing an e-mail or phone with an earlier one, not yet marked as different people. */
export async function listDuplicatePairs(db: Queryable): Promise<DuplicatePairRow[]> {
  return db.query<DuplicatePairRow>(
    `SELECT c.id AS "candidateId", c.full_name AS "candidateName",
       c.created_at AS "candidateCreatedAt", ${applicationsOf('c')} AS "candidateApplications",
       o.id AS "otherId", o.full_name AS "otherName", o.created_at AS "otherCreatedAt",
       ${applicationsOf('o')} AS "otherApplications"
     FROM candidates c
     JOIN candidates o ON o.id <> c.id
       AND (lower(o.email) = lower(c.email) OR (c.phone IS NOT NULL AND o.phone = c.phone))
       AND (o.created_at, o.id) < (c.created_at, c.id)
     WHERE c.processing_restricted_at IS NULL AND o.processing_restricted_at IS NULL
       AND c.anonymised_at IS NULL AND o.anonymised_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM distinct_candidates d
         WHERE d.candidate_a = LEAST(c.id, o.id) AND d.candidate_b = GREATEST(c.id, o.id))
     ORDER BY c.created_at DESC
     LIMIT 50`,
  );
}

export interface OpenDataRequestRow {
  id: string;
  kind: DataRequestKind;
  dueAt: Date;
  /** Whose request, while the candidate's record still names them (null once anonymised or erased). */
  candidateName: string | null;
  /**
   * The candidate's data was anonymised (the retention period ended) but the record is still
   * theirs; false once erased on request (the ledger no longer points at anyone) or still named.
   */
  candidateAnonymised: boolean;
}

/** Open UU PDP requests due before `before` (late ones included). */
export async function listDataRequestsDueBefore(
  db: Queryable,
  before: Date,
): Promise<OpenDataRequestRow[]> {
  return db.query<OpenDataRequestRow>(
    `SELECT r.id, r.kind, r.due_at AS "dueAt",
       CASE WHEN c.anonymised_at IS NULL THEN c.full_name END AS "candidateName",
       coalesce(c.anonymised_at IS NOT NULL, false) AS "candidateAnonymised"
     FROM data_requests r LEFT JOIN candidates c ON c.id = r.candidate_id
     WHERE r.completed_at IS NULL AND r.due_at <= $1 ORDER BY r.due_at LIMIT 100`,
    [before],
  );
}

/** E-mails that could not be delivered and still wait for HR (retry or fix the address). */
export async function countFailedEmails(db: Queryable): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM email_messages WHERE status = 'failed'`,
  );
  return row?.count ?? 0;
}

export interface OpenOfferRow extends ApplicationRef {
  offerId: string;
  status: 'awaiting_approval' | 'approved' | 'sent' | 'countered';
  /** The current version's expiry, `YYYY-MM-DD`. */
  expiresOn: string;
}

const openOfferSelect = `SELECT o.id AS "offerId", ${applicationRefColumns}, o.status,
    to_char(v.expires_on, 'YYYY-MM-DD') AS "expiresOn"
  FROM offers o
  JOIN offer_versions v ON v.offer_id = o.id AND v.version = o.current_version
  JOIN applications a ON a.id = o.application_id
  JOIN candidates c ON c.id = a.candidate_id
  JOIN jobs j ON j.id = a.job_id`;

/** Offers past drafting and not yet answered for good, soonest expiry first (HR's). */
export async function listOpenOffers(db: Queryable): Promise<OpenOfferRow[]> {
  return db.query<OpenOfferRow>(
    `${openOfferSelect}
     WHERE o.status IN ('approved', 'sent', 'countered')
     ORDER BY v.expires_on, c.full_name
     LIMIT 200`,
  );
}

/**
 * Offers awaiting the approval of `userParam`: as the job's hiring manager or the company's named
 * approver, and not of a version they wrote (nobody approves their own).
 */
export async function listOffersToApprove(db: Queryable, userId: string): Promise<OpenOfferRow[]> {
  return db.query<OpenOfferRow>(
    `${openOfferSelect}
     WHERE o.status = 'awaiting_approval'
       AND (${isHiringManager('$1')}
            OR EXISTS (SELECT 1 FROM offer_settings s WHERE s.approver_id = $1))
       AND v.created_by IS DISTINCT FROM $1
     ORDER BY o.updated_at
     LIMIT 100`,
    [userId],
  );
}

export interface StartingHireRow extends ApplicationRef {
  /** The first working day the candidate accepted, `YYYY-MM-DD`. */
  startDate: string;
  acceptedAt: Date | null;
}

/**
 * Candidates who accepted their offer and start within the next 30 days: hired, with a start date
 * from `today` (a Jakarta date) on. Soonest start first.
 */
export async function listStartingHires(
  db: Queryable,
  today: string,
  /** Only the jobs this user is hiring manager of (their new hires); every job when absent. */
  managerId?: string,
): Promise<StartingHireRow[]> {
  const mine = managerId ? `AND ${isHiringManager('$2')}` : '';
  return db.query<StartingHireRow>(
    `SELECT ${applicationRefColumns}, to_char(a.start_date, 'YYYY-MM-DD') AS "startDate",
       (SELECT max(r.answered_at) FROM offer_answers r
         WHERE r.offer_id = o.id AND r.kind = 'accept') AS "acceptedAt"
     FROM applications a
     JOIN offers o ON o.application_id = a.id AND o.status = 'accepted'
     JOIN candidates c ON c.id = a.candidate_id
     JOIN jobs j ON j.id = a.job_id
     WHERE a.stage = 'hired' AND a.start_date BETWEEN $1::date AND $1::date + 30 ${mine}
     ORDER BY a.start_date, c.full_name
     LIMIT 200`,
    managerId ? [today, managerId] : [today],
  );
}

export interface UserVerdictRow extends ApplicationRef {
  /** `offer`: the user passed them; `rejected`: the user turned them down. */
  verdict: 'offer' | 'rejected';
  decidedAt: Date;
  decidedByName: string;
}

/**
 * The hiring manager's verdicts at the user interview HR has not acted on yet: the move out of
 * the user interview is still the application's last, made as the manager (by someone outside HR,
 * or the job's own hiring manager), and since then
 * HR has not told the candidate (a rejection: no e-mail, not marked told by phone or in person)
 * or no offer was started or e-mailed (an
 * advance). HR reopening or moving the application makes another move the last one. Oldest first.
 */
export async function listUserVerdictsToFollowUp(db: Queryable): Promise<UserVerdictRow[]> {
  return db.query<UserVerdictRow>(
    `SELECT ${applicationRefColumns}, e.to_stage AS verdict, e.created_at AS "decidedAt",
            u.name AS "decidedByName"
     FROM applications a
     JOIN jobs j ON j.id = a.job_id
     JOIN candidates c ON c.id = a.candidate_id
     JOIN LATERAL (SELECT * FROM application_events x WHERE x.application_id = a.id
                   ORDER BY x.created_at DESC LIMIT 1) e ON true
     -- Made as the manager: by someone outside HR, or by the job's own hiring manager (an admin may be).
     JOIN users u ON u.id = e.actor_id AND (u.role NOT IN ('admin', 'recruiter')
       OR EXISTS (SELECT 1 FROM job_team_members m WHERE m.job_id = a.job_id
                  AND m.user_id = u.id AND m.team_role = 'hiring_manager'))
     WHERE a.stage IN ('offer', 'rejected') AND e.from_stage = 'user_interview'
       AND e.to_stage = a.stage
       AND NOT (CASE a.stage WHEN 'offer'
         THEN EXISTS (SELECT 1 FROM email_messages m WHERE m.application_id = a.id
                      AND m.template = 'offer' AND m.created_at >= e.created_at)
         ELSE ${rejectionToldSince('e.created_at')} END)
       AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.application_id = a.id
                       AND o.created_at >= e.created_at)
     ORDER BY e.created_at
     LIMIT 200`,
  );
}

/** What a new install has set up so far: Today's getting-started checklist reads it. */
export interface SetupProgressRow {
  companyNamed: boolean;
  otherUsers: boolean;
  /** A job exists (its plan starts from the stage templates). */
  plannedJob: boolean;
  /** The oldest job with no saved plan: where the "first job" step leads once a job exists. */
  unplannedJobId: string | null;
  candidates: boolean;
}

export async function findSetupProgress(db: Queryable): Promise<SetupProgressRow> {
  const [row] = await db.query<SetupProgressRow>(
    `SELECT
       (SELECT company_name IS NOT NULL FROM brand_settings LIMIT 1) AS "companyNamed",
       (SELECT count(*) > 1 FROM (SELECT 1 FROM users LIMIT 2) u) AS "otherUsers",
       -- A job's plan comes from the stage templates until someone saves it (the demo never
       -- does): a job is the step, and its link leads to the plan while none was saved.
       EXISTS (SELECT 1 FROM jobs) AS "plannedJob",
       (SELECT j.id FROM jobs j
        WHERE NOT EXISTS (SELECT 1 FROM interview_plans p WHERE p.job_id = j.id)
        ORDER BY j.created_at, j.id LIMIT 1) AS "unplannedJobId",
       EXISTS (SELECT 1 FROM candidates) AS candidates`,
  );
  return row!;
}
