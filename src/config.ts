import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Settings from the environment, read in one place. */
export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  logLevel: string;
  webDir: string;
  /** An SMTP server for outgoing e-mail; unset keeps every message in the built-in outbox. */
  smtpUrl: string | undefined;
}

export const packageRoot = fileURLToPath(new URL('..', import.meta.url));

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.SELEKSI_DATA_DIR || 'data'),
    port: Number(env.PORT || 3000),
    host: env.HOST || '127.0.0.1',
    logLevel: env.LOG_LEVEL || 'info',
    webDir: resolve(packageRoot, 'dist/web'),
    smtpUrl: env.SMTP_URL || undefined,
  };
}
