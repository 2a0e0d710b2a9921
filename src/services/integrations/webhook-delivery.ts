import { createHmac } from 'node:crypto';
import { lookup as resolve, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Database } from '../../db/database';
import {
  findWebhookDelivery,
  findWebhookEndpoint,
  recordDeliveryAttempt,
} from '../../db/queries/webhooks';
import { deliveryTimeoutSeconds } from '../../domain/integrations/delivery-problem';
import {
  deliveryStatusAfter,
  signatureHeader,
  signatureHeaderValue,
  signedContent,
} from '../../domain/integrations/webhook';
import type { SecretBox } from '../secret-box';
import { addressAllowed, literalAddress } from './endpoint-address';

const timeoutMs = deliveryTimeoutSeconds * 1000;

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
  network: { allowLoopback: boolean },
): Promise<void> {
  const delivery = await findWebhookDelivery(db, deliveryId);
  // Delivered already (a retry racing a "send again"), or its endpoint deleted: nothing to do.
  if (!delivery || delivery.status === 'delivered') return;
  const endpoint = await findWebhookEndpoint(db, delivery.endpointId);
  if (!endpoint) return;
  const body = JSON.stringify(delivery.payload);
  const timestamp = Math.floor(Date.now() / 1000);
  const secret = secretBox.open(endpoint.secretSealed, endpoint.id);
  const outcome = await post(endpoint.url, body, network, {
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

class RefusedAddress extends Error {
  readonly code = 'private_address';
}

/**
 * Resolves the endpoint's host and refuses it unless every address is allowed; the connection
 * then goes to the address checked here, so a name that resolves differently a moment later
 * (DNS rebinding) cannot slip a private address in between the check and the request.
 */
function checkedLookup(network: { allowLoopback: boolean }): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, found: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      if (!found.length || !found.every((a) => addressAllowed(a.address, network))) {
        return callback(new RefusedAddress('The endpoint resolves to a private address.'), '', 0);
      }
      if (options.all) return callback(null, found as never);
      return callback(null, found[0]!.address, found[0]!.family);
    });
  };
}

/** POSTs with Node's own client: no redirects (an endpoint must not bounce signed data elsewhere). */
function post(
  url: string,
  body: string,
  network: { allowLoopback: boolean },
  headers: Record<string, string>,
): Promise<Outcome> {
  const target = new URL(url);
  const literal = literalAddress(target.hostname);
  if (literal && !addressAllowed(literal, network)) {
    return Promise.resolve({ ok: false, status: null, error: 'private_address' });
  }
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((settle) => {
    const sent = request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: checkedLookup(network),
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        // The receiver's answer is not ours to keep: read it only to free the connection.
        response.resume();
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          settle(
            status >= 200 && status < 300
              ? { ok: true, status }
              : { ok: false, status, error: `http_${status}` },
          );
        });
        response.on('error', (error) =>
          settle({ ok: false, status: response.statusCode ?? null, error: failureCode(error) }),
        );
      },
    );
    sent.on('error', (error) => settle({ ok: false, status: null, error: failureCode(error) }));
    sent.end(body);
  });
}

/** A short code for the log: never the message, which may quote the receiver. */
function failureCode(error: unknown): string {
  if (error instanceof RefusedAddress) return error.code;
  const name = (error as { name?: unknown }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code.toLowerCase();
  return 'network_error';
}
