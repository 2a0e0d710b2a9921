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
 *
 * Some answers depend on rows the URL does not name: a list on the candidates it shows (migration
 * 060). Such an answer tells its areas when computed (`Computed.areas`); the cache remembers them
 * per address (`told`), the next request reads them with its session, and only an answer whose
 * every told area that request read is kept (the first computation of an address is not: its
 * request could not read them yet).
 */
export interface AnswerCache {
  /**
   * The serialized answer stored for this key at exactly this version, if still fresh. A version
   * is one number per area the answer reads, joined by '.' (always the same areas for one key).
   * With `read` (the areas the request read, in the version's order after 048's number), an
   * answer that told its own areas (`Computed.areas`) is compared on those alone.
   */
  get(key: string, version: string, read?: readonly string[]): string | undefined;
  /** `areas`: what the answer told (`Computed.areas`), kept only if `read` holds them all. */
  set(key: string, version: string, body: string, read?: Told, areas?: readonly string[]): void;
  /**
   * The answer kept for this key and version, else the one being computed for them by another
   * request (one computation for many readers of a screen at once), else `compute`'s, then kept.
   */
  answer(
    key: string,
    version: string,
    compute: () => Promise<Computed>,
    read?: Told,
  ): Promise<{ body: string; kept: boolean }>;
  /**
   * The areas answers of this address told last (a list's shown candidates, what its reader may
   * see), for the next request to read with its session before it looks up its answer.
   */
  told(address: string): string[];
}

/** A computed answer; `areas`: every area it depends on, when it tells them itself. */
export interface Computed {
  body: string;
  areas?: readonly string[];
}

/** What a request read (`read`: areas in its version's order) and which address it asked. */
export interface Told {
  address: string;
  read: readonly string[];
}

/** No screen's address is longer; a longer one (padded query strings) is not worth keeping. */
const maxKeyLength = 2_048;
/** Many tiny answers cost more than their bytes (a Map entry each). */
const maxEntries = 20_000;
/** Answers of one address told so many area lists lately (readers who see different rows). */
const toldPerAddress = 3;
/** More areas than that are not worth reading with every session: the answer names its tables. */
const maxToldAreas = 200;

interface Entry {
  /** The versions of `areas` (after 048's number), or of every area the request read. */
  version: bigint[];
  /** The areas the answer told (`Computed.areas`); undefined: the request's whole version. */
  areas?: readonly string[];
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
  // The area lists answers of an address told lately, newest first (at most maxEntries addresses).
  const lately = new Map<string, (readonly string[])[]>();
  const tell = (address: string, areas: readonly string[]) => {
    if (address.length > maxKeyLength) return;
    const before = lately.get(address) ?? [];
    const others = before.filter((told) => !sameAreas(told, areas));
    lately.delete(address);
    lately.set(address, [areas, ...others].slice(0, toldPerAddress));
    if (lately.size > maxEntries) lately.delete(lately.keys().next().value!);
  };
  // Computations under way, by key and version: identical requests meanwhile wait for them.
  const computing = new Map<string, Promise<string>>();
  const cache: AnswerCache = {
    async answer(key, version, compute, read) {
      const body = cache.get(key, version, read?.read);
      if (body !== undefined) return { body, kept: true };
      const id = `${version} ${read?.read.join(' ') ?? ''} ${key}`;
      const running = computing.get(id);
      if (running) return { body: await running, kept: true };
      const computed = compute().then((result) => {
        if (result.areas && read) tell(read.address, result.areas);
        cache.set(
          key,
          version,
          result.body,
          read && result.areas ? { address: read.address, read: read.read } : undefined,
          result.areas,
        );
        return result.body;
      });
      computing.set(id, computed);
      try {
        return { body: await computed, kept: false };
      } finally {
        computing.delete(id);
      }
    },
    get(key, version, read) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      const seen = versionOf(parse(version), read, entry.areas);
      // The request did not read every area the answer told: it cannot tell whether it is fresh.
      if (!seen) return undefined;
      const order = compare(entry.version, seen);
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
    set(key, version, body, read, areas) {
      if (key.length + body.length > maxBytes / 8 || key.length > maxKeyLength) return;
      const parsed = versionOf(parse(version), read?.read, areas);
      // Told areas the request had not read (their first answer): the next request reads them.
      if (!parsed) return;
      const existing = entries.get(key);
      // A slow request that read an older version must not replace a newer answer.
      if (
        existing &&
        sameAreas(existing.areas, areas) &&
        compare(parsed, existing.version) === 'older'
      )
        return;
      if (existing) drop(key, existing);
      const entry: Entry = { version: parsed, storedAt: now(), body };
      if (areas && read) entry.areas = [...areas];
      entries.set(key, entry);
      bytes += sizeOf(key, entry);
      for (const [oldest, stored] of entries) {
        if (bytes <= maxBytes && entries.size <= maxEntries) break;
        drop(oldest, stored);
      }
    },
    told(address) {
      return [...new Set((lately.get(address) ?? []).flat())].slice(0, maxToldAreas);
    },
  };
  return cache;
}

const sameAreas = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.join(' ') === b.join(' '));

/**
 * The versions that matter to an answer: the whole version read (048's number, then each area),
 * or, for an answer that told its `areas`, 048's number and those areas' versions as `read` holds
 * them; undefined when the request read not all of them.
 */
function versionOf(
  version: bigint[],
  read: readonly string[] | undefined,
  areas: readonly string[] | undefined,
): bigint[] | undefined {
  if (!areas || !read) return version;
  const at = new Map(read.map((area, index) => [area, index + 1]));
  const picked = [version[0]!];
  for (const area of areas) {
    const index = at.get(area);
    if (index === undefined || version[index] === undefined) return undefined;
    picked.push(version[index]);
  }
  return picked;
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
