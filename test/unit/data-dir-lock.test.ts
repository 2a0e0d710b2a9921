import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLocked, lockDataDir } from '../../src/db/data-dir-lock';

/** One process at a time in a PGlite data directory; a lock left by a dead process never blocks. */
describe('the data directory lock', () => {
  const work = mkdtempSync(join(tmpdir(), 'seleksi-lock-test-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let next = 0;
  const freshDir = () => join(work, `dir-${next++}`, 'pglite');

  it('is held by one opener; a second is refused, naming the directory and the PID', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    expect(existsSync(`${dir}.lock`)).toBe(true);
    let refusal: unknown;
    try {
      lockDataDir(dir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirLocked);
    expect((refusal as Error).message).toContain(dir);
    expect((refusal as Error).message).toContain(`PID ${process.pid}`);
    lock.release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    lockDataDir(dir).release();
  });

  it('takes over a lock whose process is gone (kill -9 leaves one behind)', () => {
    const dir = freshDir();
    lockDataDir(dir).release();
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
      encoding: 'utf8',
    });
    const deadPid = Number(gone.stdout.trim());
    writeStaleLock(dir, { pid: deadPid, started: null, boot: null });
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(`${dir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  // Boot ids and process start times are read from /proc.
  it.skipIf(!existsSync('/proc/self/stat'))(
    'takes over a lock written before the machine last booted, or by an earlier owner of the PID',
    () => {
      const dir = freshDir();
      lockDataDir(dir).release();
      writeStaleLock(dir, { pid: process.pid, started: null, boot: 'another-boot' });
      lockDataDir(dir).release();
      // The same PID, started at another time: a container's PID 1 after a restart.
      writeStaleLock(dir, { pid: process.pid, started: '1', boot: null });
      lockDataDir(dir).release();
    },
  );

  it('takes over a damaged lock file', () => {
    const dir = freshDir();
    lockDataDir(dir).release();
    writeFileSync(`${dir}.lock`, '');
    lockDataDir(dir).release();
  });

  it('leaves a lock it no longer owns alone when released', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    writeFileSync(`${dir}.lock`, 'someone else');
    lock.release();
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe('someone else');
  });
});

function writeStaleLock(
  dir: string,
  holder: { pid: number; started: string | null; boot: string | null },
): void {
  writeFileSync(`${dir}.lock`, JSON.stringify({ ...holder, since: new Date(0).toISOString() }));
}
