import type { Database } from '../../db/database';
import type { MailSettings } from '../../config';
import { userAbilities } from '../../domain/permissions';
import { findUserById, type UserRow } from '../../db/queries/users';
import { login, logout } from '../../services/auth/auth-service';
import type { SecretBox } from '../../services/secret-box';
import { setPreferredLocale } from '../../services/account/preferred-locale';
import { NotFound } from '../../services/errors';
import { publicRoute, route } from '../route';
import { clearSessionCookie, readSessionToken, setSessionCookie } from '../session-cookie';
import { signedInUserOf } from '../signed-in-user';
import { okSchema } from './common.schema';
import {
  loginInput,
  preferencesInput,
  session,
  sessionProbe,
  type CurrentUser,
} from './auth.schema';

const presentUser = ({ id, email, name, role, title, locale }: UserRow): CurrentUser => ({
  id,
  email,
  name,
  role,
  title,
  locale,
  can: userAbilities(role),
});

export const authRoutes = (db: Database, secrets: SecretBox, mail: MailSettings) => [
  publicRoute(
    {
      method: 'POST',
      url: '/api/auth/login',
      tag: 'auth',
      summary:
        'Sign in with e-mail, password and (when enabled) the authenticator code or a recovery code; sets the session cookie',
      perMinute: 30,
      body: loginInput,
      response: session,
    },
    async ({ body, request, reply }) => {
      const { token, user, expiresAt } = await login(db, secrets, mail, body, {
        address: request.ip,
        previousToken: readSessionToken(request),
      });
      setSessionCookie(request, reply, token, expiresAt);
      return { user: presentUser(user) };
    },
  ),
  publicRoute(
    {
      method: 'POST',
      url: '/api/auth/logout',
      tag: 'auth',
      summary: 'Sign out: ends the session',
      response: okSchema,
    },
    async ({ request, reply }) => {
      const token = readSessionToken(request);
      if (token) await logout(db, token);
      clearSessionCookie(request, reply);
      return { ok: true as const };
    },
  ),
  publicRoute(
    {
      method: 'GET',
      url: '/api/auth/session',
      tag: 'auth',
      summary:
        "Who is signed in, or user: null for a visitor who is not: the web app's check on every page, signed-out pages included, with no error for the visitor (GET /api/auth/me answers 401 then)",
      response: sessionProbe,
    },
    async ({ actor, request }) => {
      if (!actor) return { user: null };
      const user = signedInUserOf(request) ?? (await findUserById(db, actor.id));
      return { user: user ? presentUser(user) : null };
    },
  ),
  route(
    {
      method: 'GET',
      url: '/api/auth/me',
      tag: 'auth',
      summary: 'The signed-in user',
      response: session,
    },
    async ({ actor, request }) => {
      // The session lookup has just read the user; read again only when signed in otherwise.
      const user = signedInUserOf(request) ?? (await findUserById(db, actor.id));
      if (!user) throw new NotFound('User');
      return { user: presentUser(user) };
    },
  ),
  route(
    {
      method: 'PATCH',
      url: '/api/auth/me',
      tag: 'auth',
      summary: "Save the signed-in user's preferences (interface language)",
      body: preferencesInput,
      response: session,
    },
    async ({ actor, body }) => {
      await setPreferredLocale(db, actor, body.locale);
      const user = await findUserById(db, actor.id);
      if (!user) throw new NotFound('User');
      return { user: presentUser(user) };
    },
  ),
];
