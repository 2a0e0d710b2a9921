import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import {
  enqueueTask,
  taskQueues,
  startTaskWorkers,
} from '../../src/services/background/task-queue';
import { openTestDatabase } from '../support/test-database';
import { waitFor } from '../support/wait-for';

describe('the durable task queue', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('runs a job once its transaction commits, never one that rolled back, and retries failures', async () => {
    const seen: string[] = [];
    let failuresLeft = 1;
    const workers = await startTaskWorkers(db, {
      retry: { retryLimit: 3, retryDelaySeconds: 1 },
      pollingIntervalSeconds: 0.5,
      handlers: {
        [taskQueues.sendEmail]: async (data) => {
          if (failuresLeft-- > 0) throw new Error('temporary failure');
          seen.push(String(data.messageId));
        },
      },
    });
    try {
      await db.transaction((tx) =>
        enqueueTask(tx, taskQueues.sendEmail, { messageId: 'committed' }),
      );
      await db
        .transaction(async (tx) => {
          await enqueueTask(tx, taskQueues.sendEmail, { messageId: 'rolled-back' });
          throw new Error('the change failed');
        })
        .catch(() => undefined);
      await waitFor(() => seen.length > 0, 15_000);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(seen).toEqual(['committed']);
    } finally {
      await workers.stop();
    }
  });
});
