import type { BrowserSession } from './browser';

/** A demo user interview of user@demo.seleksi.id's job, nobody's scorecard in yet. */
export interface BegunUserInterview {
  applicationId: string;
  candidateId: string;
  interviewId: string;
  managerId: string;
}

/**
 * Takes a booked, unscored user interview of the demo hiring manager's job and makes it ten
 * minutes into its hour with her on the panel: the kit offers Submit, as it does once an
 * interview has begun.
 */
export async function beginDemoUserInterview(session: BrowserSession): Promise<BegunUserInterview> {
  const [row] = await session.db.query<BegunUserInterview>(
    `SELECT a.id AS "applicationId", a.candidate_id AS "candidateId", i.id AS "interviewId",
       u.id AS "managerId"
     FROM applications a
     JOIN interviews i ON i.application_id = a.id AND i.stage = 'user'
       AND i.status = 'scheduled' AND NOT i.recorded
     JOIN job_team_members m ON m.job_id = a.job_id AND m.team_role = 'hiring_manager'
     JOIN users u ON u.id = m.user_id AND u.email = 'user@demo.seleksi.id'
     WHERE a.stage = 'user_interview'
       AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = a.id AND s.stage = 'user')
       AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.application_id = a.id AND d.stage = 'user')
     LIMIT 1`,
  );
  if (!row) throw new Error('The demo company has no booked user interview to score');
  await session.db.query(
    `UPDATE interviews SET starts_at = now() - interval '10 minutes', duration_minutes = 60,
       interviewer_ids = ARRAY[$2::uuid] WHERE id = $1`,
    [row.interviewId, row.managerId],
  );
  return row;
}
