import type { ApiTokenRow } from '../../db/queries/api-tokens';
import type { WebhookEndpointRow } from '../../db/queries/webhooks';
import { apiTokenState } from '../../domain/integrations/api-token';
import {
  deliveryProblemOf,
  deliveryRetryOf,
  type DeliveryProblem,
} from '../../domain/integrations/delivery-problem';
import type { ScheduledDelivery } from '../../services/integrations/webhook-service';
import type {
  ApiTokenOut,
  WebhookDeliveryOut,
  WebhookEndpointOut,
} from '../routes/integrations.schema';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Never the hash: only what tells the tokens apart and how they are used. */
export function presentApiToken(token: ApiTokenRow, now = new Date()): ApiTokenOut {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scopes: token.scopes,
    createdByName: token.createdByName,
    createdAt: token.createdAt.toISOString(),
    expiresAt: iso(token.expiresAt),
    lastUsedAt: iso(token.lastUsedAt),
    revokedAt: iso(token.revokedAt),
    state: apiTokenState(token, now),
  };
}

/** Never the sealed secret. */
export function presentWebhookEndpoint(endpoint: WebhookEndpointRow): WebhookEndpointOut {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events,
    active: endpoint.active,
    createdAt: endpoint.createdAt.toISOString(),
  };
}

/** The log shows what happened to a delivery, not its payload (which may name a candidate). */
export function presentWebhookDelivery(delivery: ScheduledDelivery): WebhookDeliveryOut {
  const problem =
    delivery.status !== 'delivered' && delivery.lastError ? plainProblem(delivery.lastError) : null;
  const retry = deliveryRetryOf(delivery.job);
  return {
    id: delivery.id,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    status: delivery.status,
    attempts: delivery.attempts,
    responseStatus: delivery.responseStatus,
    lastError: delivery.lastError,
    problem,
    attemptLog: delivery.attemptLog.map((attempt) => ({
      ...attempt,
      at: new Date(attempt.at).toISOString(),
      problem: attempt.error ? plainProblem(attempt.error) : null,
    })),
    retry: retry && { ...retry, nextAttemptAt: retry.nextAttemptAt.toISOString() },
    createdAt: delivery.createdAt.toISOString(),
    lastAttemptAt: iso(delivery.lastAttemptAt),
    deliveredAt: iso(delivery.deliveredAt),
    subject: delivery.subject,
  };
}

function plainProblem(code: string): { kind: DeliveryProblem; httpStatus: number | null } {
  const { problem, httpStatus } = deliveryProblemOf(code);
  return { kind: problem, httpStatus };
}
