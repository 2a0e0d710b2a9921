import type { Database } from '../../db/database';
import { listStageTargets, replaceStageTargets } from '../../db/queries/stage-targets';
import { activeStages, type ActiveStage } from '../../domain/pipeline';
import { isHr } from '../../domain/roles';
import {
  defaultStageTargets,
  maxStageTarget,
  stageTargetsOf,
  type StageTargets,
} from '../../domain/today';
import { requireHr, requireJobAccess } from '../access-policy';
import type { Actor } from '../actor';
import { Invalid } from '../errors';

export interface JobStageTargets {
  targets: StageTargets;
  defaults: StageTargets;
  /** Only HR sets targets; everyone on the job reads them. */
  can: { edit: boolean };
}

/** A job's stage targets in working days: its own where HR set them, the defaults elsewhere. */
export async function getStageTargets(
  db: Database,
  actor: Actor,
  jobId: string,
): Promise<JobStageTargets> {
  await requireJobAccess(db, actor, jobId);
  return {
    targets: stageTargetsOf(await listStageTargets(db, [jobId])),
    defaults: defaultStageTargets,
    can: { edit: isHr(actor.role) },
  };
}

/** HR sets how long a candidate may wait in each stage; a value equal to the default is not stored. */
export async function updateStageTargets(
  db: Database,
  actor: Actor,
  jobId: string,
  targets: StageTargets,
): Promise<JobStageTargets> {
  requireHr(actor);
  await requireJobAccess(db, actor, jobId);
  const problems = activeStages
    .filter(
      (stage) =>
        !(
          Number.isInteger(targets[stage]) &&
          targets[stage] >= 1 &&
          targets[stage] <= maxStageTarget
        ),
    )
    .map((stage) => ({
      path: `targets.${stage}`,
      code: 'out_of_range',
      message: `Give a whole number of working days from 1 to ${maxStageTarget}.`,
    }));
  if (problems.length) throw new Invalid(problems);
  const own = activeStages
    .filter((stage: ActiveStage) => targets[stage] !== defaultStageTargets[stage])
    .map((stage) => ({ stage, workingDays: targets[stage] }));
  await db.transaction((tx) => replaceStageTargets(tx, jobId, own, actor.id));
  return getStageTargets(db, actor, jobId);
}
