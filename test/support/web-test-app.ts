import { testMail } from './test-app';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildApp } from '../../src/server/app';
import { createSecretBox } from '../../src/services/secret-box';
import { openTestDatabase } from './test-database';

/**
 * The app serving a built web app in miniature: `files` maps paths in the web folder to their
 * content; `prepare` runs on the folder before the app starts (the build's precompression, say).
 */
export async function startWebTestApp(
  files: Record<string, string>,
  prepare?: (webDir: string) => void,
) {
  const webDir = mkdtempSync(join(tmpdir(), 'seleksi-web-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(webDir, path)), { recursive: true });
    writeFileSync(join(webDir, path), content);
  }
  prepare?.(webDir);
  const db = await openTestDatabase();
  const app = await buildApp({
    mail: testMail,
    db,
    webDir,
    cvDir: join(webDir, 'cv-files'),
    secretBox: createSecretBox(randomBytes(32)),
    logLevel: 'silent',
  });
  return {
    db,
    app,
    async close() {
      await app.close();
      await db.close();
      rmSync(webDir, { recursive: true, force: true });
    },
  };
}

export type WebTestApp = Awaited<ReturnType<typeof startWebTestApp>>;
