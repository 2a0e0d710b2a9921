import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import {
  emailTaken,
  findManagedUser,
  insertUser,
  type ManagedUserRow,
} from '../../db/queries/users';
import { normaliseEmail } from '../../domain/candidate';
import type { Actor } from '../actor';
import { requireAdmin } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { issuePasswordLink, type PasswordLink } from '../auth/password-link-service';
import { Conflict } from '../errors';
import type { UserProfileInput } from './update-user';

/** Creates the account without a password and a one-time link for its owner to set one. */
export async function inviteUser(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  input: UserProfileInput & { email: string; locale: 'id' | 'en' },
): Promise<{ user: ManagedUserRow; link: PasswordLink }> {
  requireAdmin(actor);
  const email = normaliseEmail(input.email);
  const { userId, link } = await db.transaction(async (tx) => {
    if (await emailTaken(tx, email)) {
      throw new Conflict(
        [{ path: 'email', code: 'email_taken', message: 'A user with this e-mail exists.' }],
        'A user with this e-mail exists.',
      );
    }
    const user = await insertUser(tx, {
      email,
      name: input.name,
      role: input.role,
      title: input.title,
      locale: input.locale,
      passwordHash: null,
    });
    await recordAudit(tx, {
      actor,
      action: 'user.invited',
      entityId: user.id,
      detail: { role: user.role },
    });
    return {
      userId: user.id,
      link: await issuePasswordLink(tx, mail, actor, user.id, 'invitation'),
    };
  });
  return { user: (await findManagedUser(db, userId))!, link };
}
