import type { Database, Queryable } from '../../db/database';
import type { ApplicationRow } from '../../db/queries/applications';
import type { Actor } from '../actor';
import { Conflict, Forbidden } from '../errors';
import { applicationOfToken } from './portal-link-service';

/**
 * Behind a private link only the candidate acts. HR can see the links (to pass them on), so a click
 * from a browser signed in as staff would be recorded as the candidate's own: refuse it. Staff have
 * their own screens for the same changes.
 */
export function requireTheCandidate(signedIn: Actor | undefined): void {
  if (signedIn) {
    throw new Forbidden(
      'Only the candidate acts behind this link; staff use their own screens, signed in.',
    );
  }
}

/**
 * What every act behind a private link starts with: the candidate only, then the application the
 * link belongs to, read and acted on in one transaction. A wrong, revoked or expired link is a 404
 * with nothing changed.
 */
export async function actBehindLink<T>(
  db: Database,
  token: string,
  signedIn: Actor | undefined,
  act: (tx: Queryable, application: ApplicationRow) => Promise<T>,
): Promise<T> {
  requireTheCandidate(signedIn);
  return db.transaction(async (tx) => act(tx, await applicationOfToken(tx, token)));
}

/** The link still opens after the process ended, but takes no more acts about it. */
export function processEnded(): Conflict {
  return new Conflict(
    [{ path: 'application', code: 'process_ended', message: 'This application has ended.' }],
    'This application has ended.',
  );
}
