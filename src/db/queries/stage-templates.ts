import type { InterviewStage } from '../../domain/interview';
import type { StageTemplate } from '../../domain/stage-template';
import type { Queryable } from '../database';

/** Templates admins have edited; stages missing here use the built-in template. */
export async function listSavedStageTemplates(db: Queryable): Promise<StageTemplate[]> {
  const rows = await db.query<{ template: StageTemplate }>('SELECT template FROM stage_templates');
  return rows.map((row) => row.template);
}

export async function saveStageTemplate(
  db: Queryable,
  stage: InterviewStage,
  template: StageTemplate,
  updatedBy: string,
): Promise<void> {
  await db.query(
    `INSERT INTO stage_templates (stage, template, updated_by) VALUES ($1, $2::jsonb, $3)
     ON CONFLICT (stage) DO UPDATE SET template = EXCLUDED.template, updated_by = EXCLUDED.updated_by,
       updated_at = now()`,
    [stage, JSON.stringify(template), updatedBy],
  );
}
