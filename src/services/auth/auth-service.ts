import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';
import type { Database, Queryable } from '../../db/database';
import {
  deleteSession,
  extendSession,
  findSessionUser,
  insertSession,
} from '../../db/queries/sessions';
import { clearFailures, findLock, recordFailure } from '../../db/queries/sign-in-throttles';
import {
  findUserCredentials,
  replaceStoredTotpSecret,
  setTotpLastStep,
  type UserRow,
} from '../../db/queries/users';
import { normaliseEmail } from '../../domain/candidate';
import { recordAudit } from '../audit-log/audit-service';
import { TooManyAttempts, TwoFactorRequired, Unauthenticated } from '../errors';
import type { SecretBox } from '../secret-box';
import { openTotpSecret, sealTotpSecret } from '../account/two-factor-service';
import { acceptedTotpStep } from '../../domain/totp';
import { isAuthenticatorCode } from '../../domain/recovery-codes';
import type { MailSettings } from '../../config';
import { queueRecoveryCodeUsedEmail, useRecoveryCode } from '../account/recovery-codes';

/** Sessions end after this much inactivity; each use pushes the end back. */
export const sessionIdleMs = 12 * 60 * 60 * 1000;
/** However active, a session ends this long after sign-in: then the user signs in again. */
export const sessionAbsoluteMs = 24 * 60 * 60 * 1000;

/** Five wrong passwords for one e-mail within 15 minutes pause that e-mail's sign-in for 15. */
export const accountThrottle = { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };
/** One client (address) trying many e-mails is paused too, at a higher count. */
export const clientThrottle = { maxFailures: 20, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };

/** The sign-in throttle's key for one e-mail (its hash: no address in the table). */
const accountThrottleKey = (email: string) => `account:${tokenHash(normaliseEmail(email))}`;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
/** A new random secret token: 256 bits, URL-safe. */
export const newToken = () => randomBytes(32).toString('base64url');

export function hashPassword(password: string): Promise<string> {
  // @node-rs/argon2 defaults to argon2id with OWASP's recommended memory and time costs.
  return hash(password);
}

// Verifying against a throwaway hash when the e-mail is unknown (or has no password yet) keeps
// every path equally slow, so response times do not reveal which e-mails have accounts.
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string) {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const matches = await verify(passwordHash ?? (await decoyHash), password);
  return matches && passwordHash !== null;
}

export interface SignInRequest {
  email: string;
  password: string;
  /** The authenticator code, or a recovery code, for accounts with two-factor sign-in. */
  code?: string | undefined;
}

export interface SignedIn {
  token: string;
  user: UserRow;
  expiresAt: Date;
}

/**
 * Signs in: every failure answers the same whether or not the e-mail has an account, and counts
 * against both the e-mail and the client; enough of them pause sign-in for a while.
 * `previousToken` (the session cookie the browser still sent) is ended: a new session id at
 * every sign-in, so an id planted before sign-in is worth nothing after it.
 */
export async function login(
  db: Database,
  secrets: SecretBox,
  mail: MailSettings,
  request: SignInRequest,
  client: { address: string; previousToken?: string | undefined },
): Promise<SignedIn> {
  const email = normaliseEmail(request.email);
  const keys = { account: accountThrottleKey(email), client: `client:${client.address}` };
  if ((await findLock(db, keys.account)) || (await findLock(db, keys.client))) {
    throw new TooManyAttempts();
  }
  const user = await findUserCredentials(db, email);
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, request.password);
  if (!user || !user.active || !passwordMatches) {
    await failed(db, keys, user?.id ?? null, 'password');
    throw new Unauthenticated('The e-mail or password is wrong.');
  }
  // Set when a recovery code stood in for the authenticator: how many codes are left.
  let recoveryCodesLeft: number | undefined;
  if (user.totpSecret) {
    if (!request.code) throw new TwoFactorRequired('required');
    if (isAuthenticatorCode(request.code)) {
      const { secret, wasSealed } = openTotpSecret(secrets, user.id, user.totpSecret);
      const step = acceptedTotpStep(secret, request.code, user.totpLastStep, Date.now());
      if (step === undefined) {
        await failed(db, keys, user.id, 'code');
        throw new TwoFactorRequired('wrong_code');
      }
      await setTotpLastStep(db, user.id, step);
      // A secret stored before encryption existed is encrypted now that it has been used.
      if (!wasSealed) {
        const sealed = sealTotpSecret(secrets, user.id, secret);
        await replaceStoredTotpSecret(db, user.id, 'totp_secret', user.totpSecret, sealed);
      }
    } else {
      // Used up at once (before the session), so the same code cannot sign in twice in parallel.
      recoveryCodesLeft = await useRecoveryCode(db, user.id, request.code);
      if (recoveryCodesLeft === undefined) {
        await failed(db, keys, user.id, 'recovery_code');
        throw new TwoFactorRequired('wrong_code');
      }
    }
  }

  const token = newToken();
  const now = Date.now();
  const absoluteExpiresAt = new Date(now + sessionAbsoluteMs);
  const expiresAt = new Date(Math.min(now + sessionIdleMs, absoluteExpiresAt.getTime()));
  await db.transaction(async (tx) => {
    if (client.previousToken) await deleteSession(tx, tokenHash(client.previousToken));
    await insertSession(tx, {
      tokenHash: tokenHash(token),
      userId: user.id,
      expiresAt,
      absoluteExpiresAt,
    });
    await clearFailures(tx, keys.account);
    await recordAudit(tx, { actor: user, action: 'sign_in.succeeded', entityId: user.id });
    if (recoveryCodesLeft !== undefined) {
      await recordAudit(tx, {
        actor: user,
        action: 'two_factor.recovery_code_used',
        entityId: user.id,
        detail: { left: recoveryCodesLeft },
      });
      await queueRecoveryCodeUsedEmail(tx, mail, user, recoveryCodesLeft, new Date(now));
    }
  });
  const { passwordHash: _p, totpSecret: _s, totpLastStep: _l, ...publicUser } = user;
  return { token, user: publicUser, expiresAt };
}

async function failed(
  db: Database,
  keys: { account: string; client: string },
  userId: string | null,
  factor: 'password' | 'code' | 'recovery_code',
): Promise<void> {
  await db.transaction(async (tx: Queryable) => {
    const accountLocked = await recordFailure(tx, keys.account, accountThrottle);
    const clientLocked = await recordFailure(tx, keys.client, clientThrottle);
    await recordAudit(tx, {
      actor: null,
      action: 'sign_in.failed',
      entityId: userId,
      detail: { factor },
    });
    if (accountLocked || clientLocked) {
      await recordAudit(tx, {
        actor: null,
        action: 'sign_in.locked',
        entityId: userId,
        // The factor that was wrong last: a pause begun by recovery codes reads as such.
        detail: { scope: accountLocked ? 'account' : 'client', factor },
      });
    }
  });
}

/**
 * A signed-in user's password asked again (a new set of recovery codes): refused while the
 * e-mail's sign-in is paused, and a wrong one counts towards that pause like a wrong password at
 * sign-in, so someone at an unlocked screen cannot try passwords there without limit.
 */
export async function checkPasswordAgain(
  db: Database,
  user: { id: string; email: string; passwordHash: string | null },
  password: string | undefined,
): Promise<boolean> {
  const key = accountThrottleKey(user.email);
  if (await findLock(db, key)) throw new TooManyAttempts();
  if (password && (await verifyPassword(user.passwordHash, password))) {
    await clearFailures(db, key);
    return true;
  }
  await db.transaction(async (tx) => {
    if (!(await recordFailure(tx, key, accountThrottle))) return;
    // Its own action: an admin reading the log can tell this pause from the sign-in page's.
    await recordAudit(tx, {
      actor: null,
      action: 'sign_in.locked_at_new_recovery_codes',
      entityId: user.id,
      detail: { scope: 'account' },
    });
  });
  return false;
}

export interface SessionUser {
  user: UserRow;
  /** The new end when the session slid forward, so the caller can renew the cookie too. */
  renewedUntil: Date | undefined;
  /** An admin without two-factor sign-in while the company requires it: only enrolment is open. */
  mustEnrolTwoFactor: boolean;
  /** The data's versions read with the session, before anything the request reads (048, 052). */
  dataVersion: string;
}

/** The signed-in user for a session token, sliding the session's end forward (up to its absolute end). */
export async function userForSession(
  db: Database,
  token: string,
  areas: readonly string[] = [],
): Promise<SessionUser | undefined> {
  const hashed = tokenHash(token);
  const found = await findSessionUser(db, hashed, areas);
  if (!found) return undefined;
  const {
    expiresAt,
    absoluteExpiresAt,
    twoFactorEnabled,
    requireAdminTwoFactor,
    dataVersion,
    ...user
  } = found;
  const mustEnrolTwoFactor = user.role === 'admin' && requireAdminTwoFactor && !twoFactorEnabled;
  // Write at most about once a minute per session rather than on every request.
  const slidTo = Math.min(Date.now() + sessionIdleMs, absoluteExpiresAt.getTime());
  if (slidTo - expiresAt.getTime() > 60_000) {
    const renewedUntil = new Date(slidTo);
    await extendSession(db, hashed, renewedUntil);
    return { user, renewedUntil, mustEnrolTwoFactor, dataVersion };
  }
  return { user, renewedUntil: undefined, mustEnrolTwoFactor, dataVersion };
}

export async function logout(db: Database, token: string): Promise<void> {
  await deleteSession(db, tokenHash(token));
}
