import { createHmac } from 'node:crypto';
import type { Database } from '../../db/database';
import {
  findWebhookDelivery,
  findWebhookEndpoint,
  recordDeliveryAttempt,
} from '../../db/queries/webhooks';
import {
  deliveryStatusAfter,
  signatureHeader,
  signatureHeaderValue,
  signedContent,
} from '../../domain/integrations/webhook';
import type { SecretBox } from '../secret-box';

/** A receiver that takes longer is counted as failed and tried again later. */
const timeoutMs = 10_000;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the endpoint's secret>`. */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  const mac = createHmac('sha256', secret).update(signedContent(timestamp, body)).digest('hex');
  return signatureHeaderValue(timestamp, mac);
}

export class WebhookDeliveryFailed extends Error {
  constructor(readonly code: string) {
    super(`Webhook delivery failed: ${code}`);
    this.name = 'WebhookDeliveryFailed';
  }
}

/**
 * Sends one delivery and records the attempt. A failure throws, so the task queue tries again
 * with doubling delays; the last allowed attempt marks it failed (an admin can send it again).
 */
export async function deliverWebhook(
  db: Database,
  secretBox: SecretBox,
  deliveryId: string,
  attempt: { final: boolean },
): Promise<void> {
  const delivery = await findWebhookDelivery(db, deliveryId);
  // Delivered already (a retry racing a "send again"), or its endpoint deleted: nothing to do.
  if (!delivery || delivery.status === 'delivered') return;
  const endpoint = await findWebhookEndpoint(db, delivery.endpointId);
  if (!endpoint) return;
  const body = JSON.stringify(delivery.payload);
  const timestamp = Math.floor(Date.now() / 1000);
  const secret = secretBox.open(endpoint.secretSealed, endpoint.id);
  const outcome = await post(endpoint.url, body, {
    'content-type': 'application/json',
    'user-agent': 'Seleksi-Webhooks/1',
    'seleksi-event': delivery.eventType,
    'seleksi-delivery': delivery.id,
    [signatureHeader]: signWebhook(secret, body, timestamp),
  });
  await recordDeliveryAttempt(db, deliveryId, {
    status: deliveryStatusAfter(outcome, attempt),
    responseStatus: outcome.status,
    error: outcome.ok ? null : outcome.error,
  });
  if (!outcome.ok) throw new WebhookDeliveryFailed(outcome.error);
}

type Outcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

async function post(url: string, body: string, headers: Record<string, string>): Promise<Outcome> {
  try {
    // No redirects: an endpoint must not bounce signed candidate data to another address.
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The receiver's answer is not ours to keep: read it only to free the connection.
    await response.arrayBuffer().catch(() => undefined);
    if (response.status >= 200 && response.status < 300)
      return { ok: true, status: response.status };
    return { ok: false, status: response.status, error: `http_${response.status}` };
  } catch (error) {
    return { ok: false, status: null, error: failureCode(error) };
  }
}

/** A short code for the log: never the message, which may quote the receiver. */
function failureCode(error: unknown): string {
  const name = (error as { name?: unknown }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
  const cause = (error as { cause?: { code?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code.toLowerCase();
  return 'network_error';
}
