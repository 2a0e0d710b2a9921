import type { InterviewStage } from '../../domain/interview';
import type { InterviewPlan, StagePlan } from '../../domain/interview-plan';
import type { Queryable } from '../database';

export async function findInterviewPlan(
  db: Queryable,
  jobId: string,
): Promise<(InterviewPlan & { updatedAt: Date }) | undefined> {
  const rows = await db.query<StagePlan & { updatedAt: Date }>(
    `SELECT stage, interviewer_ids AS "interviewerIds", duration_minutes AS "durationMinutes", attributes,
       questions, brief, weight, updated_at AS "updatedAt"
     FROM interview_plans WHERE job_id = $1`,
    [jobId],
  );
  const byStage = (stage: InterviewStage) => {
    const row = rows.find((found) => found.stage === stage);
    if (!row) return undefined;
    const { updatedAt: _, ...plan } = row;
    return plan;
  };
  const hr = byStage('hr');
  const user = byStage('user');
  const updatedAt = new Date(Math.max(...rows.map((row) => row.updatedAt.getTime())));
  return hr && user ? { hr, user, updatedAt } : undefined;
}

/** When the job's plan was last saved (its later stage row); null while it was never saved. */
export async function findInterviewPlanUpdatedAt(
  db: Queryable,
  jobId: string,
): Promise<Date | null> {
  const [row] = await db.query<{ at: Date | null }>(
    'SELECT max(updated_at) AS at FROM interview_plans WHERE job_id = $1',
    [jobId],
  );
  return row?.at ?? null;
}

/**
 * Holds the job's plan for this transaction: two saves of one plan (saved or not yet) take turns,
 * so the second one's stale check sees the first one's save.
 */
export async function lockInterviewPlan(db: Queryable, jobId: string): Promise<void> {
  await db.query('SELECT 1 FROM jobs WHERE id = $1 FOR NO KEY UPDATE', [jobId]);
}

/** The saved panels of these jobs' plans, a row per job and stage, in one query. */
export async function listPlanPanels(
  db: Queryable,
  jobIds: readonly string[],
): Promise<{ jobId: string; stage: InterviewStage; interviewerIds: string[] }[]> {
  if (!jobIds.length) return [];
  return db.query(
    `SELECT job_id AS "jobId", stage, interviewer_ids AS "interviewerIds"
     FROM interview_plans WHERE job_id = ANY($1::uuid[])`,
    [jobIds],
  );
}

export async function saveInterviewPlan(
  db: Queryable,
  jobId: string,
  plan: InterviewPlan,
): Promise<void> {
  for (const stagePlan of [plan.hr, plan.user]) {
    await db.query(
      `INSERT INTO interview_plans (job_id, stage, interviewer_ids, duration_minutes, attributes, questions, brief, weight)
       VALUES ($1, $2, $3::uuid[], $4, $5, $6::jsonb, $7, $8)
       ON CONFLICT (job_id, stage) DO UPDATE SET interviewer_ids = EXCLUDED.interviewer_ids,
         duration_minutes = EXCLUDED.duration_minutes, attributes = EXCLUDED.attributes,
         questions = EXCLUDED.questions, brief = EXCLUDED.brief, weight = EXCLUDED.weight, updated_at = now()`,
      [
        jobId,
        stagePlan.stage,
        stagePlan.interviewerIds,
        stagePlan.durationMinutes,
        stagePlan.attributes,
        JSON.stringify(stagePlan.questions),
        stagePlan.brief,
        stagePlan.weight,
      ],
    );
  }
}
