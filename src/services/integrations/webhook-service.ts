import { randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '../../db/database';
import {
  deleteWebhookEndpoint,
  findWebhookDelivery,
  findWebhookEndpoint,
  insertWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  markDeliveryPending,
  pendingDeliveryJobs,
  updateWebhookEndpoint,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
} from '../../db/queries/webhooks';
import type { DeliveryJob } from '../../domain/integrations/delivery-problem';
import {
  checkEndpointUrl,
  webhookSecretPrefix,
  type WebhookEvent,
} from '../../domain/integrations/webhook';
import { requireAdmin } from '../access-policy';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { enqueueTask, taskQueues } from '../background/task-queue';
import { Invalid, NotFound } from '../errors';
import type { SecretBox } from '../secret-box';
import { hostAllowed } from './endpoint-address';

export interface WebhookSettings {
  secretBox: SecretBox;
  /** Plain HTTP to this machine, for tests and development (SELEKSI_WEBHOOK_LOOPBACK). */
  allowLoopbackHttp: boolean;
}

export interface EndpointInput {
  url: string;
  description: string;
  events: readonly WebhookEvent[];
  active: boolean;
}

/** A well-formed endpoint URL whose host is on the internet (see endpoint-address). */
async function checkedUrl(url: string, settings: WebhookSettings): Promise<string> {
  const problem = checkEndpointUrl(url.trim(), settings);
  if (problem) throw new Invalid([problem]);
  const { hostname } = new URL(url.trim());
  if (!(await hostAllowed(hostname, { allowLoopback: settings.allowLoopbackHttp }))) {
    throw new Invalid([
      {
        path: 'url',
        code: 'private_address',
        message: 'The endpoint must be on the internet, not a private or local network address.',
      },
    ]);
  }
  return url.trim();
}

export async function listEndpoints(db: Database, actor: Actor): Promise<WebhookEndpointRow[]> {
  requireAdmin(actor);
  return listWebhookEndpoints(db);
}

/** Registers an endpoint with a new signing secret, returned this once (and revealable later). */
export async function createEndpoint(
  db: Database,
  actor: Actor,
  settings: WebhookSettings,
  input: Omit<EndpointInput, 'active'>,
): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
  requireAdmin(actor);
  const url = await checkedUrl(input.url, settings);
  const id = randomUUID();
  const secret = `${webhookSecretPrefix}${randomBytes(32).toString('base64url')}`;
  await db.transaction(async (tx) => {
    await insertWebhookEndpoint(tx, {
      id,
      url,
      description: input.description.trim(),
      events: [...new Set(input.events)],
      secretSealed: settings.secretBox.seal(secret, id),
      createdBy: actor.id,
    });
    await recordAudit(tx, {
      actor,
      action: 'webhook.created',
      entityId: id,
      detail: { events: [...input.events] },
    });
  });
  return { endpoint: (await findWebhookEndpoint(db, id))!, secret };
}

export async function changeEndpoint(
  db: Database,
  actor: Actor,
  settings: WebhookSettings,
  endpointId: string,
  input: EndpointInput,
): Promise<WebhookEndpointRow> {
  requireAdmin(actor);
  const url = await checkedUrl(input.url, settings);
  await db.transaction(async (tx) => {
    const changed = await updateWebhookEndpoint(tx, endpointId, {
      url,
      description: input.description.trim(),
      events: [...new Set(input.events)],
      active: input.active,
    });
    if (!changed) throw new NotFound('Endpoint');
    await recordAudit(tx, {
      actor,
      action: 'webhook.changed',
      entityId: endpointId,
      detail: { events: [...input.events], active: input.active },
    });
  });
  return (await findWebhookEndpoint(db, endpointId))!;
}

/** Deleting an endpoint drops its delivery log and whatever it still had queued. */
export async function removeEndpoint(db: Database, actor: Actor, endpointId: string) {
  requireAdmin(actor);
  await db.transaction(async (tx) => {
    if (!(await deleteWebhookEndpoint(tx, endpointId))) throw new NotFound('Endpoint');
    await recordAudit(tx, { actor, action: 'webhook.deleted', entityId: endpointId });
  });
}

/** The signing secret, for an admin setting up the receiver again; each reveal is audited. */
export async function revealEndpointSecret(
  db: Database,
  actor: Actor,
  settings: WebhookSettings,
  endpointId: string,
): Promise<string> {
  requireAdmin(actor);
  const endpoint = await findWebhookEndpoint(db, endpointId);
  if (!endpoint) throw new NotFound('Endpoint');
  await recordAudit(db, { actor, action: 'webhook.secret_revealed', entityId: endpointId });
  return settings.secretBox.open(endpoint.secretSealed, endpoint.id);
}

/** A logged delivery with the queue job that will send it next, if one waits. */
export interface ScheduledDelivery extends WebhookDeliveryRow {
  job: DeliveryJob | undefined;
}

async function withJobs(
  db: Database,
  deliveries: WebhookDeliveryRow[],
): Promise<ScheduledDelivery[]> {
  const waiting = deliveries.filter((d) => d.status === 'pending').map((d) => d.id);
  const jobs = await pendingDeliveryJobs(db, taskQueues.deliverWebhook, waiting);
  return deliveries.map((delivery) => ({ ...delivery, job: jobs.get(delivery.id) }));
}

export async function endpointDeliveries(
  db: Database,
  actor: Actor,
  endpointId: string,
): Promise<ScheduledDelivery[]> {
  requireAdmin(actor);
  if (!(await findWebhookEndpoint(db, endpointId))) throw new NotFound('Endpoint');
  return withJobs(db, await listWebhookDeliveries(db, endpointId, 100));
}

/** Queues a delivery again (after the receiver is fixed), with the payload as it is stored now. */
export async function sendDeliveryAgain(
  db: Database,
  actor: Actor,
  endpointId: string,
  deliveryId: string,
): Promise<ScheduledDelivery> {
  requireAdmin(actor);
  await db.transaction(async (tx) => {
    const delivery = await findWebhookDelivery(tx, deliveryId);
    if (!delivery || delivery.endpointId !== endpointId) throw new NotFound('Delivery');
    await markDeliveryPending(tx, deliveryId);
    await enqueueTask(tx, taskQueues.deliverWebhook, { deliveryId, again: true });
    await recordAudit(tx, {
      actor,
      action: 'webhook.sent_again',
      entityId: endpointId,
      detail: { deliveryId },
    });
  });
  const [sent] = await withJobs(db, [(await findWebhookDelivery(db, deliveryId))!]);
  return sent!;
}
