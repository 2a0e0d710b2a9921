import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { DatabaseUnavailable, isDatabaseUnavailable } from '../../src/db/unavailable';
import { freePort } from '../support/free-port';

/** An error as node-postgres reports what the server said: its SQLSTATE in `code`. */
function serverSaid(code: string, message: string) {
  const error = new pg.DatabaseError(message, message.length, 'error');
  error.code = code;
  return error;
}

/** A socket failure as Node reports it. */
const socketError = (code: string) =>
  Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code });

describe('which database errors mean "unavailable, try again shortly"', () => {
  test.each([
    ['08006', 'connection failure'],
    ['08001', 'could not establish connection'],
    ['08P01', 'protocol violation'],
    ['57P01', 'terminating connection due to administrator command'],
    ['57P02', 'terminating connection because of crash of another server process'],
    ['57P03', 'the database system is starting up'],
    ['57P03', 'the database system is shutting down'],
    ['53300', 'sorry, too many clients already'],
  ])('the server says %s (%s)', (code, message) => {
    expect(isDatabaseUnavailable(serverSaid(code, message))).toBe(true);
  });

  test.each(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'EAI_AGAIN'])(
    'the socket fails with %s',
    (code) => {
      expect(isDatabaseUnavailable(socketError(code))).toBe(true);
    },
  );

  test.each([
    'Connection terminated unexpectedly',
    'Connection terminated due to connection timeout',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error and is not queryable',
  ])('the driver says "%s"', (message) => {
    expect(isDatabaseUnavailable(new Error(message))).toBe(true);
  });

  test('every address of a host refusing, and an error already classified', () => {
    const refused = new AggregateError([socketError('ECONNREFUSED'), socketError('ECONNREFUSED')]);
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new DatabaseUnavailable(refused))).toBe(true);
  });

  test('a real connection to a port nobody listens on', async () => {
    const port = await freePort();
    const client = new pg.Client({ host: '127.0.0.1', port, connectionTimeoutMillis: 2000 });
    const error = await client.connect().then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(isDatabaseUnavailable(error), String(error)).toBe(true);
  });

  test.each([
    ['23505', 'duplicate key value violates unique constraint'],
    ['42P01', 'relation "nope" does not exist'],
    ['22P05', 'unsupported Unicode escape sequence'],
    ['25006', 'cannot execute INSERT in a read-only transaction'],
    ['57014', 'canceling statement due to statement timeout'],
    ['40001', 'could not serialize access due to concurrent update'],
    ['28P01', 'password authentication failed for user "seleksi"'],
  ])('a fault of the statement or the setup is not: %s (%s)', (code, message) => {
    expect(isDatabaseUnavailable(serverSaid(code, message))).toBe(false);
  });

  test('nor are other errors, or things that are not errors', () => {
    expect(isDatabaseUnavailable(new Error('Something else'))).toBe(false);
    expect(isDatabaseUnavailable(socketError('ENOENT'))).toBe(false);
    expect(isDatabaseUnavailable({ code: 'ECONNREFUSED' })).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
