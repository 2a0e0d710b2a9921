import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the worker thread whose code is `name`. The built server has it beside it
 * (dist/server/<name>.js); run from the sources (development, tests) the worker is TypeScript
 * next to `from` (the caller's import.meta.url), loaded through tsx.
 */
export function startWorkerThread(name: string, from: string, options: WorkerOptions): Worker {
  const built = new URL(`./${name}.js`, from);
  if (existsSync(built)) return new Worker(built, options);
  const source = new URL(`./${name}.ts`, from).href;
  const bootstrap = `import(${JSON.stringify(tsxApi())}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** tsx's ES module API, found from here (a worker's own code resolves from the working folder). */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
}
