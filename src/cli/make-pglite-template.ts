// Run by `npm run build` (scripts/build-server.js, from the built dist/server): saves the migrated
// PGlite data directory that an empty data directory starts from (src/db/pglite-template.ts),
// unless the one saved already matches the migrations and engines installed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/database';
import { isTemplateCurrent, saveTemplate } from '../db/pglite-template';
import { prepareDatabase } from '../services/database-setup';

const [target] = process.argv.slice(2);
if (!target) throw new Error('Usage: make-pglite-template <directory>');
if (!isTemplateCurrent(target)) {
  const work = mkdtempSync(join(tmpdir(), 'seleksi-template-'));
  try {
    const dataDir = join(work, 'pglite');
    const db = await openDatabase({ dataDir });
    await prepareDatabase(db);
    await db.close();
    saveTemplate(dataDir, target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
