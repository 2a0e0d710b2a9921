import type { Actor } from '../actor';
import { Forbidden } from '../errors';

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
