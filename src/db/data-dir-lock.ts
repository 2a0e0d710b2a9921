import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * One process at a time in a PGlite data directory. PGlite has no lock of its own: two processes
 * that opened the same directory both spun at full CPU and PGlite later aborted. The lock is a
 * file beside the directory (`<dir>.lock`, so it is never copied with the data nor mistaken for
 * part of it), created atomically (O_EXCL) with the holder's identity in it.
 *
 * A lock left by a process that is gone (kill -9, a crash, a power cut) does not block the next
 * start: it is stale when its process no longer runs, when the PID now belongs to another process
 * (its start time differs: a container's PID 1 after a restart), or when it was written before the
 * machine last booted.
 */
export class DataDirLocked extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `the data directory ${dataDir} is in use by another Seleksi process (PID ${holder.pid}, ` +
        `since ${holder.since}). Stop that process first, or give this one another SELEKSI_DATA_DIR.`,
    );
    this.name = 'DataDirLocked';
  }
}

/** Who holds a lock: written into the lock file as JSON. */
export interface LockHolder {
  pid: number;
  /** The process's start time in clock ticks since boot (Linux), telling a reused PID apart. */
  started: string | null;
  /** The kernel's boot id (Linux): a lock from before the last boot is stale whatever its PID. */
  boot: string | null;
  since: string;
}

export interface DataDirLock {
  /** Removes the lock (only if it is still this process's own). */
  release(): void;
}

/** Takes the lock on `dataDir` or throws DataDirLocked naming the process that holds it. */
export function lockDataDir(dataDir: string): DataDirLock {
  const directory = resolve(dataDir);
  const file = `${directory}.lock`;
  mkdirSync(dirname(file), { recursive: true });
  const me: LockHolder = {
    pid: process.pid,
    started: processStarted(process.pid),
    boot: bootId(),
    since: new Date().toISOString(),
  };
  const text = `${JSON.stringify(me)}\n`;
  // A few rounds at most: each one either takes the lock, finds a live holder, or clears a stale one.
  for (let round = 0; round < 5; round++) {
    if (createLock(file, text)) return ownLock(file, text);
    const holder = readHolder(file);
    if (holder === 'gone') continue;
    if (holder && isAlive(holder)) throw new DataDirLocked(directory, holder);
    clearStale(file);
  }
  throw new Error(`Could not lock the data directory ${directory}: its lock keeps changing.`);
}

/**
 * Creates the lock file with `text` in it, or returns false when it exists. The text is written to
 * a file of this process's own first and then hard-linked into place (atomic, and failing if the
 * lock exists), so nobody ever reads a lock that is still being written.
 */
function createLock(file: string, text: string): boolean {
  const own = `${file}.${process.pid}`;
  writeFileSync(own, text);
  try {
    linkSync(own, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links: an exclusive create, then the write.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    try {
      writeFileSync(file, text, { flag: 'wx' });
      return true;
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw again;
    }
  } finally {
    rmSync(own, { force: true });
  }
}

function ownLock(file: string, text: string): DataDirLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    // Another process may have judged it stale and taken it over (it cannot be, while we run;
    // but never remove someone else's lock).
    if (readText(file) === text) rmSync(file, { force: true });
  };
  // A process that exits without closing its database still leaves no lock behind.
  process.once('exit', release);
  return { release };
}

/**
 * Removes a stale lock. Two processes may judge the same lock stale at once: each moves it aside
 * under its own name (rename is atomic, so only one of them gets the file) and looks at what it
 * moved: if that is a live lock (the other process had already cleared the stale one and taken
 * over), it puts it back.
 */
function clearStale(file: string): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readHolder(aside);
  if (moved && moved !== 'gone' && isAlive(moved)) {
    try {
      linkSync(aside, file);
    } catch {
      // Someone has taken the lock meanwhile: the next round reads who.
    }
  }
  rmSync(aside, { force: true });
}

/** The holder in a lock file; undefined when unreadable (damaged), 'gone' when it was removed. */
function readHolder(file: string): LockHolder | undefined | 'gone' {
  const text = readText(file);
  if (text === undefined) return existsSync(file) ? undefined : 'gone';
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function isAlive(holder: LockHolder): boolean {
  const boot = bootId();
  if (holder.boot && boot && holder.boot !== boot) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = processStat(holder.pid);
  // A zombie (killed, not yet reaped by its parent) holds nothing any more.
  if (stat?.[0] === 'Z') return false;
  const started = stat?.[19] ?? null;
  return !(holder.started && started && holder.started !== started);
}

/** The boot id on Linux; null elsewhere (the PID check alone then decides). */
function bootId(): string | null {
  return readText('/proc/sys/kernel/random/boot_id')?.trim() || null;
}

/** A process's start time (field 22 of /proc/PID/stat) on Linux; null elsewhere. */
function processStarted(pid: number): string | null {
  return processStat(pid)?.[19] ?? null;
}

/** The fields of /proc/PID/stat from the third (the state) on; undefined off Linux. */
function processStat(pid: number): string[] | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  // The command name (field 2) is in parentheses and may hold spaces: count from after it.
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
}
