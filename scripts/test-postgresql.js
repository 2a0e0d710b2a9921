// Runs the API tests a second time against a PostgreSQL server (TEST_DATABASE_URL).
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
const result = spawnSync('npx', ['vitest', 'run', '--project', 'api'], {
  stdio: 'inherit',
  env: process.env,
});
process.exit(result.status ?? 1);
