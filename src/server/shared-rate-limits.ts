import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { createHash } from 'node:crypto';
import type { Database } from '../db/database';
import { countHit, sweepEndedWindows } from '../db/queries/rate-limit-counters';

/** How often one instance clears ended windows out of the table. */
const sweepEveryMs = 5 * 60_000;

/**
 * A @fastify/rate-limit store that counts in PostgreSQL, so a client spreading requests over
 * several instances is limited as if there were one. One row per route and client; the row's
 * key is a hash, so the table holds no client addresses.
 */
export function sharedRateLimitStore(db: Database): FastifyRateLimitStoreCtor {
  let lastSweep = Date.now();
  const storeFor = (route: string): FastifyRateLimitStore => ({
    incr(client, callback, timeWindow?: number) {
      const key = createHash('sha256').update(`${route}\n${client}`).digest('base64url');
      countHit(db, key, timeWindow ?? 60_000).then(
        ({ hits, msLeft }) => callback(null, { current: hits, ttl: msLeft }),
        (error: Error) => callback(error),
      );
      if (Date.now() - lastSweep > sweepEveryMs) {
        lastSweep = Date.now();
        // Housekeeping only: a failed sweep is retried at the next one.
        sweepEndedWindows(db).catch(() => undefined);
      }
    },
    // The plugin passes the route it is creating as `routeInfo` (missing from its types).
    child: (options) => {
      const { routeInfo } = options as { routeInfo?: { method?: unknown; url?: unknown } };
      return storeFor(`${String(routeInfo?.method)} ${String(routeInfo?.url)}`);
    },
  });
  return class {
    constructor() {
      return storeFor('');
    }
  } as unknown as FastifyRateLimitStoreCtor;
}
