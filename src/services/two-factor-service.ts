import type { Database } from '../db/database';
import { findSecuritySettings, updateSecuritySettings } from '../db/queries/company-settings';
import {
  findPendingTotpSecret,
  findUserById,
  findUserCredentialsById,
  setPendingTotpSecret,
  setTotpSecret,
} from '../db/queries/users';
import type { Actor } from './actor';
import { requireAdmin } from './access-policy';
import { recordAudit } from './audit-service';
import { Conflict, Invalid, NotFound } from './errors';
import { acceptedTotpStep, newTotpSecret, totpUri } from '../domain/totp';

export interface TwoFactorStatus {
  enabled: boolean;
  /** The company requires it of this user (admins, when the setting is on). */
  required: boolean;
}

export async function twoFactorStatus(db: Database, actor: Actor): Promise<TwoFactorStatus> {
  const user = await findUserCredentialsById(db, actor.id);
  if (!user) throw new NotFound('User');
  const settings = await findSecuritySettings(db);
  return {
    enabled: Boolean(user.totpSecret),
    required: actor.role === 'admin' && settings.requireAdminTwoFactor,
  };
}

/** Starts enrolment: a new secret, kept aside until the user proves their app has it. */
export async function startTwoFactorSetup(
  db: Database,
  actor: Actor,
): Promise<{ secret: string; uri: string }> {
  const user = await findUserById(db, actor.id);
  if (!user) throw new NotFound('User');
  const secret = newTotpSecret();
  await setPendingTotpSecret(db, actor.id, secret);
  return { secret, uri: totpUri(secret, user.email) };
}

export async function confirmTwoFactor(db: Database, actor: Actor, code: string): Promise<void> {
  await db.transaction(async (tx) => {
    const secret = await findPendingTotpSecret(tx, actor.id);
    if (!secret) {
      throw new Conflict(
        [{ path: 'code', code: 'setup_not_started', message: 'Start the setup first.' }],
        'Start the setup first.',
      );
    }
    const step = acceptedTotpStep(secret, code, null, Date.now());
    if (step === undefined) throw wrongCode();
    await setTotpSecret(tx, actor.id, secret, step);
    await recordAudit(tx, { actor, action: 'user.two_factor_enabled', entityId: actor.id });
  });
}

/** Turning it off takes a current code, and is refused while the company requires it. */
export async function disableTwoFactor(db: Database, actor: Actor, code: string): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await findUserCredentialsById(tx, actor.id, { forUpdate: true });
    if (!user?.totpSecret) return;
    if (actor.role === 'admin' && (await findSecuritySettings(tx)).requireAdminTwoFactor) {
      throw new Conflict(
        [{ path: 'code', code: 'two_factor_mandatory', message: 'Admins must keep two-factor.' }],
        'The company requires two-factor sign-in for admins.',
      );
    }
    if (acceptedTotpStep(user.totpSecret, code, user.totpLastStep, Date.now()) === undefined)
      throw wrongCode();
    await setTotpSecret(tx, actor.id, null, null);
    await recordAudit(tx, { actor, action: 'user.two_factor_disabled', entityId: actor.id });
  });
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

const wrongCode = () =>
  new Invalid([{ path: 'code', code: 'wrong_code', message: 'This code is not valid.' }]);
