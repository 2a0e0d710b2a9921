// Builds the server and the `seleksi` command into dist/server, so a production install runs
// plain JavaScript and needs no TypeScript toolchain. Dependencies stay outside the bundle
// (installed by npm as usual); the SQL migrations are copied next to it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/server`;

rmSync(outdir, { recursive: true, force: true });
await build({
  // The CV text reader and PGlite run in worker threads of their own
  // (src/services/candidates/cv-text-reader.ts, src/db/pglite-thread.ts).
  entryPoints: {
    seleksi: `${root}src/cli/main.ts`,
    'cv-text-worker': `${root}src/services/candidates/cv-text-worker.ts`,
    'pglite-worker': `${root}src/db/pglite-worker.ts`,
    'make-pglite-template': `${root}src/cli/make-pglite-template.ts`,
  },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
cpSync(`${root}src/db/migrations`, `${outdir}/migrations`, { recursive: true });

// The migrated PGlite data directory a first start loads instead of creating and migrating a
// cluster (src/db/pglite-template.ts). It lives outside dist/server so a rebuild keeps it, and is
// made again only when a migration or the PGlite / pg-boss version changed.
execFileSync(
  process.execPath,
  [`${outdir}/make-pglite-template.js`, `${root}dist/pglite-template`],
  {
    stdio: 'inherit',
  },
);
