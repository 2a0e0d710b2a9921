import { PGlite } from '@electric-sql/pglite';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { migrationFiles, migrationText } from './migrate';

/**
 * A migrated PGlite data directory saved once (by `npm run build`), for an empty data directory
 * to start from. A first start on PGlite spent half its time creating the cluster (initdb, in
 * WebAssembly) and a tenth applying the migrations; loading the saved directory replaces both,
 * and migrate() then applies only the migrations newer than the template.
 *
 * The template is used only when it was made by the same PGlite and pg-boss as the ones
 * installed and every migration it holds is unchanged on disk; otherwise the start creates the
 * cluster as before.
 */
export interface TemplateFiles {
  /** The data directory, as `dumpDataDir('gzip')` writes it. */
  data: string;
  /** What the template was made from (TemplateManifest). */
  manifest: string;
}

export function templateFiles(dir: string): TemplateFiles {
  return { data: join(dir, 'data.tar.gz'), manifest: join(dir, 'manifest.json') };
}

interface TemplateManifest {
  pglite: string;
  pgBoss: string;
  /** Migration file name -> SHA-256 of its text. */
  migrations: Record<string, string>;
}

function currentManifest(): TemplateManifest {
  return {
    pglite: installedVersion('@electric-sql/pglite'),
    pgBoss: installedVersion('pg-boss'),
    migrations: Object.fromEntries(
      migrationFiles().map((file) => [
        file,
        createHash('sha256').update(migrationText(file)).digest('hex'),
      ]),
    ),
  };
}

function readManifest(file: string): TemplateManifest | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as TemplateManifest;
  } catch {
    return undefined;
  }
}

/** Whether a template made now would differ from the one saved in `dir` (or there is none). */
export function isTemplateCurrent(dir: string): boolean {
  const files = templateFiles(dir);
  const saved = readManifest(files.manifest);
  return existsSync(files.data) && JSON.stringify(saved) === JSON.stringify(currentManifest());
}

/**
 * The saved template, when it suits the installed code: same engines, and each migration it
 * holds still reads the same (newer ones are applied after it loads).
 */
export function usableTemplate(dir: string): Blob | undefined {
  const files = templateFiles(dir);
  const saved = readManifest(files.manifest);
  if (!saved || !existsSync(files.data)) return undefined;
  const current = currentManifest();
  const unchanged =
    saved.pglite === current.pglite &&
    saved.pgBoss === current.pgBoss &&
    Object.entries(saved.migrations).every(([file, hash]) => current.migrations[file] === hash);
  return unchanged ? new Blob([readFileSync(files.data)]) : undefined;
}

/**
 * Saves the (closed, fully prepared) PGlite data directory `dataDir` as the template in `dir`.
 * The manifest is written last, so a build cut short leaves no template that looks usable.
 */
export async function saveTemplate(dataDir: string, dir: string): Promise<void> {
  const files = templateFiles(dir);
  mkdirSync(dir, { recursive: true });
  rmSync(files.manifest, { force: true });
  const lite = await PGlite.create(dataDir);
  const dump = await lite.dumpDataDir('gzip');
  await lite.close();
  writeFileSync(`${files.data}.partial`, Buffer.from(await dump.arrayBuffer()));
  renameSync(`${files.data}.partial`, files.data);
  writeFileSync(files.manifest, `${JSON.stringify(currentManifest(), null, 2)}\n`);
}

/** Whether PGlite would have to create a cluster in `dataDir` (it does not exist or is empty). */
export function isEmptyDataDir(dataDir: string): boolean {
  return !existsSync(dataDir) || readdirSync(dataDir).length === 0;
}

/** The version of an installed package (its package.json is not always among its exports). */
function installedVersion(name: string): string {
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name === name && json.version) return json.version;
    }
    if (dirname(dir) === dir) return 'unknown';
    dir = dirname(dir);
  }
}
