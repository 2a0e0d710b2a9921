import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { createPasswordLink } from '../../services/user-admin/create-password-link';
import { inviteUser } from '../../services/user-admin/invite-user';
import { listTeamCandidates, listUsers } from '../../services/user-admin/list-users';
import { resetTwoFactor } from '../../services/user-admin/reset-two-factor';
import { setUserActivation } from '../../services/user-admin/set-user-activation';
import { updateUser } from '../../services/user-admin/update-user';
import { presentManagedUser, presentPasswordLink } from '../presenters/user-admin-presenter';
import { route } from '../route';
import {
  invitation,
  inviteInput,
  managedUser,
  managedUserList,
  passwordLink,
  userIdParams,
  userList,
  userProfilePatch,
} from './user-admin.schema';

const tag = 'user-admin';

export const userAdminRoutes = (db: Database, mail: MailSettings) => [
  route(
    {
      method: 'GET',
      url: '/api/admin/users',
      tag,
      summary: 'Every user, active or not, with sign-in status (admins)',
      response: managedUserList,
    },
    async ({ actor }) => ({ items: (await listUsers(db, actor)).map(presentManagedUser) }),
  ),
  route(
    {
      method: 'POST',
      url: '/api/admin/users',
      tag,
      summary: 'Invite a user: the account and a one-time link to set a password (admins)',
      body: inviteInput,
      response: invitation,
      status: 201,
    },
    async ({ actor, body }) => {
      const { user, link } = await inviteUser(db, mail, actor, body);
      return { user: presentManagedUser(user), link: presentPasswordLink(link) };
    },
  ),
  route(
    {
      method: 'PATCH',
      url: '/api/admin/users/:userId',
      tag,
      summary: "Change a user's name, title or role (admins)",
      params: userIdParams,
      body: userProfilePatch,
      response: managedUser,
    },
    async ({ actor, params, body }) =>
      presentManagedUser(await updateUser(db, actor, params.userId, body)),
  ),
  ...[
    {
      url: 'deactivate',
      active: false,
      summary: 'Deactivate a user: their sessions end at once and they cannot sign in (admins)',
    },
    { url: 'reactivate', active: true, summary: 'Let a deactivated user sign in again (admins)' },
  ].map(({ url, active, summary }) =>
    route(
      {
        method: 'POST',
        url: `/api/admin/users/:userId/${url}`,
        tag,
        summary,
        params: userIdParams,
        response: managedUser,
      },
      async ({ actor, params }) =>
        presentManagedUser(await setUserActivation(db, actor, params.userId, active)),
    ),
  ),
  route(
    {
      method: 'POST',
      url: '/api/admin/users/:userId/password-link',
      tag,
      summary: 'A new one-time link to set the password: a reset, or a fresh invitation (admins)',
      params: userIdParams,
      response: passwordLink,
      status: 201,
    },
    async ({ actor, params }) =>
      presentPasswordLink(await createPasswordLink(db, mail, actor, params.userId)),
  ),
  route(
    {
      method: 'POST',
      url: '/api/admin/users/:userId/two-factor/reset',
      tag,
      summary: "Turn off a user's two-factor sign-in, e.g. after a lost phone (admins)",
      params: userIdParams,
      response: managedUser,
    },
    async ({ actor, params }) => presentManagedUser(await resetTwoFactor(db, actor, params.userId)),
  ),
  route(
    {
      method: 'GET',
      url: '/api/users',
      tag: 'users',
      summary: 'Active users, to choose a hiring team from (HR only)',
      response: userList,
    },
    async ({ actor }) => ({
      items: (await listTeamCandidates(db, actor)).map(({ id, name, email, role, title }) => ({
        id,
        name,
        email,
        role,
        title,
      })),
    }),
  ),
];
