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
  /** Uploaded CVs, one file per SHA-256 of the content (the disk store's folder). */
  cvDir: string;
  /**
   * Where uploaded CVs are kept: this folder (default), or an S3-compatible bucket shared by
   * several instances (SELEKSI_CV_STORE=s3://bucket/prefix).
   */
  cvStore: CvStoreSettings;
  port: number;
  host: string;
  logLevel: string;
  webDir: string;
  /** The migrated PGlite data directory an empty one starts from (made by `npm run build`). */
  pgliteTemplateDir: string;
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
  /** SELEKSI_ANSWER_CACHE=off: compute every answer anew (server/answer-cache.ts; benches). */
  cacheAnswers: boolean;
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

export type CvStoreSettings = { kind: 'disk'; dir: string } | ({ kind: 's3' } & S3Settings);

/** An S3-compatible bucket (AWS S3, MinIO, Ceph, R2, …) and how to reach it. */
export interface S3Settings {
  bucket: string;
  /** Keys are `<prefix><sha256>`; empty or ending in `/`. */
  prefix: string;
  /** SELEKSI_S3_ENDPOINT: a server other than AWS's (e.g. http://minio:9000). */
  endpoint: string | undefined;
  region: string;
  /** Unset: the AWS SDK's own chain (instance role, shared profile). */
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | undefined;
  /** `https://host/bucket/key` rather than `https://bucket.host/key` (most self-hosted servers). */
  forcePathStyle: boolean;
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
  const cvDir = env.SELEKSI_CV_DIR ? resolve(env.SELEKSI_CV_DIR) : join(dataDir, 'cv-files');
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    pgliteThread: env.SELEKSI_PGLITE_THREAD === 'worker' ? 'worker' : 'main',
    cvDir,
    cvStore: readCvStoreSettings(env, cvDir),
    port: Number(env.PORT || 3000),
    host: env.HOST || '127.0.0.1',
    logLevel: env.LOG_LEVEL || 'info',
    webDir: resolve(packageRoot, 'dist/web'),
    pgliteTemplateDir: resolve(packageRoot, 'dist/pglite-template'),
    smtpUrl: env.SMTP_URL || undefined,
    secretKey: env.SELEKSI_SECRET_KEY,
    trustProxy: env.TRUST_PROXY === 'true',
    checkResponses: env.SELEKSI_CHECK_RESPONSES === 'true',
    cacheAnswers: env.SELEKSI_ANSWER_CACHE !== 'off',
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

/** Thrown for a setting that cannot be used; the message names the variable. */
export class ConfigError extends Error {}

/** SELEKSI_CV_STORE: unset for the folder, `s3://bucket/prefix` for a bucket. */
export function readCvStoreSettings(env: NodeJS.ProcessEnv, cvDir: string): CvStoreSettings {
  const where = env.SELEKSI_CV_STORE;
  if (!where) return { kind: 'disk', dir: cvDir };
  const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(where);
  if (!match) {
    throw new ConfigError(
      `SELEKSI_CV_STORE must be s3://bucket or s3://bucket/prefix (or unset for ${cvDir}).`,
    );
  }
  const prefix = match[2] ?? '';
  const endpoint = env.SELEKSI_S3_ENDPOINT || undefined;
  const accessKeyId = env.SELEKSI_S3_ACCESS_KEY_ID || env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.SELEKSI_S3_SECRET_ACCESS_KEY || env.AWS_SECRET_ACCESS_KEY;
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new ConfigError(
      'Set both SELEKSI_S3_ACCESS_KEY_ID and SELEKSI_S3_SECRET_ACCESS_KEY, or neither.',
    );
  }
  const sessionToken = env.SELEKSI_S3_SESSION_TOKEN || env.AWS_SESSION_TOKEN;
  const pathStyle = env.SELEKSI_S3_FORCE_PATH_STYLE;
  return {
    kind: 's3',
    bucket: match[1]!,
    prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix,
    endpoint,
    region: env.SELEKSI_S3_REGION || env.AWS_REGION || 'us-east-1',
    credentials:
      accessKeyId && secretAccessKey
        ? { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) }
        : undefined,
    // Self-hosted servers (given by an endpoint) mostly want path-style addresses; AWS does not.
    forcePathStyle: pathStyle ? pathStyle === 'true' : endpoint !== undefined,
  };
}
