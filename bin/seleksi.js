#!/usr/bin/env node
// The `seleksi` command runs the built server (dist/server, made by `npm run build`). In a
// development checkout it runs the TypeScript sources through tsx instead when there is no build,
// or when the build is older than the sources (so a stale build never runs old code or migrations).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/server/seleksi.js', import.meta.url);
const sources = fileURLToPath(new URL('../src', import.meta.url));

/** The newest modification time of any file under `dir`. */
function newest(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (latest, entry) => Math.max(latest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs),
      0,
    );
}

async function runSources() {
  const tsx = await import('tsx/esm/api').catch(() => undefined);
  if (!tsx) return false;
  tsx.register();
  await import('../src/cli/main.ts');
  return true;
}

const hasBuild = existsSync(built);
const stale = hasBuild && existsSync(sources) && statSync(built).mtimeMs < newest(sources);
if (hasBuild && !stale) {
  await import(built.href);
} else if (!(await runSources())) {
  // No tsx (a production install): the build is what there is.
  if (hasBuild) await import(built.href);
  else {
    console.error('Seleksi is not built: run `npm run build` first (or `npm start`).');
    process.exit(1);
  }
}
