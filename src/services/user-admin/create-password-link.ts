import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { findUserCredentials, insertUser } from '../../db/queries/users';
import { normaliseEmail } from '../../domain/candidate';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { issuePasswordLink, type PasswordLink } from '../auth/password-link-service';
import { Conflict, Invalid } from '../errors';
import { administerUser } from './administer-user';

/** A new one-time link: a fresh invitation while the user has no password yet, else a reset. */
export async function createPasswordLink(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  userId: string,
): Promise<PasswordLink> {
  return administerUser(db, actor, userId, async (tx, user) => {
    if (!user.active) {
      throw new Conflict(
        [{ path: 'userId', code: 'user_inactive', message: 'Reactivate the user first.' }],
        'The user is deactivated.',
      );
    }
    return issuePasswordLink(tx, mail, actor, userId, user.hasPassword ? 'reset' : 'invitation');
  });
}

/**
 * From the server's console (`seleksi admin-link`): a one-time link for an existing user, or a new
 * admin account with an invitation. This is how the first admin of an empty installation gets in,
 * and how an installation whose admins are all locked out recovers.
 */
export async function consolePasswordLink(
  db: Database,
  mail: MailSettings,
  input: { email: string; name?: string | undefined },
): Promise<{ link: PasswordLink; created: boolean }> {
  const email = normaliseEmail(input.email);
  return db.transaction(async (tx) => {
    const existing = await findUserCredentials(tx, email);
    if (existing) {
      if (!existing.active) {
        throw new Conflict(
          [{ path: 'email', code: 'user_inactive', message: 'Reactivate the user first.' }],
          'The user is deactivated.',
        );
      }
      const purpose = existing.passwordHash ? 'reset' : 'invitation';
      return {
        link: await issuePasswordLink(tx, mail, null, existing.id, purpose),
        created: false,
      };
    }
    const name = input.name?.trim();
    if (!name) {
      throw new Invalid([
        { path: 'name', code: 'required', message: 'Give a name for the new admin.' },
      ]);
    }
    const user = await insertUser(tx, {
      email,
      name,
      role: 'admin',
      title: null,
      locale: 'id',
      passwordHash: null,
    });
    await recordAudit(tx, {
      actor: null,
      action: 'user.invited',
      entityId: user.id,
      detail: { role: 'admin', via: 'console' },
    });
    return { link: await issuePasswordLink(tx, mail, null, user.id, 'invitation'), created: true };
  });
}
