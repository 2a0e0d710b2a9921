import type { Database } from '../../db/database';
import { listTeamPlacesOf } from '../../db/queries/jobs';
import { findManagedUser, updateUserProfile, type ManagedUserRow } from '../../db/queries/users';
import {
  placesLostByRoleChange,
  type HeldTeamPlace,
  type NamedTeamPlace,
} from '../../domain/hiring-team';
import type { Role } from '../../domain/roles';
import type { Actor } from '../actor';
import { requireAdmin } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { Conflict, NotFound } from '../errors';
import { ownAccount } from './own-account';

export interface UserProfileInput {
  name: string;
  role: Role;
  title: string | null;
}

export async function updateUser(
  db: Database,
  actor: Actor,
  userId: string,
  /** The fields to change; one left out stays as it is. */
  given: Partial<UserProfileInput>,
): Promise<ManagedUserRow> {
  requireAdmin(actor);
  await db.transaction(async (tx) => {
    // Locked: a job saved meanwhile with this user in its team waits, then sees the new role.
    const user = await findManagedUser(tx, userId, { forUpdate: true });
    if (!user) throw new NotFound('User');
    const input: UserProfileInput = {
      name: given.name ?? user.name,
      role: given.role ?? user.role,
      title: given.title === undefined ? user.title : given.title,
    };
    if (userId === actor.id && input.role !== user.role) throw ownAccount('role');
    if (input.role !== user.role) {
      const lost = placesLostByRoleChange(await listTeamPlacesOf(tx, userId), input.role);
      if (lost.length) throw holdsTeamPlaces(lost);
    }
    await updateUserProfile(tx, userId, input);
    if (input.role !== user.role) {
      await recordAudit(tx, {
        actor,
        action: 'user.role_changed',
        entityId: userId,
        detail: { from: user.role, to: input.role },
      });
    }
    const changed = (['name', 'title'] as const).filter((field) => input[field] !== user[field]);
    if (changed.length) {
      await recordAudit(tx, {
        actor,
        action: 'user.updated',
        entityId: userId,
        detail: { fields: changed },
      });
    }
  });
  return (await findManagedUser(db, userId))!;
}

/**
 * The new role cannot hold the user's recruiter or hiring manager places in unclosed jobs: HR
 * chooses someone else in those jobs first. `params.places` names each job and place, so the admin
 * screen can list them.
 */
function holdsTeamPlaces(places: readonly HeldTeamPlace[]) {
  const titles = [...new Set(places.map((place) => place.jobTitle))].join(', ');
  const named: NamedTeamPlace[] = places.map(({ jobId, jobTitle, teamRole }) => ({
    jobId,
    jobTitle,
    teamRole,
  }));
  const message = `This user is the recruiter or hiring manager of jobs the new role cannot hold (${titles}); choose someone else in those jobs first.`;
  return new Conflict(
    [
      {
        path: 'role',
        code: 'holds_team_places',
        message,
        params: { places: named },
      },
    ],
    message,
  );
}
