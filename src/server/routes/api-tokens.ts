import type { Database } from '../../db/database';
import {
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from '../../services/integrations/api-token-service';
import { presentApiToken } from '../presenters/integrations-presenter';
import { route } from '../route';
import {
  apiToken,
  apiTokenList,
  apiTokenParams,
  createdApiToken,
  newApiTokenInput,
} from './integrations.schema';

const tag = 'api-tokens';

/** The token works through the whole of its last day, Jakarta time. */
const endOfJakartaDay = (day: string) => new Date(`${day}T23:59:59.999+07:00`);

export const apiTokenRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/admin/api-tokens',
      tag,
      summary: 'Every API token, active, expired or revoked (admins)',
      response: apiTokenList,
    },
    async ({ actor }) => ({
      items: (await listApiTokens(db, actor)).map((t) => presentApiToken(t)),
    }),
  ),
  route(
    {
      method: 'POST',
      url: '/api/admin/api-tokens',
      tag,
      summary: 'Create an API token; its secret is in this answer only (admins)',
      body: newApiTokenInput,
      response: createdApiToken,
      status: 201,
    },
    async ({ actor, body }) => {
      const { token, secret } = await createApiToken(db, actor, {
        name: body.name,
        scopes: body.scopes,
        expiresAt: body.expiresOn ? endOfJakartaDay(body.expiresOn) : null,
      });
      return { token: presentApiToken(token), secret };
    },
  ),
  route(
    {
      method: 'POST',
      url: '/api/admin/api-tokens/:tokenId/revoke',
      tag,
      summary: 'Revoke an API token: it stops working at once (admins)',
      params: apiTokenParams,
      response: apiToken,
    },
    async ({ actor, params }) => presentApiToken(await revokeApiToken(db, actor, params.tokenId)),
  ),
];
