import { createHash } from 'node:crypto';
import {
  cpSync,
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
 * WebAssembly) and a tenth applying the migrations; copying the saved directory replaces both,
 * and migrate() then applies only the migrations newer than the template. It is kept as plain
 * files, not as a `dumpDataDir` archive: unpacking the archive into PGlite's in-memory file
 * system and writing it out again took longer than opening the copied directory itself.
 *
 * The template is used only when it was made by the same PGlite and pg-boss as the ones
 * installed and every migration it holds is unchanged on disk; otherwise the start creates the
 * cluster as before.
 */
export interface TemplateFiles {
  /** The data directory, a copy of a closed PGlite data directory. */
  data: string;
  /** What the template was made from (TemplateManifest). */
  manifest: string;
}

export function templateFiles(dir: string): TemplateFiles {
  return { data: join(dir, 'data'), manifest: join(dir, 'manifest.json') };
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
 * The saved template's data directory, when it suits the installed code: same engines, and each
 * migration it holds still reads the same (newer ones are applied after it loads).
 */
export function usableTemplate(dir: string): string | undefined {
  const files = templateFiles(dir);
  const saved = readManifest(files.manifest);
  if (!saved || !existsSync(files.data)) return undefined;
  const current = currentManifest();
  const unchanged =
    saved.pglite === current.pglite &&
    saved.pgBoss === current.pgBoss &&
    Object.entries(saved.migrations).every(([file, hash]) => current.migrations[file] === hash);
  return unchanged ? files.data : undefined;
}

/**
 * Saves the (closed, fully prepared) PGlite data directory `dataDir` as the template in `dir`.
 * The manifest is written last, so a build cut short leaves no template that looks usable.
 */
export function saveTemplate(dataDir: string, dir: string): void {
  const files = templateFiles(dir);
  mkdirSync(dir, { recursive: true });
  rmSync(files.manifest, { force: true });
  // An archive an older build saved there.
  rmSync(join(dir, 'data.tar.gz'), { force: true });
  rmSync(`${files.data}.partial`, { recursive: true, force: true });
  cpSync(dataDir, `${files.data}.partial`, { recursive: true });
  rmSync(files.data, { recursive: true, force: true });
  renameSync(`${files.data}.partial`, files.data);
  writeFileSync(files.manifest, `${JSON.stringify(currentManifest(), null, 2)}\n`);
}

/** Starts the empty `dataDir` as a copy of the template's data directory `template`. */
export function copyTemplate(template: string, dataDir: string): void {
  cpSync(template, dataDir, { recursive: true });
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
