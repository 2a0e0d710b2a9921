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
  const abilitiesOf = abilitiesByState(testsEnabled, actor);
  const shared = sharedAbilities(column, abilitiesOf);
  return {
    stage: column.stage,
    count: column.count,
    can: shared,
    cards: column.cards.map((card) => {
      const own = abilitiesOf(card);
      return presentCard(card, own === shared ? undefined : own);
    }),
    next: column.next ? encodeBoardPosition(column.next) : null,
  };
}

/**
 * What most of the column's cards may have done to them, sent once for the column: the flags were
 * about half of every card's JSON (issue 19). A card whose own differ (its HR gate) carries them.
 */
function sharedAbilities(
  column: BoardColumn,
  abilitiesOf: (state: CardState) => ApplicationAbilities,
): ApplicationAbilities {
  const cardsWith = new Map<ApplicationAbilities, number>();
  for (const card of column.cards) {
    const abilities = abilitiesOf(card);
    cardsWith.set(abilities, (cardsWith.get(abilities) ?? 0) + 1);
  }
  let shared = abilitiesOf({ stage: column.stage, hrGateCleared: false });
  for (const [abilities, count] of cardsWith) {
    if (count > (cardsWith.get(shared) ?? 0)) shared = abilities;
  }
  return shared;
}

type CardState = Pick<BoardCard, 'stage' | 'hrGateCleared'>;

/**
 * Abilities by role, tests step, stage and HR gate, kept for the process's life: they are a pure
 * function of these few values, and working them out tries every move (issue 19). Equal
 * abilities share one object, so they compare by identity.
 */
const knownAbilities = new Map<string, ApplicationAbilities>();
const distinctAbilities = new Map<string, ApplicationAbilities>();

/** A board's cards' abilities: the job's tests step and the actor's role are the board's. */
function abilitiesByState(testsEnabled: boolean, actor: Actor) {
  return (card: CardState): ApplicationAbilities => {
    const key = `${actor.role}|${testsEnabled}|${card.stage}|${card.hrGateCleared}`;
    let abilities = knownAbilities.get(key);
    if (!abilities) {
      const worked = applicationAbilities(
        { stage: card.stage, hrGateCleared: card.hrGateCleared, testsEnabled },
        actor.role,
      );
      const text = JSON.stringify(worked);
      abilities = distinctAbilities.get(text) ?? worked;
      distinctAbilities.set(text, abilities);
      knownAbilities.set(key, abilities);
    }
    return abilities;
  };
}

function presentCard(card: BoardCard, can: ApplicationAbilities | undefined) {
  return {
    applicationId: card.id,
    candidateId: card.candidateId,
    candidateName: card.candidateName,
    // Only when true: most cards are of people still named (the board's JSON stays small).
    ...(card.anonymised ? { anonymised: true as const } : {}),
    tags: card.tags,
    stageEnteredAt: card.stageEnteredAt.toISOString(),
    workingDaysInStage: card.workingDaysInStage,
    appliedAt: card.createdAt.toISOString(),
    nextInterview:
      card.nextInterviewAt && card.nextInterviewTimeZone
        ? { startsAt: card.nextInterviewAt.toISOString(), timeZone: card.nextInterviewTimeZone }
        : null,
    needsAction: card.needsAction,
    ...(can ? { can } : {}),
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
