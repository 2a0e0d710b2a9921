import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database';
import { prepareDatabase } from '../../src/services/database-setup';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file holding a migrated PGlite data directory, for test files to start from. */
    pgliteTemplate: string | undefined;
  }
}

/**
 * Vitest global setup: creating a PGlite cluster (its initdb in WebAssembly) is the slowest part
 * of opening a test database, so it is done once per run and every test file loads the result.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('pgliteTemplate', undefined);
    return () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'seleksi-template-'));
  const db = await openDatabase({ dataDir: join(dir, 'pglite') });
  await prepareDatabase(db);
  await db.close();
  const lite = await PGlite.create(join(dir, 'pglite'));
  const dump = await lite.dumpDataDir('none');
  await lite.close();
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
