import type { Database } from '../../db/database';
import { updateUserLocale } from '../../db/queries/users';
import type { Actor } from '../actor';

/** The interface language saved on the signed-in user's own account. */
export async function setPreferredLocale(
  db: Database,
  actor: Actor,
  locale: 'id' | 'en',
): Promise<void> {
  await updateUserLocale(db, actor.id, locale);
}
