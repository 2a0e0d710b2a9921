import { stagesAfterInterview, type InterviewStage } from '../../domain/interview';
import type { AttributeRating, Rating, ScorecardContent } from '../../domain/scorecard';
import type { Queryable } from '../database';
import { insertMany } from './bulk-insert';

export interface ScorecardRow extends ScorecardContent {
  id: string;
  applicationId: string;
  stage: InterviewStage;
  interviewerId: string;
  interviewerName: string;
  submittedAt: Date | null;
  updatedAt: Date;
}

export interface ScorecardRevisionRow {
  scorecardId: string;
  ratings: AttributeRating[];
  recommendation: Rating | null;
  summary: string;
  reason: string;
  changedByName: string | null;
  createdAt: Date;
}

/** SQL: whether a scorecard is submitted for `application` at `stage` (and by `interviewer`). */
export const scorecardSubmitted = (application: string, stage: string, interviewer?: string) =>
  `EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = ${application}
    AND s.stage = ${stage}${interviewer ? ` AND s.interviewer_id = ${interviewer}` : ''}
    AND s.submitted_at IS NOT NULL)`;

/**
 * SQL form of movedOnFrom: interview `interview`'s stage is decided by a move on (the application,
 * at `applicationStage`, is past it), so a missing scorecard of it is no one's to-do any more.
 */
export const movedOnFromInterview = (interview: string, applicationStage: string) =>
  `(CASE ${interview}.stage ${Object.entries(stagesAfterInterview)
    .map(
      ([stage, after]) => `WHEN '${stage}' THEN ${applicationStage} IN ('${after.join("', '")}')`,
    )
    .join(' ')} ELSE false END)`;

/** SQL: whether a member of interview `interview`'s panel has not submitted their scorecard. */
export const panelMemberUnscored = (interview: string, application: string, stage: string) =>
  `EXISTS (SELECT 1 FROM unnest(${interview}.interviewer_ids) AS panel(user_id)
    WHERE NOT ${scorecardSubmitted(application, stage, 'panel.user_id')})`;

const scorecardColumns = `s.id, s.application_id AS "applicationId", s.stage, s.interviewer_id AS "interviewerId",
  u.name AS "interviewerName", s.ratings, s.recommendation, s.summary, s.question_notes AS "questionNotes",
  s.submitted_at AS "submittedAt", s.updated_at AS "updatedAt"`;

export async function listScorecards(
  db: Queryable,
  applicationIds: readonly string[],
  stage?: InterviewStage,
): Promise<ScorecardRow[]> {
  return db.query<ScorecardRow>(
    `SELECT ${scorecardColumns} FROM scorecards s JOIN users u ON u.id = s.interviewer_id
     WHERE s.application_id = ANY($1::uuid[]) AND ($2::text IS NULL OR s.stage = $2)
     ORDER BY s.submitted_at NULLS LAST, u.name`,
    [applicationIds, stage ?? null],
  );
}

/**
 * Creates the interviewer's (empty) scorecard if needed and locks it, so that concurrent
 * autosaves and a submit take turns even on the very first save.
 */
export async function lockOwnScorecard(
  db: Queryable,
  key: { applicationId: string; stage: InterviewStage; interviewerId: string },
): Promise<ScorecardRow> {
  await db.query(
    `INSERT INTO scorecards (application_id, stage, interviewer_id) VALUES ($1, $2, $3)
     ON CONFLICT (application_id, stage, interviewer_id) DO NOTHING`,
    [key.applicationId, key.stage, key.interviewerId],
  );
  const [row] = await db.query<ScorecardRow>(
    `SELECT ${scorecardColumns} FROM scorecards s JOIN users u ON u.id = s.interviewer_id
     WHERE s.application_id = $1 AND s.stage = $2 AND s.interviewer_id = $3 FOR UPDATE OF s`,
    [key.applicationId, key.stage, key.interviewerId],
  );
  return row!;
}

export async function upsertScorecard(
  db: Queryable,
  key: { applicationId: string; stage: InterviewStage; interviewerId: string },
  content: ScorecardContent,
  submit: boolean,
  /** When it happened; now unless replaying history (demo data). */
  at?: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO scorecards (application_id, stage, interviewer_id, ratings, recommendation, summary, question_notes,
       submitted_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7::jsonb, CASE WHEN $8 THEN COALESCE($9, now()) END,
       COALESCE($9, now()), COALESCE($9, now()))
     ON CONFLICT (application_id, stage, interviewer_id) DO UPDATE SET ratings = EXCLUDED.ratings,
       recommendation = EXCLUDED.recommendation, summary = EXCLUDED.summary,
       question_notes = EXCLUDED.question_notes,
       submitted_at = COALESCE(scorecards.submitted_at, EXCLUDED.submitted_at), updated_at = now()`,
    [
      key.applicationId,
      key.stage,
      key.interviewerId,
      JSON.stringify(content.ratings),
      content.recommendation,
      content.summary,
      JSON.stringify(content.questionNotes),
      submit,
      at ?? null,
    ],
  );
}

export async function insertScorecardRevision(
  db: Queryable,
  revision: { scorecardId: string; previous: ScorecardContent; reason: string; changedBy: string },
): Promise<void> {
  await db.query(
    `INSERT INTO scorecard_revisions (scorecard_id, ratings, recommendation, summary, reason, changed_by)
     VALUES ($1, $2::jsonb, $3, $4, $5, $6)`,
    [
      revision.scorecardId,
      JSON.stringify(revision.previous.ratings),
      revision.previous.recommendation,
      revision.previous.summary,
      revision.reason,
      revision.changedBy,
    ],
  );
}

export async function listScorecardRevisions(
  db: Queryable,
  scorecardIds: readonly string[],
): Promise<ScorecardRevisionRow[]> {
  return db.query<ScorecardRevisionRow>(
    `SELECT r.scorecard_id AS "scorecardId", r.ratings, r.recommendation, r.summary, r.reason,
       u.name AS "changedByName", r.created_at AS "createdAt"
     FROM scorecard_revisions r LEFT JOIN users u ON u.id = r.changed_by
     WHERE r.scorecard_id = ANY($1::uuid[]) ORDER BY r.created_at DESC`,
    [scorecardIds],
  );
}

/** Who has scored which interview stage anywhere in a job. */
export async function listScorersOfJob(
  db: Queryable,
  jobId: string,
): Promise<{ stage: InterviewStage; interviewerId: string }[]> {
  return db.query(
    `SELECT DISTINCT s.stage, s.interviewer_id AS "interviewerId"
     FROM scorecards s JOIN applications a ON a.id = s.application_id WHERE a.job_id = $1`,
    [jobId],
  );
}

/** Submitted scorecards of replayed interviews (demo data), in one statement. */
export async function insertSubmittedScorecards(
  db: Queryable,
  scorecards: readonly {
    applicationId: string;
    stage: InterviewStage;
    interviewerId: string;
    content: ScorecardContent;
    submittedAt: Date;
  }[],
): Promise<void> {
  await insertMany(
    db,
    'scorecards',
    {
      application_id: (s) => s.applicationId,
      stage: (s) => s.stage,
      interviewer_id: (s) => s.interviewerId,
      ratings: (s) => JSON.stringify(s.content.ratings),
      recommendation: (s) => s.content.recommendation,
      summary: (s) => s.content.summary,
      question_notes: (s) => JSON.stringify(s.content.questionNotes),
      submitted_at: (s) => s.submittedAt,
      created_at: (s) => s.submittedAt,
      updated_at: (s) => s.submittedAt,
    },
    scorecards,
  );
}
