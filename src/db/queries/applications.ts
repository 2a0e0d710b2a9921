import type { RejectionReason, Stage } from '../../domain/pipeline';
import type { Queryable } from '../database';
import { movedOnFromInterview, panelMemberUnscored } from './scorecards';
import { insertMany } from './bulk-insert';
import type { BundleRead } from './read-bundle';
import { sitsOnPanelOfApplication } from './candidates';

export interface ApplicationRow {
  id: string;
  candidateId: string;
  jobId: string;
  stage: Stage;
  hrGateCleared: boolean;
  testsEnabled: boolean;
  stageEnteredAt: Date;
  createdAt: Date;
}

export interface BoardCardRow {
  id: string;
  candidateId: string;
  candidateName: string;
  /** The candidate's data was erased or anonymised: the name is the stored placeholder. */
  anonymised: boolean;
  stage: Stage;
  hrGateCleared: boolean;
  tags: string[];
  stageEnteredAt: Date;
  createdAt: Date;
  /** The job's own target for the stage, if set. */
  targetDays: number | null;
  /** The next booked interview that has not ended yet. */
  nextInterviewAt: Date | null;
  nextInterviewTimeZone: string | null;
  /** An interview stands for the stage the card is in: booked (past or future) or held. */
  interviewBooked: boolean;
  rescheduleRequested: boolean;
  /** The earliest end of a booked or held interview with a panel member's scorecard missing. */
  unscoredInterviewEndedAt: Date | null;
  /** The candidate asked for changes to the offer and HR has not answered yet. */
  offerCountered: boolean;
}

export interface ApplicationEventRow {
  id: string;
  applicationId: string;
  actorName: string | null;
  fromStage: Stage | null;
  toStage: Stage;
  rejectionReason: RejectionReason | null;
  note: string | null;
  overrodeHrGate: boolean;
  verdictOverrideReason: string | null;
  /**
   * The candidate's answer to the offer that made this move: a move out of the offer with no
   * staff author is only ever the candidate accepting (to Hired) or declining (to Rejected).
   */
  offerAnswer: 'accepted' | 'declined' | null;
  /** With an accepted offer: the agreed first working day, `YYYY-MM-DD`. */
  startDate: string | null;
  /**
   * The application's first event, written by a spreadsheet import (its audit entry names the
   * import): the actor imported it then; the person applied on the application's own date.
   */
  imported: boolean;
  createdAt: Date;
}

const applicationColumns = `a.id, a.candidate_id AS "candidateId", a.job_id AS "jobId", a.stage,
  a.hr_gate_cleared AS "hrGateCleared", j.tests_enabled AS "testsEnabled",
  a.stage_entered_at AS "stageEnteredAt", a.created_at AS "createdAt"`;

export async function findApplication(
  db: Queryable,
  id: string,
): Promise<ApplicationRow | undefined> {
  const [row] = await db.query<ApplicationRow>(
    `SELECT ${applicationColumns} FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.id = $1`,
    [id],
  );
  return row;
}

/** Locks the rows so that concurrent moves of the same application take turns. */
export async function findApplicationsForUpdate(
  db: Queryable,
  ids: readonly string[],
): Promise<ApplicationRow[]> {
  return db.query<ApplicationRow>(
    `SELECT ${applicationColumns} FROM applications a JOIN jobs j ON j.id = a.job_id
     WHERE a.id = ANY($1::uuid[]) ORDER BY a.id FOR UPDATE OF a`,
    [ids],
  );
}

export type CandidateApplicationRow = ApplicationRow & { jobTitle: string; jobStatus: string };

/**
 * A candidate's ($1) applications, newest first, that a member ($2; null: HR, every job) reaches:
 * those of the member's jobs, and with $3 only those whose interview panel they sit on.
 */
export const applicationsOfCandidate: BundleRead<CandidateApplicationRow> = {
  sql: `SELECT ${applicationColumns}, j.title AS "jobTitle", j.status AS "jobStatus"
     FROM applications a JOIN jobs j ON j.id = a.job_id
     WHERE a.candidate_id = $1 AND ($2::uuid IS NULL OR EXISTS (
       SELECT 1 FROM job_team_members m WHERE m.job_id = a.job_id AND m.user_id = $2))
       AND (NOT $3::boolean OR ${sitsOnPanelOfApplication('$2::uuid')})
     ORDER BY a.created_at DESC`,
  dates: ['stageEnteredAt', 'createdAt'],
};

/** applicationsOfCandidate's values: `panelOnly` limits a member to the panels they sit on. */
export const applicationsOfCandidateParams = (
  candidateId: string,
  memberId: string | undefined,
  panelOnly = false,
): unknown[] => [candidateId, memberId ?? null, panelOnly && memberId !== undefined];

/**
 * What a board card shows besides the application and the candidate (`a`, `c`): the stage target,
 * the next interview and what needs action. `$2` is "now". Shared by the whole-job list below and
 * the board's paged columns (board.ts). The interview facts come from `iv` (boardCardJoins, or
 * boardPageInterviews for a page).
 */
export const boardCardSelect = `SELECT a.id, a.candidate_id AS "candidateId", c.full_name AS "candidateName",
       c.anonymised_at IS NOT NULL AS anonymised, a.stage,
       a.hr_gate_cleared AS "hrGateCleared", c.tags,
       a.stage_entered_at AS "stageEnteredAt", a.created_at AS "createdAt",
       t.working_days AS "targetDays",
       iv.next_starts_at AS "nextInterviewAt", iv.next_time_zone AS "nextInterviewTimeZone",
       coalesce(iv.booked, false) AS "interviewBooked",
       coalesce(iv.reschedule_requested, false) AS "rescheduleRequested",
       iv.unscored_ended_at AS "unscoredInterviewEndedAt",
       EXISTS (SELECT 1 FROM offers o WHERE o.application_id = a.id AND o.status = 'countered')
         AS "offerCountered"`;

/** Interviews with when each ends and whether it is still ahead of `$2` ("now"). */
const interviewsWithEnds = `(SELECT i.*, i.starts_at + make_interval(mins => i.duration_minutes) AS ends_at,
                    i.status = 'scheduled'
                      AND i.starts_at + make_interval(mins => i.duration_minutes) > $2 AS ahead
             FROM interviews i`;

/** The card's interview facts, aggregated over the interviews `i` of application `a`. */
const interviewFacts = (
  a: string,
) => `(array_agg(i.starts_at ORDER BY i.starts_at, i.id) FILTER (WHERE i.ahead))[1]
                AS next_starts_at,
              (array_agg(i.time_zone ORDER BY i.starts_at, i.id) FILTER (WHERE i.ahead))[1]
                AS next_time_zone,
              bool_or(i.stage = CASE ${a}.stage WHEN 'hr_interview' THEN 'hr'
                                             WHEN 'user_interview' THEN 'user' END) AS booked,
              bool_or(i.status = 'scheduled' AND i.candidate_response = 'reschedule_requested')
                AS reschedule_requested,
              min(i.ends_at) FILTER (WHERE i.ends_at <= $2
                AND NOT ${movedOnFromInterview('i', `${a}.stage`)}
                AND ${panelMemberUnscored('i', `${a}.id`, 'i.stage')}) AS unscored_ended_at`;

/**
 * Joins `boardCardSelect` needs after `applications a JOIN candidates c`. A card's interviews that
 * stand for their stage (booked or held, as standsForStage reads them: one held before HR ended
 * and reopened the application counts) are read once for everything the card tells of them: the
 * next booked one, whether its stage has one, a new time asked for, and the earliest ended one
 * not yet scored by its whole panel. Asked apart, these were four lookups a card, and the
 * planner answered "booked" by reading every scheduled interview of every job (issue 19).
 */
export const boardCardJoins = `LEFT JOIN stage_targets t ON t.job_id = a.job_id AND t.stage = a.stage
     LEFT JOIN LATERAL (
       SELECT ${interviewFacts('a')}
       FROM ${interviewsWithEnds} WHERE i.application_id = a.id AND i.status <> 'cancelled') i
     ) iv ON true`;

/**
 * `boardCardJoins` for a page of cards already chosen (a CTE `page` with the application columns):
 * the page's interviews are read in one join and grouped by card, not looked up card by card
 * through a LATERAL aggregate, which cost a node start-up and a bitmap per card (issue 19: at
 * 100,000 candidates, a 233-card board page 4.6 -> 4.2 ms of database CPU). `iv` CTE first.
 */
export const boardPageInterviews = (page: string) => `iv AS (
       SELECT p.id AS application_id, ${interviewFacts('p')}
       FROM ${page} p JOIN ${interviewsWithEnds} WHERE i.status <> 'cancelled') i
         ON i.application_id = p.id
       GROUP BY p.id, p.stage
     )`;

/** The joins of a page's cards after `boardPageInterviews`. */
export const boardPageJoins = `LEFT JOIN stage_targets t ON t.job_id = a.job_id AND t.stage = a.stage
     LEFT JOIN iv ON iv.application_id = a.id`;

/**
 * All of a job's applications with what their cards show (comparison, "my interviews"; the board
 * itself reads a page per column).
 */
export async function listBoardCards(
  db: Queryable,
  jobId: string,
  now = new Date(),
): Promise<BoardCardRow[]> {
  return db.query<BoardCardRow>(
    `${boardCardSelect}
     FROM applications a JOIN candidates c ON c.id = a.candidate_id
     ${boardCardJoins}
     WHERE a.job_id = $1
     ORDER BY a.stage_entered_at, c.full_name`,
    [jobId, now],
  );
}

/** An application at an interview stage, as My interviews lists it. */
export interface InterviewingApplicationRow {
  id: string;
  jobId: string;
  candidateId: string;
  candidateName: string;
  stage: 'hr_interview' | 'user_interview';
  stageEnteredAt: Date;
}

/** The applications of these jobs at the HR or user interview, in one query (My interviews). */
export async function listInterviewingApplications(
  db: Queryable,
  jobIds: readonly string[],
): Promise<InterviewingApplicationRow[]> {
  if (!jobIds.length) return [];
  return db.query<InterviewingApplicationRow>(
    `SELECT a.id, a.job_id AS "jobId", a.candidate_id AS "candidateId",
       c.full_name AS "candidateName", a.stage, a.stage_entered_at AS "stageEnteredAt"
     FROM applications a JOIN candidates c ON c.id = a.candidate_id
     WHERE a.job_id = ANY($1::uuid[]) AND a.stage IN ('hr_interview', 'user_interview')
     ORDER BY a.stage_entered_at, c.full_name`,
    [jobIds],
  );
}

export async function insertApplication(
  db: Queryable,
  application: { candidateId: string; jobId: string; stage: Stage; at?: Date },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO applications (candidate_id, job_id, stage, created_at, stage_entered_at)
     VALUES ($1, $2, $3, COALESCE($4, clock_timestamp()), COALESCE($4, clock_timestamp())) RETURNING id`,
    [application.candidateId, application.jobId, application.stage, application.at ?? null],
  );
  return row!.id;
}

export async function applicationExists(
  db: Queryable,
  candidateId: string,
  jobId: string,
): Promise<boolean> {
  const rows = await db.query(
    'SELECT 1 FROM applications WHERE candidate_id = $1 AND job_id = $2',
    [candidateId, jobId],
  );
  return rows.length > 0;
}

export async function updateApplicationStage(
  db: Queryable,
  id: string,
  change: { stage: Stage; hrGateCleared: boolean; at?: Date },
): Promise<void> {
  await db.query(
    `UPDATE applications SET stage = $2, hr_gate_cleared = $3,
       stage_entered_at = COALESCE($4, clock_timestamp())
     WHERE id = $1`,
    [id, change.stage, change.hrGateCleared, change.at ?? null],
  );
}

/** What every entry of an application's history says: who moved it, from where to where, why. */
interface ApplicationEventFields {
  applicationId: string;
  actorId: string | null;
  fromStage: Stage | null;
  toStage: Stage;
  rejectionReason: RejectionReason | null;
  note: string | null;
}

export async function insertApplicationEvent(
  db: Queryable,
  event: ApplicationEventFields & {
    overrodeHrGate: boolean;
    /** A user-stage verdict taken without the interview or all scorecards: why. */
    verdictOverrideReason?: string | null;
    /** When it happened; now unless replaying history (demo data). */
    at?: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO application_events
       (application_id, actor_id, from_stage, to_stage, rejection_reason, note, overrode_hr_gate, created_at,
        verdict_override_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, COALESCE($8, clock_timestamp()), $9)`,
    [
      event.applicationId,
      event.actorId,
      event.fromStage,
      event.toStage,
      event.rejectionReason,
      event.note,
      event.overrodeHrGate,
      event.at ?? null,
      event.verdictOverrideReason ?? null,
    ],
  );
}

/** An application's history in one statement (demo data: a replayed pipeline, moves and all). */
export async function insertApplicationEvents(
  db: Queryable,
  events: readonly (ApplicationEventFields & { at: Date })[],
): Promise<void> {
  await db.query(
    `INSERT INTO application_events
       (application_id, actor_id, from_stage, to_stage, rejection_reason, note, created_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[],
       $7::timestamptz[])`,
    [
      events.map((event) => event.applicationId),
      events.map((event) => event.actorId),
      events.map((event) => event.fromStage),
      events.map((event) => event.toStage),
      events.map((event) => event.rejectionReason),
      events.map((event) => event.note),
      events.map((event) => event.at),
    ],
  );
}

/** ApplicationEventRow's offerAnswer and startDate, from `application_events e` and `applications a`. */
const candidateAnsweredOffer = `e.actor_id IS NULL AND e.from_stage = 'offer'`;
const offerAnswerColumns = `CASE WHEN ${candidateAnsweredOffer} AND e.to_stage = 'hired' THEN 'accepted'
       WHEN ${candidateAnsweredOffer} AND e.rejection_reason = 'offer_declined' THEN 'declined'
     END AS "offerAnswer",
     CASE WHEN ${candidateAnsweredOffer} AND e.to_stage = 'hired'
       THEN to_char(a.start_date, 'YYYY-MM-DD') END AS "startDate"`;

/**
 * ApplicationEventRow's imported: the first event of an application an import wrote, read from the
 * import's audit entry ('candidate.imported' for a new person, 'application.created' for one
 * already stored, whose entry names the application itself; each names the import and the job).
 */
const importedColumn = `e.from_stage IS NULL AND EXISTS (SELECT 1 FROM audit_log l
       WHERE l.candidate_id = a.candidate_id
         AND (l.action = 'candidate.imported' OR (l.action = 'application.created' AND l.entity_id = a.id))
         AND l.detail ? 'importId' AND l.detail->>'jobId' = a.job_id::text) AS imported`;

/** The stage history of applications ($1, an array of ids), newest first. */
export const eventsOfApplications: BundleRead<ApplicationEventRow> = {
  sql: `SELECT e.id, e.application_id AS "applicationId", u.name AS "actorName", e.from_stage AS "fromStage",
       e.to_stage AS "toStage", e.rejection_reason AS "rejectionReason", e.note,
       e.overrode_hr_gate AS "overrodeHrGate", e.verdict_override_reason AS "verdictOverrideReason",
       ${offerAnswerColumns}, ${importedColumn}, e.created_at AS "createdAt"
     FROM application_events e LEFT JOIN users u ON u.id = e.actor_id
       JOIN applications a ON a.id = e.application_id
     WHERE e.application_id = ANY($1::uuid[])
     ORDER BY e.created_at DESC`,
  dates: ['createdAt'],
};

/** When the application last changed stage (for an ended one: when the process ended). */
export async function lastStageChangeAt(
  db: Queryable,
  applicationId: string,
): Promise<Date | undefined> {
  const [row] = await db.query<{ at: Date | null }>(
    'SELECT max(created_at) AS at FROM application_events WHERE application_id = $1',
    [applicationId],
  );
  return row?.at ?? undefined;
}

/**
 * Each candidate who came from one source, with their first application and how many they have,
 * by e-mail: an order that is the same in every run (ids are random), so the demo is the same.
 */
export async function listFirstApplicationsBySource(
  db: Queryable,
  source: string,
): Promise<{ candidateId: string; applicationId: string; appliedAt: Date; count: number }[]> {
  return db.query(
    `SELECT "candidateId", "applicationId", "appliedAt", count FROM (
       SELECT DISTINCT ON (a.candidate_id) a.candidate_id AS "candidateId",
         a.id AS "applicationId", a.created_at AS "appliedAt", c.email,
         count(*) OVER (PARTITION BY a.candidate_id)::int AS count
       FROM applications a JOIN candidates c ON c.id = a.candidate_id
       WHERE c.source = $1 ORDER BY a.candidate_id, a.created_at) first
     ORDER BY email`,
    [source],
  );
}

/** Who last rejected the application, from which stage and when (none if it never was). */
export async function findLastRejection(
  db: Queryable,
  applicationId: string,
): Promise<{ actorId: string | null; fromStage: Stage | null; at: Date } | undefined> {
  const [row] = await db.query<{ actorId: string | null; fromStage: Stage | null; at: Date }>(
    `SELECT actor_id AS "actorId", from_stage AS "fromStage", created_at AS at
     FROM application_events WHERE application_id = $1 AND to_stage = 'rejected'
     ORDER BY created_at DESC LIMIT 1`,
    [applicationId],
  );
  return row;
}

/** The application's latest move: who made it and when (none for an application never moved). */
export async function findLastMove(
  db: Queryable,
  applicationId: string,
): Promise<{ actorName: string | null; at: Date } | undefined> {
  const [row] = await db.query<{ actorName: string | null; at: Date }>(
    `SELECT u.name AS "actorName", e.created_at AS at
     FROM application_events e LEFT JOIN users u ON u.id = e.actor_id
     WHERE e.application_id = $1 ORDER BY e.created_at DESC LIMIT 1`,
    [applicationId],
  );
  return row;
}

/**
 * Applications whose history is replayed (demo data), in one statement: each written as its last
 * move left it, with ids chosen by the caller so its events, scorecards and offer can refer to it.
 */
export async function insertReplayedApplications(
  db: Queryable,
  applications: readonly {
    id: string;
    candidateId: string;
    jobId: string;
    stage: Stage;
    hrGateCleared: boolean;
    createdAt: Date;
    stageEnteredAt: Date;
    /** The start date an accepted offer gave a hire. */
    startDate: string | null;
  }[],
): Promise<void> {
  await insertMany(
    db,
    'applications',
    {
      id: (a) => a.id,
      candidate_id: (a) => a.candidateId,
      job_id: (a) => a.jobId,
      stage: (a) => a.stage,
      hr_gate_cleared: (a) => a.hrGateCleared,
      created_at: (a) => a.createdAt,
      stage_entered_at: (a) => a.stageEnteredAt,
      start_date: (a) => a.startDate,
    },
    applications,
  );
}

/**
 * Whether the candidate made the application themselves (the careers page): its first history
 * entry has no staff actor. One HR entered has the person who entered it.
 */
export async function madeByCandidate(db: Queryable, applicationId: string): Promise<boolean> {
  const [first] = await db.query<{ byCandidate: boolean }>(
    `SELECT actor_id IS NULL AS "byCandidate" FROM application_events
     WHERE application_id = $1 ORDER BY created_at LIMIT 1`,
    [applicationId],
  );
  return first?.byCandidate ?? false;
}
