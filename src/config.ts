import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgliteThread } from './db/database';

/** Settings from the environment, read in one place. */
export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  /**
   * SELEKSI_PGLITE_THREAD=worker: run the embedded database in a worker thread of its own, so a
   * heavy statement no longer stalls every other request. Off (`main`) by default until it has
   * passed the scale bench (see db/pglite-thread.ts).
   */
  pgliteThread: PgliteThread;
  /** Uploaded CVs, one file per SHA-256 of the content. */
  cvDir: string;
  port: number;
  host: string;
  logLevel: string;
  webDir: string;
  /** An SMTP server for outgoing e-mail; unset keeps every message in the built-in outbox. */
  smtpUrl: string | undefined;
  /**
   * The key that encrypts TOTP secrets at rest, as given (hex or base64; checked at start).
   * Unset: a key file in the data directory. Set but empty is an error, not "unset": an empty
   * value is more likely a deployment mistake than a wish for a key file.
   */
  secretKey: string | undefined;
  /** Behind a reverse proxy (TRUST_PROXY=true): trust its X-Forwarded-* headers. */
  trustProxy: boolean;
  /** SELEKSI_CHECK_RESPONSES=true: check every reply against its schema (development). */
  checkResponses: boolean;
  /**
   * SELEKSI_WEBHOOK_LOOPBACK=true: webhook endpoints may be plain http:// on 127.0.0.1, localhost
   * or ::1 (development and tests). Otherwise every endpoint must be HTTPS.
   */
  allowLoopbackWebhooks: boolean;
  /** SELEKSI_DEMO=false: serve without loading the demo company into an empty database. */
  loadDemo: boolean;
  /** SELEKSI_PUBLIC_URL as given: the address candidates use (links in e-mails). */
  publicUrl: string | undefined;
  /** What outgoing e-mail says about this installation (SELEKSI_PUBLIC_URL, SMTP_FROM, …). */
  mail: MailSettings;
}

/**
 * What outgoing e-mail needs to know about this installation: where the app is reached (for
 * portal links), the company's name and the sender address.
 */
export interface MailSettings {
  publicUrl: string;
  companyName: string;
  from: string;
}

/** The folder of package.json: two levels up from the built dist/server, one from src. */
export const packageRoot = findPackageRoot(fileURLToPath(new URL('.', import.meta.url)));

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..');
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.SELEKSI_DATA_DIR || 'data');
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    pgliteThread: env.SELEKSI_PGLITE_THREAD === 'worker' ? 'worker' : 'main',
    cvDir: env.SELEKSI_CV_DIR ? resolve(env.SELEKSI_CV_DIR) : join(dataDir, 'cv-files'),
    port: Number(env.PORT || 3000),
    host: env.HOST || '127.0.0.1',
    logLevel: env.LOG_LEVEL || 'info',
    webDir: resolve(packageRoot, 'dist/web'),
    smtpUrl: env.SMTP_URL || undefined,
    secretKey: env.SELEKSI_SECRET_KEY,
    trustProxy: env.TRUST_PROXY === 'true',
    checkResponses: env.SELEKSI_CHECK_RESPONSES === 'true',
    allowLoopbackWebhooks: env.SELEKSI_WEBHOOK_LOOPBACK === 'true',
    loadDemo: env.SELEKSI_DEMO !== 'false',
    publicUrl: env.SELEKSI_PUBLIC_URL || undefined,
    mail: readMailSettings(env),
  };
}

export function readMailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const host = env.HOST || '127.0.0.1';
  return {
    publicUrl: (env.SELEKSI_PUBLIC_URL || `http://${host}:${env.PORT || 3000}`).replace(/\/+$/, ''),
    companyName: env.SELEKSI_COMPANY_NAME || 'PT Pasar Rakyat Digital',
    from: env.SMTP_FROM || 'Seleksi <no-reply@seleksi.local>',
  };
}
