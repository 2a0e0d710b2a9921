#!/usr/bin/env node
// The `seleksi` command runs the built server (dist/server, made by `npm run build`). In a
// development checkout without a build, it runs the TypeScript sources through tsx instead.
import { existsSync } from 'node:fs';

const built = new URL('../dist/server/seleksi.js', import.meta.url);

if (existsSync(built)) {
  await import(built.href);
} else {
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    console.error('Seleksi is not built: run `npm run build` first (or `npm start`).');
    process.exit(1);
  }
  tsx.register();
  await import('../src/cli/main.ts');
}
