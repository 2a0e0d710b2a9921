import {
  createCipheriv,
  createDecipheriv,
  createSecretKey,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Encryption at rest for the few secrets the server must read back (TOTP secrets), so a copy of
 * the database (a backup, a dump, a read-only SQL hole) does not hand them out. AES-256-GCM with a
 * random 96-bit IV per value; `context` (e.g. the owner's user id) is bound as additional
 * authenticated data, so a value copied onto another row, or altered, does not open.
 */
export interface SecretBox {
  seal(plaintext: string, context: string): string;
  /** The plaintext; throws UnreadableSecret for an altered value, another context or another key. */
  open(sealed: string, context: string): string;
}

/** Stored as `v1:<iv>:<tag>:<ciphertext>`, each part base64url; the version leaves room for change. */
const version = 'v1';
const ivBytes = 12;
const tagBytes = 16;
const keyBytes = 32;

/** Whether a stored value is in the sealed format (rather than clear text written before it). */
export function isSealed(stored: string): boolean {
  return stored.startsWith(`${version}:`);
}

export class UnreadableSecret extends Error {
  constructor(reason: string) {
    super(
      `A stored secret could not be decrypted (${reason}): it was altered, belongs to another ` +
        'record, or was sealed with another key than SELEKSI_SECRET_KEY / secret.key.',
    );
    this.name = 'UnreadableSecret';
  }
}

export function createSecretBox(key: Uint8Array): SecretBox {
  if (key.length !== keyBytes) throw new Error(`A secret box needs a ${keyBytes}-byte key.`);
  // A KeyObject keeps the key out of anything that prints or serialises this module's values.
  const keyObject: KeyObject = createSecretKey(Buffer.from(key));
  return {
    seal(plaintext, context) {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', keyObject, iv, { authTagLength: tagBytes });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'));
      return [version, ...parts].join(':');
    },
    open(sealed, context) {
      const [prefix, ...parts] = sealed.split(':');
      const bytes = parts.map((part) => Buffer.from(part, 'base64url'));
      // Canonical base64url only: Node's decoder skips stray characters, which would let two
      // spellings of one value exist.
      const canonical = bytes.every((b, i) => b.toString('base64url') === parts[i]);
      const [iv, tag, ciphertext] = bytes as [Buffer, Buffer, Buffer];
      if (prefix !== version || parts.length !== 3 || !canonical) {
        throw new UnreadableSecret('not in the v1 format');
      }
      if (iv.length !== ivBytes || tag.length !== tagBytes) {
        throw new UnreadableSecret('not in the v1 format');
      }
      const decipher = createDecipheriv('aes-256-gcm', keyObject, iv, { authTagLength: tagBytes });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
      } catch {
        throw new UnreadableSecret('authentication failed');
      }
    },
  };
}

/** The key is missing its 32 bytes or is not written in hex or base64: the server must not start. */
export class SecretKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretKeyError';
  }
}

/** 32 bytes written as 64 hex digits, or in base64 (standard or URL-safe, padding optional). */
export function parseSecretKey(text: string, origin: string): Buffer {
  const value = text.trim();
  // Hex first: 64 hex digits are also valid base64, of the wrong length.
  const bytes = /^[0-9a-f]{64}$/i.test(value)
    ? Buffer.from(value, 'hex')
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(value)
      ? Buffer.from(value, 'base64')
      : undefined;
  if (bytes?.length !== keyBytes) {
    throw new SecretKeyError(
      `${origin} must be ${keyBytes} random bytes written as 64 hex digits or in base64 ` +
        '(make one with: openssl rand -base64 32).',
    );
  }
  return bytes;
}

export const secretKeyFileName = 'secret.key';

export interface LoadedSecretKey {
  key: Buffer;
  /** Where it came from: the environment, the key file, or a key file made by this start. */
  source: 'environment' | 'file' | 'new file';
  /** The key file, unless the key came from the environment. */
  path?: string;
}

/**
 * The key from SELEKSI_SECRET_KEY when set; otherwise from `<data dir>/secret.key`, made with a
 * new random key (mode 0600) the first time. Several app instances sharing one database need the
 * same key, so they should all get it from the environment.
 */
export async function loadSecretKey(options: {
  fromEnvironment: string | undefined;
  dataDir: string;
}): Promise<LoadedSecretKey> {
  if (options.fromEnvironment !== undefined) {
    return {
      key: parseSecretKey(options.fromEnvironment, 'SELEKSI_SECRET_KEY'),
      source: 'environment',
    };
  }
  const path = join(options.dataDir, secretKeyFileName);
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing !== undefined) return { key: parseSecretKey(existing, path), source: 'file', path };

  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(keyBytes);
  // Written aside, then linked into place: link() never replaces a file, so when two instances
  // start together on one data directory, one key wins, whole, and the other instance reads it.
  const aside = `${path}.${randomBytes(6).toString('hex')}.part`;
  await writeFile(aside, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(aside, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { key: parseSecretKey(await readFile(path, 'utf8'), path), source: 'file', path };
  } finally {
    await rm(aside, { force: true });
  }
  return { key, source: 'new file', path };
}
