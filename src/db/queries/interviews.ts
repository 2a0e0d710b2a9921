import type { InterviewStage } from '../../domain/interview';
import type { Stage } from '../../domain/pipeline';
import type {
  CandidateResponse,
  InterviewEventKind,
  InterviewMode,
  InterviewStatus,
  ScheduleDetails,
} from '../../domain/scheduling/interview-schedule';
import type { Queryable } from '../database';
import { panelMemberUnscored } from './scorecards';

export type {
  CandidateResponse,
  InterviewEventKind,
  InterviewStatus,
} from '../../domain/scheduling/interview-schedule';

export interface InterviewRow extends ScheduleDetails {
  id: string;
  applicationId: string;
  candidateId: string;
  jobId: string;
  stage: InterviewStage;
  mode: InterviewMode;
  locale: 'id' | 'en';
  status: InterviewStatus;
  sequence: number;
  candidateResponse: CandidateResponse;
  createdAt: Date;
  /** Recorded after it took place (a walk-in), not booked: held by definition (see isHeld). */
  recorded: boolean;
  /** A scorecard for this interview's stage was submitted since it was booked (see isHeld). */
  scorecardSubmitted: boolean;
  /** The application's stage now (an ended one owes no scorecard: scorecardWait). */
  applicationStage: Stage;
  /** Cancelled because the candidate did not come (recordNoShow), not called off. */
  noShow: boolean;
}

/** An interview as the scheduling panel shows it, with what its scorecard wait is read from. */
export interface ShownInterviewRow extends InterviewRow {
  /** A panel member has not submitted their scorecard of the stage (Today's "scorecard missing"). */
  panelUnscored: boolean;
}

/**
 * SQL form of standsForStage: whether `application` has an interview at `stage` that stands for
 * it, booked or held (not cancelled). One held before HR ended and reopened the application
 * counts, so Today, My interviews and the board do not ask for it to be booked again.
 */
export const stageInterviewStands = (application: string, stage: string) =>
  `EXISTS (SELECT 1 FROM interviews st WHERE st.application_id = ${application}
    AND st.stage = ${stage} AND st.status <> 'cancelled')`;

/**
 * SQL form of isHeld for interview `i` at `now`: completed, or begun and either recorded
 * afterwards or with a scorecard of its stage in since it was booked.
 */
export const interviewIsHeld = (i: string, now: string) => `(${i}.status = 'completed'
  OR (${i}.status = 'scheduled' AND ${i}.starts_at <= ${now} AND (${i}.recorded
    OR EXISTS (SELECT 1 FROM scorecards hs WHERE hs.application_id = ${i}.application_id
      AND hs.stage = ${i}.stage AND hs.submitted_at >= ${i}.created_at))))`;

/**
 * Whether the candidate did not come to interview `i`: recordNoShow cancels it and writes a
 * `no_show` history entry. The status is tested first, so only cancelled ones read the history.
 */
export const interviewMissed = (i: string) => `(${i}.status = 'cancelled'
  AND EXISTS (SELECT 1 FROM interview_events ns WHERE ns.interview_id = ${i}.id
    AND ns.kind = 'no_show'))`;

export interface InterviewEventRow {
  id: string;
  interviewId: string;
  kind: InterviewEventKind;
  actorName: string | null;
  startsAt: Date | null;
  previousStartsAt: Date | null;
  reason: string;
  proposedTimes: string[];
  createdAt: Date;
}

const interviewColumns = `i.id, i.application_id AS "applicationId", a.candidate_id AS "candidateId",
  a.job_id AS "jobId", i.stage, i.starts_at AS "startsAt", i.duration_minutes AS "durationMinutes",
  i.time_zone AS "timeZone", i.mode, i.meeting_url AS "meetingUrl", i.address, i.room,
  i.reception_contact AS "receptionContact", i.interviewer_ids AS "interviewerIds", i.locale,
  i.status, i.sequence, i.candidate_response AS "candidateResponse", i.created_at AS "createdAt",
  i.recorded, EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = i.application_id AND s.stage = i.stage
    AND s.submitted_at >= i.created_at) AS "scorecardSubmitted",
  a.stage AS "applicationStage", ${interviewMissed('i')} AS "noShow"`;
/**
 * Only the rows the scheduling panel presents read this: it is a subquery per interview, and the
 * kit, the candidate page's checks, moves and My interviews never use it (issue 19).
 */
const shownInterviewColumns = `${interviewColumns},
  ${panelMemberUnscored('i', 'i.application_id', 'i.stage')} AS "panelUnscored"`;
const fromInterviews = 'FROM interviews i JOIN applications a ON a.id = i.application_id';

export async function findInterview(
  db: Queryable,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<InterviewRow | undefined> {
  const [row] = await db.query<InterviewRow>(
    `SELECT ${interviewColumns} ${fromInterviews} WHERE i.id = $1 ${options.forUpdate ? 'FOR UPDATE OF i' : ''}`,
    [id],
  );
  return row;
}

/** findInterview with the scorecard wait the scheduling panel shows (presentInterview). */
export async function findShownInterview(
  db: Queryable,
  id: string,
): Promise<ShownInterviewRow | undefined> {
  const [row] = await db.query<ShownInterviewRow>(
    `SELECT ${shownInterviewColumns} ${fromInterviews} WHERE i.id = $1`,
    [id],
  );
  return row;
}

/** An application's interviews, newest first, as the scheduling panel shows them. */
export async function listShownInterviewsOf(
  db: Queryable,
  applicationId: string,
): Promise<ShownInterviewRow[]> {
  return db.query<ShownInterviewRow>(
    `SELECT ${shownInterviewColumns} ${fromInterviews} WHERE i.application_id = $1
     ORDER BY i.starts_at DESC`,
    [applicationId],
  );
}

export async function listInterviewsOfApplications(
  db: Queryable,
  applicationIds: readonly string[],
): Promise<InterviewRow[]> {
  return db.query<InterviewRow>(
    `SELECT ${interviewColumns} ${fromInterviews} WHERE i.application_id = ANY($1::uuid[])
     ORDER BY i.starts_at DESC`,
    [applicationIds],
  );
}

export type PanelInterviewRow = InterviewRow & { candidateName: string; jobTitle: string };

/**
 * The interviews a person sits on: those still booked from `since` on, and those that took place
 * since then (completed, or booked and already started), with the candidate's name and the job.
 */
export async function listInterviewsOfInterviewer(
  db: Queryable,
  userId: string,
  since: Date,
): Promise<PanelInterviewRow[]> {
  return db.query<PanelInterviewRow>(
    `SELECT ${interviewColumns}, c.full_name AS "candidateName", j.title AS "jobTitle"
     ${fromInterviews} JOIN candidates c ON c.id = a.candidate_id JOIN jobs j ON j.id = a.job_id
     WHERE $1 = ANY(i.interviewer_ids) AND i.status IN ('scheduled', 'completed')
       AND i.starts_at >= $2
     ORDER BY i.starts_at`,
    [userId, since],
  );
}

/**
 * Holds each person's calendar until the transaction ends, so two bookings saved at the same
 * moment on two app instances take turns: the second one's overlap check sees the first. Ids are
 * locked in sorted order (unnest keeps the array's order), so two bookings sharing people cannot
 * deadlock. On PGlite transactions already take turns; the lock is the same statement there.
 */
export async function lockCalendars(db: Queryable, personIds: readonly string[]): Promise<void> {
  const ids = [...new Set(personIds)].sort();
  await db.query(
    `SELECT pg_advisory_xact_lock(hashtextextended('calendar:' || id, 0))
     FROM unnest($1::text[]) AS person(id)`,
    [ids],
  );
}

/** Scheduled interviews overlapping a window, for the conflict check. */
export async function listScheduledBetween(
  db: Queryable,
  from: Date,
  to: Date,
): Promise<InterviewRow[]> {
  return db.query<InterviewRow>(
    `SELECT ${interviewColumns} ${fromInterviews}
     WHERE i.status = 'scheduled' AND i.starts_at < $2
       AND i.starts_at + make_interval(mins => i.duration_minutes) > $1`,
    [from, to],
  );
}

export async function hasScheduledInterview(
  db: Queryable,
  applicationId: string,
  stage: InterviewStage,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM interviews WHERE application_id = $1 AND stage = $2 AND status = 'scheduled'`,
    [applicationId, stage],
  );
  return rows.length > 0;
}

/**
 * When and where, in the columns' order: the insert's $3 to $9, and the updates' $2 to $8
 * (`setTimeAndPlace`), so a booking, its change and a record's correction write the same fields.
 */
function timeAndPlace(details: ScheduleDetails): unknown[] {
  const { startsAt, durationMinutes, timeZone, mode, meetingUrl, address, room } = details;
  return [startsAt, durationMinutes, timeZone, mode, meetingUrl, address, room];
}

const setTimeAndPlace = `starts_at = $2, duration_minutes = $3, time_zone = $4, mode = $5,
       meeting_url = $6, address = $7, room = $8`;

export async function insertInterview(
  db: Queryable,
  interview: ScheduleDetails & {
    applicationId: string;
    stage: InterviewStage;
    locale: 'id' | 'en';
    createdBy: string;
    /** Recorded after it took place (a walk-in) rather than booked. */
    recorded?: boolean;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO interviews (application_id, stage, starts_at, duration_minutes, time_zone, mode,
       meeting_url, address, room, reception_contact, interviewer_ids, locale, created_by, recorded)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      interview.applicationId,
      interview.stage,
      ...timeAndPlace(interview),
      interview.receptionContact,
      interview.interviewerIds,
      interview.locale,
      interview.createdBy,
      interview.recorded ?? false,
    ],
  );
  return row!.id;
}

/** A new time or place: the calendar event's SEQUENCE goes up and the candidate answers again. */
export async function updateInterviewSchedule(
  db: Queryable,
  id: string,
  details: ScheduleDetails & { locale: 'id' | 'en' },
): Promise<void> {
  await db.query(
    `UPDATE interviews SET ${setTimeAndPlace}, reception_contact = $9, interviewer_ids = $10,
       locale = $11, sequence = sequence + 1, candidate_response = 'pending', updated_at = now()
     WHERE id = $1`,
    [
      id,
      ...timeAndPlace(details),
      details.receptionContact,
      details.interviewerIds,
      details.locale,
    ],
  );
}

/**
 * A record of a held interview corrected: nobody holds a calendar entry for it, so neither the
 * SEQUENCE nor the candidate's answer changes.
 */
export async function correctRecordedInterview(
  db: Queryable,
  id: string,
  details: ScheduleDetails,
): Promise<void> {
  await db.query(
    `UPDATE interviews SET ${setTimeAndPlace}, interviewer_ids = $9, updated_at = now()
     WHERE id = $1 AND recorded`,
    [id, ...timeAndPlace(details), details.interviewerIds],
  );
}

/** A record made by mistake goes with its history (the audit log keeps who removed it). */
export async function deleteRecordedInterview(db: Queryable, id: string): Promise<void> {
  await db.query(`DELETE FROM interviews WHERE id = $1 AND recorded`, [id]);
}

export async function cancelInterviewRow(db: Queryable, id: string): Promise<void> {
  await db.query(
    `UPDATE interviews SET status = 'cancelled', sequence = sequence + 1, updated_at = now()
     WHERE id = $1`,
    [id],
  );
}

/** The interview took place: it leaves every "upcoming" list and no reminder goes out. */
export async function completeInterviewRow(db: Queryable, id: string): Promise<void> {
  await db.query(
    `UPDATE interviews SET status = 'completed', sequence = sequence + 1, updated_at = now()
     WHERE id = $1`,
    [id],
  );
}

export async function updateCandidateResponse(
  db: Queryable,
  id: string,
  response: CandidateResponse,
): Promise<void> {
  await db.query(
    `UPDATE interviews SET candidate_response = $2, updated_at = now() WHERE id = $1`,
    [id, response],
  );
}

export async function insertInterviewEvent(
  db: Queryable,
  event: {
    interviewId: string;
    kind: InterviewEventKind;
    actorId: string | null;
    startsAt: Date | null;
    previousStartsAt?: Date | null;
    reason?: string;
    proposedTimes?: string[];
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO interview_events (interview_id, kind, actor_id, starts_at, previous_starts_at,
       reason, proposed_times)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      event.interviewId,
      event.kind,
      event.actorId,
      event.startsAt,
      event.previousStartsAt ?? null,
      event.reason ?? '',
      JSON.stringify(event.proposedTimes ?? []),
    ],
  );
  return row!.id;
}

export async function listInterviewEvents(
  db: Queryable,
  interviewIds: readonly string[],
): Promise<InterviewEventRow[]> {
  return db.query<InterviewEventRow>(
    `SELECT e.id, e.interview_id AS "interviewId", e.kind, u.name AS "actorName",
       e.starts_at AS "startsAt", e.previous_starts_at AS "previousStartsAt", e.reason,
       e.proposed_times AS "proposedTimes", e.created_at AS "createdAt"
     FROM interview_events e LEFT JOIN users u ON u.id = e.actor_id
     WHERE e.interview_id = ANY($1::uuid[]) ORDER BY e.created_at`,
    [interviewIds],
  );
}

/** The candidate's language for the interviews still ahead of them: their reminders and notices. */
export async function setLanguageOfUpcomingInterviews(
  db: Queryable,
  applicationId: string,
  locale: 'id' | 'en',
): Promise<void> {
  await db.query(
    `UPDATE interviews SET locale = $2
      WHERE application_id = $1 AND status = 'scheduled' AND starts_at > now()`,
    [applicationId, locale],
  );
}
