// Runs the API tests a second time against a PostgreSQL server (TEST_DATABASE_URL): every file but
// those listed as engine-neutral in test/support/engine-neutral.ts, which ran on PGlite just before
// (vitest.config.ts leaves them out when SELEKSI_TEST_ENGINE_SENSITIVE is set).
// CI always sets it (.ci/run starts a server); elsewhere the suite says plainly that it was skipped.
import { spawnSync } from 'node:child_process';

const url = process.env.TEST_DATABASE_URL;
if (!url) {
  if (process.env.CI) {
    console.error('TEST_DATABASE_URL is not set: CI must run the API tests on PostgreSQL too.');
    process.exit(1);
  }
  console.log(
    'PostgreSQL API tests skipped: set TEST_DATABASE_URL (bash .ci/run does) to run them.',
  );
  process.exit(0);
}
console.log(
  'PostgreSQL API tests: the engine-neutral files (test/support/engine-neutral.ts) ran on PGlite only.',
);
const result = spawnSync('npx', ['vitest', 'run', '--project', 'api'], {
  stdio: 'inherit',
  env: { ...process.env, SELEKSI_TEST_ENGINE_SENSITIVE: '1' },
});
process.exit(result.status ?? 1);
