import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { installJobQueue } from './jobs/job-queue';
import { syncBuiltInQuestions } from './question-bank-service';

/** Everything a database needs before the app uses it: the schema, the job queue and the built-in content. */
export async function prepareDatabase(db: Database): Promise<void> {
  await migrate(db);
  await installJobQueue(db);
  await db.transaction((tx) => syncBuiltInQuestions(tx));
}
