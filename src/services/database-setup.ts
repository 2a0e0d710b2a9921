import type { Database } from '../db/database';
import { applyPendingMigrations, underMigrationLock } from '../db/migrate';
import { installTaskQueue } from './background/task-queue';
import { syncBuiltInQuestions } from './question-bank/question-bank-service';

/** Everything a database needs before the app uses it: the schema, the task queue and the built-in content. */
export async function prepareDatabase(db: Database): Promise<void> {
  // Instances starting together on one server take turns for both (several-instances-start test).
  await underMigrationLock(db, async () => {
    await applyPendingMigrations(db);
    await installTaskQueue(db);
  });
  await db.transaction((tx) => syncBuiltInQuestions(tx));
}
