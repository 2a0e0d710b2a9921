import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CvStoreSettings } from '../../config';
import { NotFound } from '../errors';
import { s3CvStore } from './s3-cv-store';

/**
 * Where CV bytes live: one file per distinct content, named by its SHA-256. The name is ours,
 * never the uploader's, so no upload can choose a path; the same CV uploaded twice is stored once.
 */
export interface CvStore {
  save(bytes: Uint8Array): Promise<string>;
  /** The bytes; NotFound when none are stored under this hash. */
  read(sha256: string): Promise<Buffer>;
  /** Deletes the bytes (erasure); a file already gone is fine. */
  remove(sha256: string): Promise<void>;
}

/** The store configured (readConfig: SELEKSI_CV_STORE, SELEKSI_CV_DIR). */
export function openCvStore(settings: CvStoreSettings): CvStore {
  return settings.kind === 's3' ? s3CvStore(settings) : fileCvStore(settings.dir);
}

const hashPattern = /^[0-9a-f]{64}$/;

/** The name a store keeps the bytes under: the hash itself, checked so no caller picks a path. */
export function cvFileName(sha256: string): string {
  if (!hashPattern.test(sha256)) throw new Error('Not a SHA-256 hash.');
  return sha256;
}

export function fileCvStore(dir: string): CvStore {
  let ready: Promise<unknown> | undefined;
  const pathOf = (sha256: string) => join(dir, cvFileName(sha256));
  return {
    async save(bytes) {
      ready ??= mkdir(dir, { recursive: true, mode: 0o700 });
      await ready;
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha256);
      const exists = await stat(target).then(
        () => true,
        () => false,
      );
      if (!exists) {
        // Write aside, then rename: a reader never sees half a file, even with several instances.
        const temporary = `${target}.${randomBytes(6).toString('hex')}.part`;
        await writeFile(temporary, bytes, { mode: 0o600 });
        await rename(temporary, target);
      }
      return sha256;
    },
    read: (sha256) =>
      readFile(pathOf(sha256)).catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'ENOENT' ? new NotFound('CV file') : error;
      }),
    remove: (sha256) => rm(pathOf(sha256), { force: true }),
  };
}
