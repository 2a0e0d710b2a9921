/**
 * Answers of heavy GET routes kept in this process per user and URL (issue 19), so the same screen
 * asked again costs a lookup instead of its queries, row parsing and JSON.
 *
 * Never stale after a committed change, on any instance: an answer is stored with the data's
 * versions (migrations 048 and 052: the areas its route reads, answer-areas.ts) that its request
 * read with the session, before the handler read anything, and is served only to a request that
 * read the same versions. Every committed write bumps the versions of the areas it changed in its
 * own transaction, so the first request after it that reads one of those areas misses.
 * An answer computed from a newer state than its version (a write committed while it ran) is only
 * ever fresher than what its readers could see. What the clock alone changes (a card's "overdue"
 * flag past a deadline) is kept at most `lifetimeMs`, as if the screen had been loaded that much
 * earlier.
 */
export interface AnswerCache {
  /**
   * The serialized answer stored for this key at exactly this version, if still fresh. A version
   * is one number per area the answer reads, joined by '.' (always the same areas for one key).
   */
  get(key: string, version: string): string | undefined;
  set(key: string, version: string, body: string): void;
  /**
   * The answer kept for this key and version, else the one being computed for them by another
   * request (one computation for many readers of a screen at once), else `compute`'s, then kept.
   */
  answer(
    key: string,
    version: string,
    compute: () => Promise<string>,
  ): Promise<{ body: string; kept: boolean }>;
}

/** No screen's address is longer; a longer one (padded query strings) is not worth keeping. */
const maxKeyLength = 2_048;
/** Many tiny answers cost more than their bytes (a Map entry each). */
const maxEntries = 20_000;

interface Entry {
  version: bigint[];
  storedAt: number;
  body: string;
}

export function answerCache({
  maxBytes = 32 * 1024 * 1024,
  lifetimeMs = 5_000,
  now = Date.now,
}: { maxBytes?: number; lifetimeMs?: number; now?: () => number } = {}): AnswerCache {
  // A Map iterates in insertion order: re-inserting on use makes the first entry the least recent.
  const entries = new Map<string, Entry>();
  let bytes = 0;
  // The key counts too: a URL may carry long query strings the route ignores (review of scale25).
  const sizeOf = (key: string, entry: Entry) => key.length + entry.body.length;
  const drop = (key: string, entry: Entry) => {
    entries.delete(key);
    bytes -= sizeOf(key, entry);
  };
  // Computations under way, by key and version: identical requests meanwhile wait for them.
  const computing = new Map<string, Promise<string>>();
  const cache: AnswerCache = {
    async answer(key, version, compute) {
      const body = cache.get(key, version);
      if (body !== undefined) return { body, kept: true };
      const id = `${version} ${key}`;
      const running = computing.get(id);
      if (running) return { body: await running, kept: true };
      const computed = compute().then((result) => {
        cache.set(key, version, result);
        return result;
      });
      computing.set(id, computed);
      try {
        return { body: await computed, kept: false };
      } finally {
        computing.delete(id);
      }
    },
    get(key, version) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      const order = compare(entry.version, parse(version));
      if (Math.abs(now() - entry.storedAt) >= lifetimeMs || order === 'older') {
        // Older than the clock allows, or than the data the request sees: never useful again.
        drop(key, entry);
        return undefined;
      }
      // A request that read an older version than the answer's waits for its own.
      if (order !== 'same') return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.body;
    },
    set(key, version, body) {
      if (key.length + body.length > maxBytes / 8 || key.length > maxKeyLength) return;
      const existing = entries.get(key);
      const parsed = parse(version);
      // A slow request that read an older version must not replace a newer answer.
      if (existing && compare(parsed, existing.version) === 'older') return;
      if (existing) drop(key, existing);
      const entry = { version: parsed, storedAt: now(), body };
      entries.set(key, entry);
      bytes += sizeOf(key, entry);
      for (const [oldest, stored] of entries) {
        if (bytes <= maxBytes && entries.size <= maxEntries) break;
        drop(oldest, stored);
      }
    },
  };
  return cache;
}

const parse = (version: string): bigint[] => version.split('.').map((part) => BigInt(part));

/**
 * How version `a` stands to `b`: older when no area is newer and one is older. Versions of one
 * area only grow, so 'mixed' (some areas newer, some older) is two requests that overlapped.
 */
function compare(a: bigint[], b: bigint[]): 'same' | 'older' | 'newer' | 'mixed' {
  let older = a.length !== b.length;
  let newer = older;
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    if (a[index]! < b[index]!) older = true;
    if (a[index]! > b[index]!) newer = true;
  }
  if (older && newer) return 'mixed';
  return older ? 'older' : newer ? 'newer' : 'same';
}
