import type { Database } from '../../db/database';
import { deleteSessionsOf } from '../../db/queries/sessions';
import { findManagedUser, setTotpSecret, type ManagedUserRow } from '../../db/queries/users';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { administerUser } from './administer-user';
import { removeRecoveryCodes } from '../account/recovery-codes';

/** For a lost phone: the user signs in with the password alone and sets up two-factor again. */
export async function resetTwoFactor(
  db: Database,
  actor: Actor,
  userId: string,
): Promise<ManagedUserRow> {
  await administerUser(db, actor, userId, async (tx) => {
    await setTotpSecret(tx, userId, null, null);
    await removeRecoveryCodes(tx, userId);
    await deleteSessionsOf(tx, userId);
    await recordAudit(tx, { actor, action: 'user.two_factor_reset', entityId: userId });
  });
  return (await findManagedUser(db, userId))!;
}
