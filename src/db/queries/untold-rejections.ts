import type { Queryable } from '../database';
import type { BundleRead } from './read-bundle';
import type { Stage } from '../../domain/pipeline';
import type { RejectionToldWay } from '../../domain/rejection-told';

/**
 * SQL: whether the candidate of application `a` was told of a rejection decided at `since`: a
 * rejection e-mail went out, or HR marked them told by phone or in person, since then.
 */
export const rejectionToldSince = (since: string) => `(EXISTS (SELECT 1 FROM email_messages m
    WHERE m.application_id = a.id AND m.template = 'rejection' AND m.created_at >= ${since})
  OR EXISTS (SELECT 1 FROM rejections_told rt
    WHERE rt.application_id = a.id AND rt.created_at >= ${since}))`;

/**
 * A rejected application whose candidate HR has not told yet: the rejection was the hiring
 * manager's (made by someone outside HR, or by the job's own hiring manager, as Today's
 * "Rejected: send word to the candidate" reads it) and HR has not told the candidate since (no
 * rejection e-mail, not marked told by phone or in person: rejectionToldSince). Returns the stage it was rejected from (what the candidate still sees), else null.
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
       AND NOT ${rejectionToldSince('e.created_at')}`,
    [applicationId],
  );
  return found?.fromStage ?? null;
}

/** HR told the candidate of the rejection without the e-mail. */
export async function insertRejectionTold(
  db: Queryable,
  row: { applicationId: string; how: RejectionToldWay; toldBy: string },
): Promise<void> {
  await db.query(`INSERT INTO rejections_told (application_id, how, told_by) VALUES ($1, $2, $3)`, [
    row.applicationId,
    row.how,
    row.toldBy,
  ]);
}

/** HR's "told by phone / in person", as the application's history shows it: who, how, when. */
export interface RejectionToldRow {
  id: string;
  applicationId: string;
  how: RejectionToldWay;
  actorName: string | null;
  createdAt: Date;
}

/** The rejections HR told without the e-mail, of applications ($1, an array of ids), newest first. */
export const rejectionsToldOfApplications: BundleRead<RejectionToldRow> = {
  sql: `SELECT rt.id, rt.application_id AS "applicationId", rt.how, u.name AS "actorName",
       rt.created_at AS "createdAt"
     FROM rejections_told rt LEFT JOIN users u ON u.id = rt.told_by
     WHERE rt.application_id = ANY($1::uuid[])
     ORDER BY rt.created_at DESC`,
  dates: ['createdAt'],
};
