import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  createSecretBox,
  isSealed,
  loadSecretKey,
  parseSecretKey,
  SecretKeyError,
  UnreadableSecret,
} from '../../src/services/secret-box';

const key = randomBytes(32);
const box = createSecretBox(key);
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const alice = 'totp:8d3b6f2e-4d1c-4a7b-9f3e-2a1b0c9d8e7f';
const bob = 'totp:0f1e2d3c-4b5a-4968-8776-655443322110';

describe('secret box (AES-256-GCM)', () => {
  test('round trip, in the v1:<iv>:<tag>:<ciphertext> format, with a new IV each time', () => {
    const sealed = box.seal(secret, alice);
    expect(sealed).toMatch(/^v1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(sealed).not.toContain(secret);
    expect(isSealed(sealed)).toBe(true);
    expect(isSealed(secret)).toBe(false);
    expect(box.open(sealed, alice)).toBe(secret);
    expect(box.seal(secret, alice)).not.toBe(sealed);
  });

  test('an altered value does not open: IV, tag or ciphertext', () => {
    const sealed = box.seal(secret, alice);
    const [prefix, ...parts] = sealed.split(':');
    for (let index = 0; index < parts.length; index++) {
      const bytes = Buffer.from(parts[index]!, 'base64url');
      bytes[0]! ^= 1;
      const altered = [
        prefix,
        ...parts.map((p, i) => (i === index ? bytes.toString('base64url') : p)),
      ];
      expect(() => box.open(altered.join(':'), alice)).toThrow(UnreadableSecret);
    }
    for (const broken of ['v1:abc', `v2:${parts.join(':')}`, `${sealed}:x`, 'v1:!!:!!:!!']) {
      expect(() => box.open(broken, alice)).toThrow(UnreadableSecret);
    }
  });

  test('a value copied to another record (another context) or opened with another key does not open', () => {
    const sealed = box.seal(secret, alice);
    expect(() => box.open(sealed, bob)).toThrow(UnreadableSecret);
    expect(() => createSecretBox(randomBytes(32)).open(sealed, alice)).toThrow(UnreadableSecret);
  });

  test('the error names no secret and no key', () => {
    const sealed = box.seal(secret, alice);
    try {
      box.open(sealed, bob);
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).not.toContain(secret);
      expect(message).not.toContain(key.toString('base64'));
      expect(message).toMatch(/SELEKSI_SECRET_KEY/);
    }
  });
});

describe('the key', () => {
  test('32 bytes as hex, base64 or base64url (padding optional)', () => {
    for (const written of [
      key.toString('hex'),
      key.toString('hex').toUpperCase(),
      key.toString('base64'),
      key.toString('base64url'),
      ` ${key.toString('base64')}\n`,
    ]) {
      expect(parseSecretKey(written, 'SELEKSI_SECRET_KEY').equals(key)).toBe(true);
    }
  });

  test('anything else is refused with a message naming the variable and how to make a key', () => {
    for (const wrong of [
      '',
      'rahasia',
      randomBytes(16).toString('base64'),
      randomBytes(31).toString('hex'),
      randomBytes(33).toString('base64'),
      `${key.toString('hex').slice(0, 63)}g`,
    ]) {
      expect(() => parseSecretKey(wrong, 'SELEKSI_SECRET_KEY')).toThrow(SecretKeyError);
    }
    expect(() => parseSecretKey('short', 'SELEKSI_SECRET_KEY')).toThrow(
      /SELEKSI_SECRET_KEY must be 32 random bytes.*openssl rand -base64 32/,
    );
  });

  const dirs: string[] = [];
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'seleksi-key-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test('unset: a new key file (mode 0600) the first time, the same key after', async () => {
    const dataDir = join(newDir(), 'data');
    const first = await loadSecretKey({ fromEnvironment: undefined, dataDir });
    expect(first.source).toBe('new file');
    expect(first.path).toBe(join(dataDir, 'secret.key'));
    if (process.platform !== 'win32') expect(statSync(first.path!).mode & 0o777).toBe(0o600);
    expect(parseSecretKey(readFileSync(first.path!, 'utf8'), 'file').equals(first.key)).toBe(true);
    const again = await loadSecretKey({ fromEnvironment: undefined, dataDir });
    expect(again.source).toBe('file');
    expect(again.key.equals(first.key)).toBe(true);
  });

  test('two starts at once on one data directory agree on one key', async () => {
    const dataDir = newDir();
    const [a, b] = await Promise.all([
      loadSecretKey({ fromEnvironment: undefined, dataDir }),
      loadSecretKey({ fromEnvironment: undefined, dataDir }),
    ]);
    expect(a.key.equals(b.key)).toBe(true);
  });

  test('the environment wins over the file; a malformed value or file stops the start', async () => {
    const dataDir = newDir();
    const fromEnv = await loadSecretKey({ fromEnvironment: key.toString('hex'), dataDir });
    expect(fromEnv).toEqual({ key, source: 'environment' });
    await expect(loadSecretKey({ fromEnvironment: '', dataDir })).rejects.toThrow(
      /SELEKSI_SECRET_KEY must be/,
    );
    writeFileSync(join(dataDir, 'secret.key'), 'bukan kunci\n');
    await expect(loadSecretKey({ fromEnvironment: undefined, dataDir })).rejects.toThrow(
      SecretKeyError,
    );
  });
});
