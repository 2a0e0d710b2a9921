import type { FastifyRequest } from 'fastify';
import type { UserRow } from '../db/queries/users';

/**
 * The user a request's session cookie named, as the session lookup read them (with the user's
 * own columns), so a route that answers with the user need not read them again.
 */
const signedInUsers = new WeakMap<FastifyRequest, UserRow>();

export function rememberSignedInUser(request: FastifyRequest, user: UserRow): void {
  signedInUsers.set(request, user);
}

/** Undefined for a request signed in otherwise (an API token) or not at all. */
export function signedInUserOf(request: FastifyRequest): UserRow | undefined {
  return signedInUsers.get(request);
}
