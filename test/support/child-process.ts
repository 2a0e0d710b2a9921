import { spawn, type ChildProcess } from 'node:child_process';

/** Runs a TypeScript file in a new Node process (through tsx), collecting its output lines. */
export function runTypeScript(file: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk) => output.push(String(chunk)));
  child.stderr!.on('data', (chunk) => output.push(String(chunk)));
  return { child, output };
}

/** Resolves with the first output line matching `pattern`, or fails when the process ends first. */
export function waitForLine(
  run: { child: ChildProcess; output: string[] },
  pattern: RegExp,
  timeoutMs = 60_000,
): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = run.output.join('').match(pattern);
      if (match) {
        finish();
        resolve(match);
      }
    };
    const fail = (why: string) => {
      finish();
      reject(new Error(`${why}; output:\n${run.output.join('')}`));
    };
    const onExit = () => fail('the process ended');
    const timer = setTimeout(() => fail(`no line matching ${pattern}`), timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      run.child.stdout!.off('data', check);
      run.child.off('exit', onExit);
    };
    run.child.stdout!.on('data', check);
    run.child.on('exit', onExit);
    check();
  });
}

export function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
