// `npm test`: every check and test project, as CI runs them (bash .ci/run).
// The checks (typecheck, lint, format) each keep one core busy at most, so they run beside the
// build and the unit tests on a two-core machine instead of before them; each lane's output is
// printed whole when it ends. The build comes first so the API tests on PGlite start from its
// saved cluster (dist/pglite-template) and the browser tests do not build again. Then the API
// tests on PGlite, on PostgreSQL (scripts/test-postgresql.js) and the browser tests, in turn.
import { spawn } from 'node:child_process';

const withoutDatabaseUrl = { ...process.env };
delete withoutDatabaseUrl.TEST_DATABASE_URL;

/** Runs a command; resolves with its exit code and, when `quiet`, its output held back. */
function run(command, args, { env = process.env, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: quiet ? 'pipe' : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** Runs npm scripts one after another, output held back; stops at the first that fails. */
async function lane(name, scripts) {
  let output = '';
  for (const script of scripts) {
    const started = Date.now();
    const result = await run('npm', ['run', '--silent', script], { quiet: true });
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    output += `\n> ${script} (${seconds} s)\n${result.output}`;
    if (result.code !== 0) return { name, ok: false, output };
  }
  return { name, ok: true, output };
}

const lanes = await Promise.all([
  lane('checks', ['typecheck', 'lint', 'format:check']),
  lane('build and unit tests', ['build', 'test:unit']),
]);
for (const { name, ok, output } of lanes) {
  console.log(`\n=== ${name}: ${ok ? 'passed' : 'FAILED'} ===${output}`);
}
if (lanes.some((l) => !l.ok)) process.exit(1);

const vitest = (project, env) => run('npx', ['vitest', 'run', '--project', project], { env });
for (const step of [
  () => vitest('api', withoutDatabaseUrl),
  () => run('node', ['scripts/test-postgresql.js']),
  () => vitest('e2e', withoutDatabaseUrl),
]) {
  const { code } = await step();
  if (code !== 0) process.exit(code);
}
