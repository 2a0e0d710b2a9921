import type { Database, Queryable } from '../../db/database';
import { listSavedStageTemplates, saveStageTemplate } from '../../db/queries/stage-templates';
import type { InterviewStage } from '../../domain/interview';
import {
  builtInStageTemplates,
  checkStageShape,
  checkStageWeight,
  type StageTemplate,
} from '../../domain/stage-template';
import type { Actor } from '../actor';
import { requireAbility } from '../access-policy';
import { Invalid } from '../errors';

/** The templates in force: what admins saved, else the built-in ones. */
export async function getStageTemplates(
  db: Queryable,
): Promise<Record<InterviewStage, StageTemplate>> {
  const saved = await listSavedStageTemplates(db);
  return {
    hr: saved.find((template) => template.stage === 'hr') ?? builtInStageTemplates.hr,
    user: saved.find((template) => template.stage === 'user') ?? builtInStageTemplates.user,
  };
}

export async function updateStageTemplate(
  db: Database,
  actor: Actor,
  stage: InterviewStage,
  input: Omit<StageTemplate, 'stage'>,
): Promise<Record<InterviewStage, StageTemplate>> {
  requireAbility(actor, 'editStageTemplates', 'Only admins can edit stage templates.');
  const problems = [...checkStageShape(input, ''), ...checkStageWeight(input.weight, 'weight')];
  if (problems.length) throw new Invalid(problems);
  await db.transaction(async (tx) => {
    const templates = await getStageTemplates(tx);
    const other: InterviewStage = stage === 'hr' ? 'user' : 'hr';
    await saveStageTemplate(tx, stage, { ...input, stage }, actor.id);
    // The two weights share the decision: moving one moves the other.
    if (templates[other].weight !== 100 - input.weight) {
      await saveStageTemplate(
        tx,
        other,
        { ...templates[other], weight: 100 - input.weight },
        actor.id,
      );
    }
  });
  return getStageTemplates(db);
}
