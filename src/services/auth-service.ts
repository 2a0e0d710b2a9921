import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/database';
import {
  deleteSession,
  extendSession,
  findSessionUser,
  insertSession,
} from '../db/queries/sessions';
import { findUserCredentials, type UserRow } from '../db/queries/users';
import { normaliseEmail } from '../domain/candidate';
import { Unauthenticated } from './errors';

/** Sessions end after this much inactivity; each use pushes the end back. */
export const sessionIdleMs = 12 * 60 * 60 * 1000;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function hashPassword(password: string): Promise<string> {
  // @node-rs/argon2 defaults to argon2id with OWASP's recommended memory and time costs.
  return hash(password);
}

// Verifying against a throwaway hash when the e-mail is unknown keeps both paths equally slow,
// so response times do not reveal which e-mails have accounts.
let decoyHash: Promise<string> | undefined;

export async function login(
  db: Database,
  credentials: { email: string; password: string },
): Promise<{ token: string; user: UserRow; expiresAt: Date }> {
  const user = await findUserCredentials(db, normaliseEmail(credentials.email));
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const passwordMatches = await verify(
    user?.passwordHash ?? (await decoyHash),
    credentials.password,
  );
  if (!user || !user.active || !passwordMatches) {
    throw new Unauthenticated('The e-mail or password is wrong.');
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionIdleMs);
  await insertSession(db, { tokenHash: tokenHash(token), userId: user.id, expiresAt });
  const { passwordHash: _secret, ...publicUser } = user;
  return { token, user: publicUser, expiresAt };
}

/**
 * The signed-in user for a session token, sliding the session's end forward.
 * `renewedUntil` is the new end when it moved, so the caller can renew the cookie too.
 */
export async function userForSession(
  db: Database,
  token: string,
): Promise<{ user: UserRow; renewedUntil: Date | undefined } | undefined> {
  const hashed = tokenHash(token);
  const found = await findSessionUser(db, hashed);
  if (!found) return undefined;
  const { expiresAt, ...user } = found;
  // Write at most about once a minute per session rather than on every request.
  if (expiresAt.getTime() - Date.now() < sessionIdleMs - 60_000) {
    const renewedUntil = new Date(Date.now() + sessionIdleMs);
    await extendSession(db, hashed, renewedUntil);
    return { user, renewedUntil };
  }
  return { user, renewedUntil: undefined };
}

export async function logout(db: Database, token: string): Promise<void> {
  await deleteSession(db, tokenHash(token));
}
