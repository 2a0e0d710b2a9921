import type { Database } from '../../db/database';
import {
  changeEndpoint,
  createEndpoint,
  endpointDeliveries,
  listEndpoints,
  removeEndpoint,
  revealEndpointSecret,
  sendDeliveryAgain,
  type WebhookSettings,
} from '../../services/integrations/webhook-service';
import {
  presentWebhookDelivery,
  presentWebhookEndpoint,
} from '../presenters/integrations-presenter';
import { commandRoute, route } from '../route';
import {
  createdWebhook,
  newWebhookInput,
  webhookChangeInput,
  webhookDelivery,
  webhookDeliveryList,
  webhookDeliveryParams,
  webhookEndpoint,
  webhookEndpointList,
  webhookParams,
  webhookSecret,
} from './integrations.schema';

const tag = 'webhooks';

export const webhookRoutes = (db: Database, settings: WebhookSettings) => [
  route(
    {
      method: 'GET',
      url: '/api/admin/webhooks',
      tag,
      summary: 'Every webhook endpoint (admins)',
      response: webhookEndpointList,
    },
    async ({ actor }) => ({ items: (await listEndpoints(db, actor)).map(presentWebhookEndpoint) }),
  ),
  route(
    {
      method: 'POST',
      url: '/api/admin/webhooks',
      tag,
      summary: 'Add an HTTPS endpoint for chosen events; answers with its signing secret (admins)',
      body: newWebhookInput,
      response: createdWebhook,
      status: 201,
    },
    async ({ actor, body }) => {
      const { endpoint, secret } = await createEndpoint(db, actor, settings, body);
      return { endpoint: presentWebhookEndpoint(endpoint), secret };
    },
  ),
  route(
    {
      method: 'PUT',
      url: '/api/admin/webhooks/:endpointId',
      tag,
      summary: "Change an endpoint's address, events or whether it is active (admins)",
      params: webhookParams,
      body: webhookChangeInput,
      response: webhookEndpoint,
    },
    async ({ actor, params, body }) =>
      presentWebhookEndpoint(await changeEndpoint(db, actor, settings, params.endpointId, body)),
  ),
  commandRoute(
    {
      method: 'DELETE',
      url: '/api/admin/webhooks/:endpointId',
      tag,
      summary: 'Delete an endpoint with its delivery log (admins)',
      params: webhookParams,
    },
    ({ actor, params }) => removeEndpoint(db, actor, params.endpointId),
  ),
  route(
    {
      method: 'POST',
      url: '/api/admin/webhooks/:endpointId/secret',
      tag,
      summary: "Reveal an endpoint's signing secret; each reveal is audited (admins)",
      params: webhookParams,
      response: webhookSecret,
    },
    async ({ actor, params }) => ({
      secret: await revealEndpointSecret(db, actor, settings, params.endpointId),
    }),
  ),
  route(
    {
      method: 'GET',
      url: '/api/admin/webhooks/:endpointId/deliveries',
      tag,
      summary: "An endpoint's newest 100 deliveries: status, attempts, response code (admins)",
      params: webhookParams,
      response: webhookDeliveryList,
    },
    async ({ actor, params }) => ({
      items: (await endpointDeliveries(db, actor, params.endpointId)).map(presentWebhookDelivery),
    }),
  ),
  route(
    {
      method: 'POST',
      url: '/api/admin/webhooks/:endpointId/deliveries/:deliveryId/send-again',
      tag,
      summary: 'Queue a delivery again, e.g. after fixing the receiver (admins)',
      params: webhookDeliveryParams,
      response: webhookDelivery,
    },
    async ({ actor, params }) =>
      presentWebhookDelivery(
        await sendDeliveryAgain(db, actor, params.endpointId, params.deliveryId),
      ),
  ),
];
