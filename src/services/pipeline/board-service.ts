import type { Database } from '../../db/database';
import {
  countBoardColumns,
  listBoardColumnPages,
  type BoardPageRow,
  type BoardPosition,
} from '../../db/queries/board';
import { stagesOfJob, type Stage } from '../../domain/pipeline';
import {
  cardAttention,
  defaultStageTargets,
  workingDaysBetween,
  type AttentionReason,
} from '../../domain/today';
import type { Actor } from '../actor';
import { requirePipelineReader } from '../access-policy';
import { Invalid } from '../errors';
import { getJob, type JobWithTeam } from '../jobs/job-service';

/**
 * A job of 5,000 applications opens as fast as one of 50: each stage column shows its exact count
 * and a page of cards, and the rest loads a page at a time where the person scrolls.
 */
export const boardPageSize = 50;

export type BoardCard = BoardPageRow & {
  needsAction: AttentionReason[];
  /** Counted as Today counts a stage's wait, so the card and Today never disagree. */
  workingDaysInStage: number;
};

export interface BoardColumn {
  stage: Stage;
  /** Every application in the stage that matches the search, not just the page's. */
  count: number;
  cards: BoardCard[];
  /** Where the next page starts; undefined when the column has no more. */
  next: BoardPosition | undefined;
}

export interface JobBoard {
  job: JobWithTeam;
  columns: BoardColumn[];
}

export interface BoardView {
  /** Name, e-mail or tag contains it (any case); empty or absent: everyone. */
  search?: string | undefined;
  limit?: number | undefined;
}

const targetOf = (stage: Stage) =>
  (defaultStageTargets as Partial<Record<Stage, number>>)[stage] ?? 0;

/** Every stage column's count and first page. */
export async function getJobBoard(
  db: Database,
  actor: Actor,
  jobId: string,
  view: BoardView = {},
  now = new Date(),
): Promise<JobBoard> {
  // The job's existence first: a job outside the actor's teams stays a 404.
  const job = await getJob(db, actor, jobId);
  requirePipelineReader(actor);
  const stages = stagesOfJob(job.testsEnabled);
  const columns = await readColumns(db, { jobId, stages, view, after: undefined, now });
  return { job, columns };
}

/** The page of one stage column after `after` ("load more"), with the column's count. */
export async function getBoardColumn(
  db: Database,
  actor: Actor,
  jobId: string,
  stage: Stage,
  view: BoardView & { after?: BoardPosition | undefined },
  now = new Date(),
): Promise<BoardColumn & { testsEnabled: boolean }> {
  // The job's existence first: a job outside the actor's teams stays a 404.
  const job = await getJob(db, actor, jobId);
  requirePipelineReader(actor);
  if (!stagesOfJob(job.testsEnabled).includes(stage)) {
    throw new Invalid([
      { path: 'column', code: 'stage_not_in_job', message: 'This job has no such stage.' },
    ]);
  }
  const [column] = await readColumns(db, { jobId, stages: [stage], view, after: view.after, now });
  return { ...column!, testsEnabled: job.testsEnabled };
}

async function readColumns(
  db: Database,
  read: {
    jobId: string;
    stages: readonly Stage[];
    view: BoardView;
    after: BoardPosition | undefined;
    now: Date;
  },
): Promise<BoardColumn[]> {
  const search = read.view.search?.trim() || undefined;
  const limit = read.view.limit ?? boardPageSize;
  const counts = await countBoardColumns(db, read.jobId, search);
  // One more than the page tells whether there is a next page without another query.
  const rows = await listBoardColumnPages(db, {
    jobId: read.jobId,
    stages: read.stages,
    search,
    after: read.after,
    limit: limit + 1,
    now: read.now,
  });
  return read.stages.map((stage) => {
    const inStage = rows.filter((row) => row.stage === stage);
    const cards = inStage.slice(0, limit).map((row) => toCard(row, read.now));
    return {
      stage,
      count: counts.get(stage) ?? 0,
      cards,
      next: inStage.length > limit ? cards.at(-1)?.position : undefined,
    };
  });
}

/** The row becomes the card (not a copy of it: see listBoardColumnPages). */
function toCard(row: BoardPageRow, now: Date): BoardCard {
  const card = row as BoardCard;
  card.workingDaysInStage = workingDaysBetween(row.stageEnteredAt, now);
  card.needsAction = cardAttention(
    {
      stage: row.stage,
      stageEnteredAt: row.stageEnteredAt,
      targetDays: row.targetDays ?? targetOf(row.stage),
      interviewBooked: row.interviewBooked,
      rescheduleRequested: row.rescheduleRequested,
      unscoredInterviewEndedAt: row.unscoredInterviewEndedAt,
      offerCountered: row.offerCountered,
    },
    now,
  );
  return card;
}
