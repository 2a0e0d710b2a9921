/**
 * The database server cannot be reached right now: it is restarting, shutting down, refusing
 * connections or dropped ours. Nothing is wrong with the request, so the API answers 503 and asks
 * the client to try again in a moment (see error-handler.ts), instead of a 500.
 */
export class DatabaseUnavailable extends Error {
  constructor(cause: unknown) {
    super('The database is unavailable.', { cause });
    this.name = 'DatabaseUnavailable';
  }
}

/**
 * PostgreSQL's own words for "not now": class 08 (connection exception), the three shutdown and
 * start-up states of class 57P, and a server out of connection slots.
 */
const unavailableStates = new Set([
  '57P01', // admin_shutdown: the server is stopping (fast shutdown, restart) and ends sessions
  '57P02', // crash_shutdown: another backend crashed and the server is resetting
  '57P03', // cannot_connect_now: "the database system is starting up" / "is shutting down"
  '53300', // too_many_connections: every slot is taken, one frees up soon
]);

/** The socket's own failures: nobody listens, the peer hung up, the network is not there. */
const socketErrors = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * node-postgres reports a lost connection and a pool that could not connect in time with plain
 * messages, no code; these are its words (pg 8, pg-pool 3).
 */
const driverMessages = [
  'Connection terminated', // …unexpectedly, …due to connection timeout, or while ending
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
];

/** Whether `error` means the server was unreachable, as opposed to a fault of the statement. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailable) return true;
  if (!(error instanceof Error)) return false;
  // Connecting to a name with several addresses fails with one error per address.
  if (error instanceof AggregateError && error.errors.some(isDatabaseUnavailable)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (/^08[0-9A-Z]{3}$/.test(code) || unavailableStates.has(code) || socketErrors.has(code)) {
      return true;
    }
  }
  return driverMessages.some((words) => error.message.startsWith(words));
}
