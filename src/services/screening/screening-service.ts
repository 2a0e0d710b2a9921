import type { Database } from '../../db/database';
import {
  countScreeningStages,
  listScreeningRows,
  type ScreeningRow,
} from '../../db/queries/cv-files';
import { screenCv, type CvScreening } from '../../domain/cv-screening';
import type { ScreeningStage } from '../../domain/cv-screening';
import type { Actor } from '../actor';
import { requireJobAccess, requirePipelineReader } from '../access-policy';

export interface ScreeningItem extends Omit<ScreeningRow, 'cvFile'> {
  cvFile: Omit<NonNullable<ScreeningRow['cvFile']>, 'text' | 'sha256'> | null;
  /** How the CV's text meets the job's skills and tools; null until there is text to read. */
  screening: CvScreening | null;
}

/**
 * The CV screening view of a job: each application at the stage with how its CV covers the
 * job's required skills and tools. It explains; HR decides and moves (one by one or in bulk).
 * Asked for no stage, it opens where work waits: the new applications at Applied first, else
 * CV screening (opening on an empty CV screening hid the new ones).
 */
export async function getScreening(
  db: Database,
  actor: Actor,
  jobId: string,
  asked: ScreeningStage | undefined,
): Promise<{
  job: { id: string; title: string; requiredSkills: string[]; tools: string[] };
  stage: ScreeningStage;
  counts: Record<ScreeningStage, number>;
  items: ScreeningItem[];
}> {
  const job = await requireJobAccess(db, actor, jobId);
  requirePipelineReader(actor);
  const counts = await countScreeningStages(db, jobId);
  const stage = asked ?? (counts.applied > 0 ? 'applied' : 'cv_screening');
  const rows = await listScreeningRows(db, jobId, stage);
  return {
    job: { id: job.id, title: job.title, requiredSkills: job.requiredSkills, tools: job.tools },
    stage,
    counts,
    items: rows.map(({ cvFile, ...row }) => {
      const { text, sha256: _sha256, ...file } = cvFile ?? { text: null, sha256: '' };
      return {
        ...row,
        cvFile: cvFile ? (file as ScreeningItem['cvFile']) : null,
        screening: text ? screenCv(text, job) : null,
      };
    }),
  };
}
