import type { Database } from '../../db/database';
import { listTeamPlacesOf } from '../../db/queries/jobs';
import { deletePasswordLinksOf } from '../../db/queries/password-links';
import { deleteSessionsOf } from '../../db/queries/sessions';
import {
  emailTaken,
  findUserCredentials,
  findManagedUser,
  insertUser,
  listManagedUsers,
  setTotpSecret,
  setUserActive,
  updateUserProfile,
  type ManagedUserRow,
} from '../../db/queries/users';
import { normaliseEmail } from '../../domain/candidate';
import {
  placesLostByRoleChange,
  type HeldTeamPlace,
  type NamedTeamPlace,
} from '../../domain/hiring-team';
import type { Role } from '../../domain/roles';
import type { Actor } from '../actor';
import { requireAdmin } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { Conflict, Invalid, NotFound } from '../errors';
import { issuePasswordLink, type PasswordLink } from '../auth/password-link-service';

export interface UserProfileInput {
  name: string;
  role: Role;
  title: string | null;
}

export async function listUsers(db: Database, actor: Actor): Promise<ManagedUserRow[]> {
  requireAdmin(actor);
  return listManagedUsers(db);
}

/** Creates the account without a password and a one-time link for its owner to set one. */
export async function inviteUser(
  db: Database,
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
    return { userId: user.id, link: await issuePasswordLink(tx, actor, user.id, 'invitation') };
  });
  return { user: (await findManagedUser(db, userId))!, link };
}

export async function updateUser(
  db: Database,
  actor: Actor,
  userId: string,
  input: UserProfileInput,
): Promise<ManagedUserRow> {
  requireAdmin(actor);
  await db.transaction(async (tx) => {
    // Locked: a job saved meanwhile with this user in its team waits, then sees the new role.
    const user = await findManagedUser(tx, userId, { forUpdate: true });
    if (!user) throw new NotFound('User');
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

/** Deactivating ends the user's sessions at once and voids their unused links; they cannot sign in. */
export async function setUserActivation(
  db: Database,
  actor: Actor,
  userId: string,
  active: boolean,
): Promise<ManagedUserRow> {
  requireAdmin(actor);
  await db.transaction(async (tx) => {
    const user = await findManagedUser(tx, userId);
    if (!user) throw new NotFound('User');
    if (userId === actor.id) throw ownAccount('active');
    if (user.active === active) return;
    await setUserActive(tx, userId, active);
    if (!active) {
      await deleteSessionsOf(tx, userId);
      await deletePasswordLinksOf(tx, userId);
    }
    await recordAudit(tx, {
      actor,
      action: active ? 'user.reactivated' : 'user.deactivated',
      entityId: userId,
    });
  });
  return (await findManagedUser(db, userId))!;
}

/** A new one-time link: a fresh invitation while the user has no password yet, else a reset. */
export async function createPasswordLink(
  db: Database,
  actor: Actor,
  userId: string,
): Promise<PasswordLink> {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const user = await findManagedUser(tx, userId);
    if (!user) throw new NotFound('User');
    if (!user.active) {
      throw new Conflict(
        [{ path: 'userId', code: 'user_inactive', message: 'Reactivate the user first.' }],
        'The user is deactivated.',
      );
    }
    return issuePasswordLink(tx, actor, userId, user.hasPassword ? 'reset' : 'invitation');
  });
}

/** For a lost phone: the user signs in with the password alone and sets up two-factor again. */
export async function resetTwoFactor(
  db: Database,
  actor: Actor,
  userId: string,
): Promise<ManagedUserRow> {
  requireAdmin(actor);
  await db.transaction(async (tx) => {
    const user = await findManagedUser(tx, userId);
    if (!user) throw new NotFound('User');
    await setTotpSecret(tx, userId, null, null);
    await deleteSessionsOf(tx, userId);
    await recordAudit(tx, { actor, action: 'user.two_factor_reset', entityId: userId });
  });
  return (await findManagedUser(db, userId))!;
}

/**
 * From the server's console (`seleksi admin-link`): a one-time link for an existing user, or a new
 * admin account with an invitation. This is how the first admin of an empty installation gets in,
 * and how an installation whose admins are all locked out recovers.
 */
export async function consolePasswordLink(
  db: Database,
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
      return { link: await issuePasswordLink(tx, null, existing.id, purpose), created: false };
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
    return { link: await issuePasswordLink(tx, null, user.id, 'invitation'), created: true };
  });
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

/** An admin cannot lock themselves out: no changing their own role, no deactivating themselves. */
function ownAccount(path: string) {
  return new Conflict(
    [{ path, code: 'own_account', message: 'Another admin must change your own account.' }],
    'Another admin must change your own account.',
  );
}
