import type { MailSettings } from '../../config';
import type { Database, Queryable } from '../../db/database';
import { findBrand } from '../../db/queries/brand';
import { deleteOtherSessionsOf } from '../../db/queries/sessions';
import { findUserCredentialsById, setPasswordHash } from '../../db/queries/users';
import { checkNewPassword } from '../../domain/password-policy';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { hashPassword, tokenHash, verifyPassword } from './auth-service';
import { Invalid, NotFound, valueOrInvalid } from '../errors';

/**
 * What a guesser knows of a person and of this installation: their e-mail and name, the company's
 * name as the admin saved it (what candidates and staff see) and the environment's
 * (SELEKSI_COMPANY_NAME, if still set), and the address the app is reached at.
 */
export async function guessableFor(
  db: Queryable,
  { companyName, publicUrl }: MailSettings,
  user: { email: string; name: string },
): Promise<string[]> {
  const saved = (await findBrand(db)).companyName;
  return [
    user.email,
    user.name,
    saved ?? '',
    companyName,
    URL.canParse(publicUrl) ? new URL(publicUrl).hostname : '',
  ];
}

/**
 * A signed-in user changes their own password: the current one first (a borrowed session is not
 * enough), then the same rules as everywhere. Their other sessions end; this one stays.
 */
export async function changeOwnPassword(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  currentSessionToken: string,
): Promise<void> {
  const user = await findUserCredentialsById(db, actor.id);
  if (!user) throw new NotFound('User');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new Invalid([
      { path: 'currentPassword', code: 'wrong_password', message: 'This is not your password.' },
    ]);
  }
  const guessable = await guessableFor(db, mail, user);
  valueOrInvalid(checkNewPassword(input.newPassword, guessable, 'newPassword'));
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await setPasswordHash(tx, actor.id, passwordHash);
    await deleteOtherSessionsOf(tx, actor.id, tokenHash(currentSessionToken));
    await recordAudit(tx, { actor, action: 'user.password_changed', entityId: actor.id });
  });
}
