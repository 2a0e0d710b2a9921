import type { Queryable } from '../database';
import type { Stage } from '../../domain/pipeline';

/**
 * A rejected application whose candidate HR has not told yet: the rejection was the hiring
 * manager's (made by someone outside HR, or by the job's own hiring manager, as Today's
 * "Rejected: send word to the candidate" reads it) and no rejection e-mail went to the candidate
 * since. Returns the stage it was rejected from (what the candidate still sees), else null.
 */
export async function findUntoldRejection(
  db: Queryable,
  applicationId: string,
): Promise<Stage | null> {
  const [found] = await db.query<{ fromStage: Stage }>(
    `SELECT e.from_stage AS "fromStage"
     FROM applications a
     JOIN LATERAL (SELECT * FROM application_events x WHERE x.application_id = a.id
                   ORDER BY x.created_at DESC LIMIT 1) e ON true
     JOIN users u ON u.id = e.actor_id AND (u.role NOT IN ('admin', 'recruiter')
       OR EXISTS (SELECT 1 FROM job_team_members m WHERE m.job_id = a.job_id
                  AND m.user_id = u.id AND m.team_role = 'hiring_manager'))
     WHERE a.id = $1 AND a.stage = 'rejected' AND e.to_stage = 'rejected'
       AND e.from_stage IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM email_messages m WHERE m.application_id = a.id
                       AND m.template = 'rejection' AND m.created_at >= e.created_at)`,
    [applicationId],
  );
  return found?.fromStage ?? null;
}
