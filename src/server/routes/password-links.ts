import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { Unauthenticated } from '../../services/errors';
import { describePasswordLink, usePasswordLink } from '../../services/auth/password-link-service';
import { changeOwnPassword } from '../../services/auth/password-service';
import { publicRoute, route } from '../route';
import { readSessionToken } from '../session-cookie';
import { okSchema } from './common.schema';
import {
  changePasswordInput,
  linkDescription,
  linkTokenInput,
  passwordSet,
  setPasswordInput,
} from './security.schema';

const tag = 'password-links';

// The token travels in the body, never in the URL: request logs record paths.
export const passwordLinkRoutes = (db: Database, mail: MailSettings) => [
  publicRoute(
    {
      method: 'POST',
      url: '/api/auth/password-links/check',
      tag,
      summary: 'Whose one-time link this is, if it still works',
      body: linkTokenInput,
      response: linkDescription,
      perMinute: 20,
    },
    async ({ body }) => {
      const link = await describePasswordLink(db, body.token);
      return { ...link, expiresAt: link.expiresAt.toISOString() };
    },
  ),
  publicRoute(
    {
      method: 'POST',
      url: '/api/auth/password-links/use',
      tag,
      summary: 'Set a password with a one-time link; ends the user’s other sessions',
      body: setPasswordInput,
      response: passwordSet,
      perMinute: 20,
    },
    async ({ body }) => usePasswordLink(db, mail, body.token, body.password),
  ),
  route(
    {
      method: 'POST',
      url: '/api/auth/password',
      tag,
      summary: 'Change your own password (the current one first); ends your other sessions',
      body: changePasswordInput,
      response: okSchema,
      perMinute: 5,
    },
    async ({ actor, body, request }) => {
      const token = readSessionToken(request);
      if (!token) throw new Unauthenticated();
      await changeOwnPassword(db, mail, actor, body, token);
      return { ok: true as const };
    },
  ),
];
