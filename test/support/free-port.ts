import { createServer } from 'node:net';

/**
 * A loopback port that was free a moment ago (taken, read, released): for a server a test starts
 * itself, or for an address where nobody listens.
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}
