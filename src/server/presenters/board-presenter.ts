import type { BoardPosition } from '../../db/queries/board';
import { applicationAbilities, type ApplicationAbilities } from '../../domain/permissions';
import type { Actor } from '../../services/actor';
import { Invalid } from '../../services/errors';
import type { BoardCard, BoardColumn, JobBoard } from '../../services/pipeline/board-service';
import type {
  BoardColumn as BoardColumnOutput,
  JobBoard as JobBoardOutput,
} from '../routes/jobs.schema';
import { presentJob } from './job-presenter';

export function presentJobBoard(board: JobBoard, actor: Actor): JobBoardOutput {
  return {
    job: presentJob(board.job, actor),
    columns: board.columns.map((column) =>
      presentBoardColumn(column, board.job.testsEnabled, actor),
    ),
  };
}

export function presentBoardColumn(
  column: BoardColumn,
  testsEnabled: boolean,
  actor: Actor,
): BoardColumnOutput {
  const abilities = abilitiesByState(testsEnabled, actor);
  return {
    stage: column.stage,
    count: column.count,
    cards: column.cards.map((card) => presentCard(card, abilities)),
    next: column.next ? encodeBoardPosition(column.next) : null,
  };
}

/**
 * A card's abilities depend only on its stage and HR gate (the job and the actor are the board's):
 * worked out once for each pair rather than for each of up to 400 cards, each of which tries
 * every move (issue 19).
 */
function abilitiesByState(testsEnabled: boolean, actor: Actor) {
  const known = new Map<string, ApplicationAbilities>();
  return (card: BoardCard): ApplicationAbilities => {
    const key = `${card.stage}|${card.hrGateCleared}`;
    let abilities = known.get(key);
    if (!abilities) {
      abilities = applicationAbilities(
        { stage: card.stage, hrGateCleared: card.hrGateCleared, testsEnabled },
        actor.role,
      );
      known.set(key, abilities);
    }
    return abilities;
  };
}

function presentCard(card: BoardCard, abilitiesOf: (card: BoardCard) => ApplicationAbilities) {
  return {
    applicationId: card.id,
    candidateId: card.candidateId,
    candidateName: card.candidateName,
    tags: card.tags,
    stageEnteredAt: card.stageEnteredAt.toISOString(),
    workingDaysInStage: card.workingDaysInStage,
    appliedAt: card.createdAt.toISOString(),
    nextInterview:
      card.nextInterviewAt && card.nextInterviewTimeZone
        ? { startsAt: card.nextInterviewAt.toISOString(), timeZone: card.nextInterviewTimeZone }
        : null,
    needsAction: card.needsAction,
    can: abilitiesOf(card),
  };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const microsecondTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The next page's start as an opaque URL-safe token (the database's own microseconds kept). */
export function encodeBoardPosition(position: BoardPosition): string {
  return Buffer.from(`${position.stageEnteredAt}|${position.id}`).toString('base64url');
}

/** Reads a token `encodeBoardPosition` made; anything else is refused naming `after`. */
export function decodeBoardPosition(token: string): BoardPosition {
  const [stageEnteredAt = '', id = ''] = Buffer.from(token, 'base64url').toString().split('|');
  if (!microsecondTime.test(stageEnteredAt) || !uuid.test(id)) {
    throw new Invalid([
      { path: 'after', code: 'invalid', message: 'Must be a position the board gave.' },
    ]);
  }
  return { stageEnteredAt, id };
}
