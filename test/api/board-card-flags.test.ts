import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';
import { buildApplication, moveTo } from '../support/factories';
import { callers } from '../support/authorization-table';

/**
 * The board works out a card's flags once per stage and HR gate, not per card (issue 19). Each
 * card, read by each caller, must still carry what the candidate page says of the same application
 * (worked out there for the application alone): two cards in one stage differ when one has passed
 * the HR gate and come back.
 */
let t: TestApp;
let jobId: string;

beforeAll(async () => {
  t = await createTestApp();
  const first = await buildApplication(t);
  jobId = first.jobId;
  const ids = [first.applicationId];
  for (let made = 0; made < 4; made++)
    ids.push((await buildApplication(t, { jobId })).applicationId);
  const [, screened, returned, atHr, rejected] = ids as [string, string, string, string, string];
  const moves: [string, string, Record<string, unknown>?][] = [
    [screened, 'cv_screening'],
    [returned, 'cv_screening'],
    // Past the gate (HR skips it, with a reason) and back to screening: gate cleared, same stage.
    [returned, 'user_interview', { overrideHrGate: true, note: 'Referral from the team lead.' }],
    [returned, 'cv_screening'],
    [atHr, 'cv_screening'],
    [atHr, 'hr_interview'],
    [rejected, 'rejected', { rejectionReason: 'cv_not_matching' }],
  ];
  for (const [id, toStage, extra] of moves) {
    const moved = await moveTo(t, id, toStage, extra);
    if (moved.status !== 200) throw new Error(`move: ${JSON.stringify(moved.body)}`);
  }
});
afterAll(() => t.close());

interface Card {
  applicationId: string;
  candidateId: string;
  can?: Record<string, unknown>;
}

interface Column {
  stage: string;
  can: Record<string, unknown>;
  cards: Card[];
}

/** A card's flags as a client reads them: its own where sent, else its column's. */
const cardsWithFlags = (columns: Column[]) =>
  columns.flatMap((column) =>
    column.cards.map((card) => ({ ...card, can: card.can ?? column.can })),
  );

// An interviewer does not open the board (interviewer-reach.test.ts).
const readers = callers.filter(
  (caller) => caller !== 'anonymous' && caller !== 'otherManager' && caller !== 'interviewer',
);

test.each(readers)(
  "every board card carries the application's own flags for %s",
  async (caller) => {
    const as = t.users[caller];
    const board = await t.call(as, 'GET', `/api/jobs/${jobId}/board`);
    expect(board.status).toBe(200);
    const cards = cardsWithFlags(board.body.columns as Column[]);
    expect(cards).toHaveLength(5);
    const screening = board.body.columns.find(
      (column: { stage: string }) => column.stage === 'cv_screening',
    ).cards;
    // One that never passed the HR gate and one that did and came back: the flags differ, so
    // one of them carries its own and the other reads its column's.
    expect(screening).toHaveLength(2);
    expect(screening.filter((card: Card) => card.can).length).toBeLessThanOrEqual(1);
    for (const card of cards) {
      const candidate = await t.call(as, 'GET', `/api/candidates/${card.candidateId}`);
      expect(candidate.status).toBe(200);
      const application = candidate.body.applications.find(
        (one: { id: string }) => one.id === card.applicationId,
      );
      const { moveTo: moves, rejectWith, overrideHrGate, sendEmail } = application.can;
      expect({ id: card.applicationId, ...card.can }).toEqual({
        id: card.applicationId,
        moveTo: moves,
        rejectWith,
        overrideHrGate,
        sendEmail,
      });
    }
  },
);
