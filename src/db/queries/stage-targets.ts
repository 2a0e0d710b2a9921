import type { ActiveStage } from '../../domain/pipeline';
import type { Queryable } from '../database';

export interface StageTargetRow {
  jobId: string;
  stage: ActiveStage;
  workingDays: number;
}

export async function listStageTargets(
  db: Queryable,
  jobIds: readonly string[],
): Promise<StageTargetRow[]> {
  return db.query<StageTargetRow>(
    `SELECT job_id AS "jobId", stage, working_days AS "workingDays"
     FROM stage_targets WHERE job_id = ANY($1::uuid[])`,
    [jobIds],
  );
}

/** Replaces a job's targets with the given ones (call inside a transaction). */
export async function replaceStageTargets(
  db: Queryable,
  jobId: string,
  targets: readonly { stage: ActiveStage; workingDays: number }[],
  updatedBy: string,
): Promise<void> {
  await db.query('DELETE FROM stage_targets WHERE job_id = $1', [jobId]);
  for (const target of targets) {
    await db.query(
      `INSERT INTO stage_targets (job_id, stage, working_days, updated_by) VALUES ($1, $2, $3, $4)`,
      [jobId, target.stage, target.workingDays, updatedBy],
    );
  }
}
