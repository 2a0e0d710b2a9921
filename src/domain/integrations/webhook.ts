import type { FieldProblem } from '../result';

/**
 * The events a webhook endpoint can subscribe to. Payloads carry ids and the least personal data
 * a receiver needs (the candidate's name and e-mail only when an application is created); an
 * erasure scrubs even that from deliveries still queued or logged.
 */
export const webhookEvents = [
  'application.created',
  'application.stage_changed',
  'interview.scheduled',
  'interview.rescheduled',
  'interview.cancelled',
  'decision.recorded',
  'offer.answered',
  'candidate.erased',
] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

export const webhookDeliveryStatuses = ['pending', 'delivered', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

/** Every endpoint secret starts so, like the API tokens' `slk_`. */
export const webhookSecretPrefix = 'whsec_';

/** Receivers should refuse a signature older than this (replays); the README says so. */
export const signatureToleranceSeconds = 300;

/** The header carrying the signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const signatureHeader = 'seleksi-signature';

/** What is signed: the timestamp, a dot, and the exact body sent. */
export function signedContent(timestamp: number, body: string): string {
  return `${timestamp}.${body}`;
}

export function signatureHeaderValue(timestamp: number, hexSignature: string): string {
  return `t=${timestamp},v1=${hexSignature}`;
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * An endpoint receives candidates' data, so it must be HTTPS. Plain HTTP is accepted only for
 * this machine (127.0.0.1, localhost, ::1) and only when the server allows it (tests and
 * development: SELEKSI_WEBHOOK_LOOPBACK=true), never to another host.
 */
export function checkEndpointUrl(
  value: string,
  options: { allowLoopbackHttp: boolean },
): FieldProblem | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { path: 'url', code: 'invalid_url', message: 'Enter a full URL (https://…).' };
  }
  if (url.username || url.password) {
    return {
      path: 'url',
      code: 'url_credentials',
      message: 'Leave user names and passwords out of the URL.',
    };
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && options.allowLoopbackHttp && loopbackHosts.has(url.hostname)) {
    return undefined;
  }
  return { path: 'url', code: 'https_required', message: 'The endpoint must use HTTPS.' };
}

/** A delivery after one attempt: a failure stays pending while pg-boss has retries left. */
export function deliveryStatusAfter(
  outcome: { ok: boolean },
  attempt: { final: boolean },
): WebhookDeliveryStatus {
  if (outcome.ok) return 'delivered';
  return attempt.final ? 'failed' : 'pending';
}
