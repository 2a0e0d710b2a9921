import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { engineNeutralApiFiles } from './test/support/engine-neutral.ts';

/**
 * Vitest runs `cores - 1` test files at once, keeping a core for its own process; on a two-core
 * machine (CI) that is one file at a time, while Vitest's own process mostly waits and a file's
 * worker keeps one core busy at most. Two files at once use both cores. Every test file
 * has its own database (an in-memory PGlite, or a database of its own on PostgreSQL), data
 * directory and ports, so they do not see each other.
 */
const workers = Math.max(availableParallelism() - 1, 2);

/**
 * Each API test file is a new process that compiles PGlite's 9 MB of WebAssembly again, and V8
 * then recompiles its hot functions with its optimizing compiler (TurboFan) on the same two
 * cores; a file's few hundred queries do not earn that back. Liftoff only (V8's baseline
 * WebAssembly compiler) cut the CPU time of API files by about a sixth. Browser files keep V8's
 * defaults: one PGlite serves a whole journey there, and one timed out under heavy load with
 * Liftoff only. The app in production keeps V8's defaults too.
 */
const apiWorkerFlags = ['--liftoff-only'];

/**
 * API files run one after another in the same worker process (`isolate: false`) rather than each
 * in a new one: a new process spent a quarter of a file's CPU time loading Fastify, the app's
 * modules and PGlite again. Every file still opens its own database and app and closes them in
 * its afterAll, and no API file changes the environment or globals of the process; a file's
 * leftovers (a client still calling a closed app) would now reach the next file, so files stop
 * their own work before they close.
 */
const apiIsolated = false;

/**
 * Browser files too run one after another in the same worker process: a new process per file
 * imported the app, Playwright and PGlite again before its first test (Vitest's "setup", 294 s
 * over 50 files in the CI run of 17ba90f6). Every file still starts its own app, database, inbox
 * and browser contexts and closes them in its afterAll (browser.ts).
 */
const e2eIsolated = false;

/**
 * The PostgreSQL run of the API tests (scripts/test-postgresql.js sets SELEKSI_TEST_ENGINE_SENSITIVE)
 * leaves out the files listed as engine-neutral (test/support/engine-neutral.ts): they ran on
 * PGlite just before. A file named on the command line with TEST_DATABASE_URL alone still runs.
 * A listed file that is gone, or that speaks of PostgreSQL (a test only that engine runs), stops
 * the run: the list must say what the files are.
 */
function engineNeutralExcludes(): string[] {
  const paths = Object.keys(engineNeutralApiFiles).map((file) => `test/api/${file}`);
  for (const path of paths) {
    if (!existsSync(path)) throw new Error(`${path} is listed as engine-neutral but is gone`);
    const source = readFileSync(path, 'utf8');
    if (/TEST_DATABASE_URL|postgresTemplate|PostgreSQL/.test(source)) {
      throw new Error(`${path} is listed as engine-neutral but speaks of PostgreSQL`);
    }
  }
  return process.env.SELEKSI_TEST_ENGINE_SENSITIVE ? paths : [];
}

export default defineConfig({
  test: {
    projects: [
      // Unit tests that build large archives or PDFs take seconds on a loaded two-core machine.
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 20_000,
          maxWorkers: workers,
        },
      },
      {
        test: {
          name: 'api',
          execArgv: apiWorkerFlags,
          isolate: apiIsolated,
          globalSetup: ['test/support/pglite-template.ts', 'test/support/postgres-template.ts'],
          include: ['test/api/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...engineNeutralExcludes()],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          maxWorkers: workers,
        },
      },
      {
        test: {
          name: 'e2e',
          isolate: e2eIsolated,
          globalSetup: ['test/support/pglite-template.ts', 'test/e2e/chromium-server.ts'],
          setupFiles: ['test/e2e/failure-report.ts'],
          include: ['test/e2e/**/*.test.ts'],
          // A browser file's own process sits idle about half the time, waiting on Chromium and
          // on its page loads, so two files at once keep both cores busier. Each file has its own
          // app, database and SMTP inbox on ports of their own, and its own contexts in the run's
          // one Chromium (chromium-server.ts). Sharing the cores, the longest journeys took up
          // to 89 s on a loaded machine: they get 150 s, not 90.
          testTimeout: 150_000,
          hookTimeout: 120_000,
          maxWorkers: workers,
          // A poll returns as soon as the page shows what it waits for; Vitest's default of 1 s
          // made a slow page load on a busy machine fail a step that would have passed.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
