import { testMail } from './test-app';
import { PGlite } from '@electric-sql/pglite';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { readConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { usableTemplate } from '../../src/db/pglite-template';
import { pgliteExtensions } from '../../src/db/pglite-start';
import { fileCvStore } from '../../src/services/candidates/cv-store';
import { prepareDatabase } from '../../src/services/database-setup';
import { seedDemoData } from '../../src/services/demo/demo-seed-service';

/** A saved PGlite data directory with the demo company in it, and the CV files it refers to. */
export interface DemoTemplate {
  file: string;
  cvDir: string;
  /** When the demo was seeded (ISO), since its dates are relative to that moment. */
  seededAt: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file holding a migrated PGlite data directory, for test files to start from. */
    pgliteTemplate: string | undefined;
    /** The same with the demo company seeded, for browser tests (the e2e project only). */
    pgliteDemoTemplate: DemoTemplate | undefined;
  }
}

/**
 * Vitest global setup: creating a PGlite cluster (its initdb in WebAssembly) is the slowest part
 * of opening a test database, so it is done once per run and every test file loads the result.
 * Browser tests all start from the demo company, whose seeding is the next slowest part: it is
 * seeded once too.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('pgliteTemplate', undefined);
    project.provide('pgliteDemoTemplate', undefined);
    return () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'seleksi-template-'));
  const migrated = join(dir, 'migrated');
  // The build's saved cluster (dist/pglite-template; `npm run test:e2e` builds first) spares the
  // initdb in WebAssembly, 7 of the 8 CPU seconds here; prepareDatabase then applies only newer
  // migrations. Without a usable one (no build yet), the cluster is created as before.
  const template = usableTemplate(readConfig().pgliteTemplateDir);
  const db = await openDatabase({ dataDir: migrated, template });
  await prepareDatabase(db);
  await db.close();
  const file = join(dir, 'template.tar');
  const dump = await dumpDataDir(migrated);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  project.provide(
    'pgliteDemoTemplate',
    project.name === 'e2e' ? await seedDemoTemplate(dir, dump) : undefined,
  );
  return () => rmSync(dir, { recursive: true, force: true });
}

async function seedDemoTemplate(dir: string, migrated: Blob): Promise<DemoTemplate> {
  const seeded = join(dir, 'demo');
  const cvDir = join(dir, 'demo-cv');
  mkdirSync(cvDir);
  const seededAt = new Date();
  const db = await openDatabase({
    dataDir: seeded,
    snapshot: migrated,
  });
  await seedDemoData(db, testMail, seededAt, fileCvStore(cvDir));
  await db.close();
  const file = join(dir, 'demo.tar');
  const dump = await dumpDataDir(seeded);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  return { file, cvDir, seededAt: seededAt.toISOString() };
}

/**
 * The closed cluster in `dataDir` as a tar that test files load. Reopened, PGlite writes in WAL
 * segment 1 and preallocates segment 2: two 16 MB files of the 62 MB tar, which every test file
 * then unpacks into memory. Switching to segment 2 and checkpointing (old segments deleted, not
 * recycled) leaves one: a 46 MB tar, and about 0.3 of 1.8 CPU seconds less per database opened.
 */
async function dumpDataDir(dataDir: string): Promise<Blob> {
  const lite = await PGlite.create(dataDir, { extensions: pgliteExtensions });
  await lite.exec('SET wal_recycle = off; SELECT pg_switch_wal(); CHECKPOINT');
  const dump = await lite.dumpDataDir('none');
  await lite.close();
  return dump;
}
