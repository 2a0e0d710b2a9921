import type { Database, Queryable } from '../../db/database';
import { findManagedUser, type ManagedUserRow } from '../../db/queries/users';
import type { Actor } from '../actor';
import { requireAdmin } from '../access-policy';
import { NotFound } from '../errors';

/**
 * What an admin's action on one account starts with: admins only, then the user read and acted on
 * in one transaction; an unknown user is a 404 with nothing changed. (`updateUser` reads the row
 * locked, so it opens its own.)
 */
export async function administerUser<T>(
  db: Database,
  actor: Actor,
  userId: string,
  work: (tx: Queryable, user: ManagedUserRow) => Promise<T>,
): Promise<T> {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const user = await findManagedUser(tx, userId);
    if (!user) throw new NotFound('User');
    return work(tx, user);
  });
}
