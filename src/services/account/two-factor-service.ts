import type { Database } from '../../db/database';
import { findSecuritySettings, updateSecuritySettings } from '../../db/queries/company-settings';
import {
  findPendingTotpSecret,
  findUserById,
  findUserCredentialsById,
  listStoredTotpSecrets,
  replaceStoredTotpSecret,
  setPendingTotpSecret,
  setTotpLastStep,
  setTotpSecret,
} from '../../db/queries/users';
import type { Actor } from '../actor';
import { requireAdmin } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { Conflict, Invalid, NotFound } from '../errors';
import { isSealed, UnreadableSecret, type SecretBox } from '../secret-box';
import { acceptedTotpStep, newTotpSecret, totpUri } from '../../domain/totp';
import type { MailSettings } from '../../config';
import { checkPasswordAgain } from '../auth/auth-service';
import {
  issueRecoveryCodes,
  queueRecoveryCodesRegeneratedEmail,
  recoveryCodesLeft,
  removeRecoveryCodes,
} from './recovery-codes';

/*
 * TOTP secrets are stored encrypted (secret-box.ts), bound to their user: `totp:<user id>` is the
 * authenticated context, so a secret copied onto another user's row does not decrypt (the `totp:`
 * purpose keeps a future secret of another kind, under the same key, from being swapped in).
 *
 * Rows written before encryption hold the base32 secret in clear. They keep working: a stored
 * value without the `v1:` prefix is read as the secret itself. Such a value is encrypted the
 * next time it is used or written (a successful code at sign-in rewrites it; confirming or
 * restarting enrolment and turning two-factor off replace it anyway), and `seleksi serve`
 * encrypts every remaining one at start (sealClearTotpSecrets), so clear values do not wait for
 * users who rarely sign in.
 */
const totpContext = (userId: string) => `totp:${userId}`;

export function sealTotpSecret(secrets: SecretBox, userId: string, secret: string): string {
  return secrets.seal(secret, totpContext(userId));
}

/** The base32 secret, and whether it was stored encrypted (false: a clear value to rewrite). */
export function openTotpSecret(
  secrets: SecretBox,
  userId: string,
  stored: string,
): { secret: string; wasSealed: boolean } {
  if (!isSealed(stored)) return { secret: stored, wasSealed: false };
  return { secret: secrets.open(stored, totpContext(userId)), wasSealed: true };
}

export interface TwoFactorStatus {
  enabled: boolean;
  /** The company requires it of this user (admins, when the setting is on). */
  required: boolean;
  /** Unused recovery codes (0 when two-factor is off, or it was turned on before codes existed). */
  recoveryCodesLeft: number;
}

export async function twoFactorStatus(db: Database, actor: Actor): Promise<TwoFactorStatus> {
  const user = await findUserCredentialsById(db, actor.id);
  if (!user) throw new NotFound('User');
  const settings = await findSecuritySettings(db);
  const enabled = Boolean(user.totpSecret);
  return {
    enabled,
    required: actor.role === 'admin' && settings.requireAdminTwoFactor,
    recoveryCodesLeft: enabled ? await recoveryCodesLeft(db, actor.id) : 0,
  };
}

/** Starts enrolment: a new secret, kept aside until the user proves their app has it. */
export async function startTwoFactorSetup(
  db: Database,
  secrets: SecretBox,
  actor: Actor,
): Promise<{ secret: string; uri: string }> {
  const user = await findUserById(db, actor.id);
  if (!user) throw new NotFound('User');
  const secret = newTotpSecret();
  await setPendingTotpSecret(db, actor.id, sealTotpSecret(secrets, actor.id, secret));
  return { secret, uri: totpUri(secret, user.email) };
}

/** Turns two-factor on; the answer holds the new recovery codes, shown this once. */
export async function confirmTwoFactor(
  db: Database,
  secrets: SecretBox,
  actor: Actor,
  code: string,
): Promise<{ recoveryCodes: string[] }> {
  return db.transaction(async (tx) => {
    const pending = await findPendingTotpSecret(tx, actor.id);
    if (!pending) {
      throw new Conflict(
        [{ path: 'code', code: 'setup_not_started', message: 'Start the setup first.' }],
        'Start the setup first.',
      );
    }
    const { secret, step } = proveCode(secrets, actor.id, pending, { code, lastStep: null });
    await setTotpSecret(tx, actor.id, sealTotpSecret(secrets, actor.id, secret), step);
    const recoveryCodes = await issueRecoveryCodes(tx, actor.id);
    await recordAudit(tx, { actor, action: 'user.two_factor_enabled', entityId: actor.id });
    return { recoveryCodes };
  });
}

/** Turning it off takes a current code, and is refused while the company requires it. */
export async function disableTwoFactor(
  db: Database,
  secrets: SecretBox,
  actor: Actor,
  code: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await findUserCredentialsById(tx, actor.id, { forUpdate: true });
    if (!user?.totpSecret) return;
    if (actor.role === 'admin' && (await findSecuritySettings(tx)).requireAdminTwoFactor) {
      throw new Conflict(
        [{ path: 'code', code: 'two_factor_mandatory', message: 'Admins must keep two-factor.' }],
        'The company requires two-factor sign-in for admins.',
      );
    }
    proveCode(secrets, actor.id, user.totpSecret, { code, lastStep: user.totpLastStep });
    await setTotpSecret(tx, actor.id, null, null);
    await removeRecoveryCodes(tx, actor.id);
    await recordAudit(tx, { actor, action: 'user.two_factor_disabled', entityId: actor.id });
  });
}

/**
 * A new set of recovery codes, the old set no longer working, and an e-mail telling the user.
 * Asks for the password or a current authenticator code (either proves it is the user, not
 * someone at an unlocked screen); a wrong one is a 400 on the field given. A wrong password
 * counts towards the sign-in pause, and while it lasts the password is not asked at all (429).
 */
export async function regenerateRecoveryCodes(
  db: Database,
  secrets: SecretBox,
  mail: MailSettings,
  actor: Actor,
  proof: { password?: string | undefined; code?: string | undefined },
): Promise<{ recoveryCodes: string[] }> {
  const found = await findUserCredentialsById(db, actor.id);
  if (!found) throw new NotFound('User');
  requireTwoFactorOn(found);
  // Checked before the transaction: a wrong password's count must stay when the refusal rolls back.
  if (!proof.code && !(await checkPasswordAgain(db, found, proof.password))) {
    const path = 'password';
    throw new Invalid([{ path, code: 'wrong_password', message: 'The password is wrong.' }]);
  }
  return db.transaction(async (tx) => {
    const user = await findUserCredentialsById(tx, actor.id, { forUpdate: true });
    if (!user) throw new NotFound('User');
    requireTwoFactorOn(user);
    if (proof.code) {
      const { step } = proveCode(secrets, actor.id, user.totpSecret, {
        code: proof.code,
        lastStep: user.totpLastStep,
      });
      await setTotpLastStep(tx, actor.id, step);
    }
    const recoveryCodes = await issueRecoveryCodes(tx, actor.id);
    await recordAudit(tx, {
      actor,
      action: 'two_factor.recovery_codes_regenerated',
      entityId: actor.id,
    });
    await queueRecoveryCodesRegeneratedEmail(tx, mail, user, new Date());
    return { recoveryCodes };
  });
}

function requireTwoFactorOn<U extends { totpSecret: string | null }>(
  user: U,
): asserts user is U & { totpSecret: string } {
  if (user.totpSecret) return;
  throw new Conflict(
    [{ path: 'code', code: 'two_factor_off', message: 'Turn two-factor sign-in on first.' }],
    'Turn two-factor sign-in on first.',
  );
}

/**
 * At start: encrypts the TOTP secrets still stored in clear, and counts those this key cannot
 * decrypt (a wrong or lost key: those users cannot sign in until the right key is back or an
 * admin resets their two-factor).
 */
export async function sealClearTotpSecrets(
  db: Database,
  secrets: SecretBox,
): Promise<{ sealed: number; unreadable: number }> {
  const counts = { sealed: 0, unreadable: 0 };
  for (const row of await listStoredTotpSecrets(db)) {
    for (const column of ['totp_secret', 'totp_pending_secret'] as const) {
      const stored = column === 'totp_secret' ? row.totpSecret : row.totpPendingSecret;
      if (stored === null) continue;
      try {
        const { secret, wasSealed } = openTotpSecret(secrets, row.id, stored);
        if (wasSealed) continue;
        await replaceStoredTotpSecret(
          db,
          row.id,
          column,
          stored,
          sealTotpSecret(secrets, row.id, secret),
        );
        counts.sealed++;
      } catch (error) {
        if (!(error instanceof UnreadableSecret)) throw error;
        counts.unreadable++;
      }
    }
  }
  return counts;
}

export async function getSecuritySettings(db: Database, actor: Actor) {
  requireAdmin(actor);
  return findSecuritySettings(db);
}

export async function changeSecuritySettings(
  db: Database,
  actor: Actor,
  settings: { requireAdminTwoFactor: boolean },
) {
  requireAdmin(actor);
  await db.transaction(async (tx) => {
    // Whoever turns the requirement on must meet it, or they would shut themselves out.
    const self = await findUserCredentialsById(tx, actor.id);
    if (settings.requireAdminTwoFactor && !self?.totpSecret) {
      throw new Conflict(
        [
          {
            path: 'requireAdminTwoFactor',
            code: 'two_factor_self_first',
            message: 'Set up two-factor sign-in for yourself first.',
          },
        ],
        'Set up two-factor sign-in for yourself first.',
      );
    }
    await updateSecuritySettings(tx, settings, actor.id);
    await recordAudit(tx, {
      actor,
      action: 'settings.security_changed',
      entityId: null,
      detail: { requireAdminTwoFactor: settings.requireAdminTwoFactor },
    });
  });
  return findSecuritySettings(db);
}

/**
 * The stored secret a code from the user's app matches, and the time step it proves; a wrong
 * code, or one at or before `lastStep` (already used), is a 400 on `code`.
 */
function proveCode(
  secrets: SecretBox,
  userId: string,
  stored: string,
  attempt: { code: string; lastStep: number | null },
): { secret: string; step: number } {
  const { secret } = openTotpSecret(secrets, userId, stored);
  const step = acceptedTotpStep(secret, attempt.code, attempt.lastStep, Date.now());
  if (step === undefined) {
    throw new Invalid([{ path: 'code', code: 'wrong_code', message: 'This code is not valid.' }]);
  }
  return { secret, step };
}
