import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import {
  copyTemplate,
  isEmptyDataDir,
  isTemplateCurrent,
  saveTemplate,
  templateFiles,
  usableTemplate,
} from '../../src/db/pglite-template';
import { prepareDatabase } from '../../src/services/database-setup';

/**
 * `npm run build` saves a migrated PGlite data directory that a first start loads instead of
 * creating and migrating a cluster (src/db/pglite-template.ts). It must never hide a migration:
 * a template holding an edited migration is refused, and newer migrations still apply.
 */
describe.skipIf(process.env.TEST_DATABASE_URL)('the migrated PGlite template', () => {
  let work: string;
  let templateDir: string;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'seleksi-template-test-'));
    templateDir = join(work, 'template');
    const dataDir = join(work, 'made');
    const db = await openDatabase({ dataDir });
    await prepareDatabase(db);
    await db.close();
    saveTemplate(dataDir, templateDir);
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('starts an empty data directory migrated, with its data kept on disk', async () => {
    expect(isTemplateCurrent(templateDir)).toBe(true);
    const dataDir = join(work, 'fresh');
    expect(isEmptyDataDir(dataDir)).toBe(true);
    copyTemplate(usableTemplate(templateDir)!, dataDir);
    const db = await openDatabase({ dataDir });
    expect(await migrate(db)).toEqual([]);
    await prepareDatabase(db);
    await db.query(`INSERT INTO schema_migrations (version) VALUES ('marker')`);
    await db.close();
    expect(isEmptyDataDir(dataDir)).toBe(false);

    const reopened = await openDatabase({ dataDir });
    const rows = await reopened.query(`SELECT 1 FROM schema_migrations WHERE version = 'marker'`);
    expect(rows).toHaveLength(1);
    await reopened.close();
  }, 120_000);

  it('is refused when a migration it holds was edited, or another PGlite made it', () => {
    const { manifest } = templateFiles(templateDir);
    const saved = readFileSync(manifest, 'utf8');
    try {
      const edited = JSON.parse(saved) as { pglite: string; migrations: Record<string, string> };
      edited.migrations['001_foundation.sql'] = '0'.repeat(64);
      writeFileSync(manifest, JSON.stringify(edited));
      expect(usableTemplate(templateDir)).toBeUndefined();
      expect(isTemplateCurrent(templateDir)).toBe(false);

      const other = JSON.parse(saved) as { pglite: string };
      other.pglite = '0.0.1';
      writeFileSync(manifest, JSON.stringify(other));
      expect(usableTemplate(templateDir)).toBeUndefined();

      // An older template (a migration added since) is used: migrate() applies the newer one.
      const older = JSON.parse(saved) as { migrations: Record<string, string> };
      const newest = Object.keys(older.migrations).sort().at(-1)!;
      delete older.migrations[newest];
      writeFileSync(manifest, JSON.stringify(older));
      expect(usableTemplate(templateDir)).toBe(templateFiles(templateDir).data);
      expect(isTemplateCurrent(templateDir)).toBe(false);
    } finally {
      writeFileSync(manifest, saved);
    }
  });
});
