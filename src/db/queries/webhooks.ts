import type { DeliveryAttempt, DeliveryJob } from '../../domain/integrations/delivery-problem';
import type { WebhookDeliveryStatus, WebhookEvent } from '../../domain/integrations/webhook';
import type { Queryable } from '../database';

export interface WebhookEndpointRow {
  id: string;
  url: string;
  description: string;
  events: WebhookEvent[];
  active: boolean;
  createdAt: Date;
}

export interface WebhookEndpointSecretRow extends WebhookEndpointRow {
  secretSealed: string;
}

const endpointColumns = `id, url, description, events, active, created_at AS "createdAt"`;

export async function insertWebhookEndpoint(
  db: Queryable,
  endpoint: {
    id: string;
    url: string;
    description: string;
    events: readonly WebhookEvent[];
    secretSealed: string;
    createdBy: string;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO webhook_endpoints (id, url, description, events, secret_sealed, created_by)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      endpoint.id,
      endpoint.url,
      endpoint.description,
      endpoint.events,
      endpoint.secretSealed,
      endpoint.createdBy,
    ],
  );
}

export async function updateWebhookEndpoint(
  db: Queryable,
  id: string,
  change: { url: string; description: string; events: readonly WebhookEvent[]; active: boolean },
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `UPDATE webhook_endpoints SET url = $2, description = $3, events = $4, active = $5
     WHERE id = $1 RETURNING id`,
    [id, change.url, change.description, change.events, change.active],
  );
  return rows.length > 0;
}

export async function deleteWebhookEndpoint(db: Queryable, id: string): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    'DELETE FROM webhook_endpoints WHERE id = $1 RETURNING id',
    [id],
  );
  return rows.length > 0;
}

export async function listWebhookEndpoints(db: Queryable): Promise<WebhookEndpointRow[]> {
  return db.query<WebhookEndpointRow>(
    `SELECT ${endpointColumns} FROM webhook_endpoints ORDER BY created_at`,
  );
}

export async function findWebhookEndpoint(
  db: Queryable,
  id: string,
): Promise<WebhookEndpointSecretRow | undefined> {
  const [row] = await db.query<WebhookEndpointSecretRow>(
    `SELECT ${endpointColumns}, secret_sealed AS "secretSealed" FROM webhook_endpoints WHERE id = $1`,
    [id],
  );
  return row;
}

/** The active endpoints that asked for an event. */
export async function endpointsFor(db: Queryable, event: WebhookEvent): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    'SELECT id FROM webhook_endpoints WHERE active AND $1 = ANY (events)',
    [event],
  );
  return rows.map((row) => row.id);
}

export interface WebhookDeliveryRow {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: WebhookEvent;
  payload: Record<string, unknown>;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  /** Every attempt, oldest first. */
  attemptLog: DeliveryAttempt[];
  createdAt: Date;
  lastAttemptAt: Date | null;
  deliveredAt: Date | null;
  subject: DeliverySubject;
}

/**
 * What an event is about, for the log: its application, and its candidate by name while they
 * exist. An erased candidate's deliveries no longer point at them (scrubCandidateDeliveries), so
 * no name of theirs is read: the log says only that the candidate was erased.
 */
export interface DeliverySubject {
  applicationId: string | null;
  candidate: { id: string; fullName: string } | null;
  candidateErased: boolean;
}

const deliveryColumns = `id, endpoint_id AS "endpointId", event_id AS "eventId",
  event_type AS "eventType", payload, status, attempts, response_status AS "responseStatus",
  last_error AS "lastError", attempt_log AS "attemptLog", created_at AS "createdAt", last_attempt_at AS "lastAttemptAt",
  delivered_at AS "deliveredAt", json_build_object(
    'applicationId', coalesce(payload #>> '{data,application,id}', payload #>> '{data,interview,applicationId}'),
    'candidate', (SELECT json_build_object('id', c.id, 'fullName', c.full_name) FROM candidates c
                  WHERE c.id = webhook_deliveries.candidate_id),
    'candidateErased', candidate_id IS NULL AND payload #> '{data,candidate}' IS NOT NULL
  ) AS subject`;

export async function insertWebhookDelivery(
  db: Queryable,
  delivery: {
    endpointId: string;
    eventId: string;
    eventType: WebhookEvent;
    candidateId: string | null;
    payload: Record<string, unknown>;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, candidate_id, payload)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      delivery.endpointId,
      delivery.eventId,
      delivery.eventType,
      delivery.candidateId,
      JSON.stringify(delivery.payload),
    ],
  );
  return row!.id;
}

export async function findWebhookDelivery(
  db: Queryable,
  id: string,
): Promise<WebhookDeliveryRow | undefined> {
  const [row] = await db.query<WebhookDeliveryRow>(
    `SELECT ${deliveryColumns} FROM webhook_deliveries WHERE id = $1`,
    [id],
  );
  return row;
}

/** The newest deliveries of one endpoint, for its log. */
export async function listWebhookDeliveries(
  db: Queryable,
  endpointId: string,
  limit: number,
): Promise<WebhookDeliveryRow[]> {
  return db.query<WebhookDeliveryRow>(
    `SELECT ${deliveryColumns} FROM webhook_deliveries WHERE endpoint_id = $1
     ORDER BY created_at DESC, id DESC LIMIT $2`,
    [endpointId, limit],
  );
}

/**
 * The queue job still to run for each delivery, read from pg-boss's own table so the log shows
 * the real schedule (its retry times carry jitter). A delivery sent again has a newer job.
 */
export async function pendingDeliveryJobs(
  db: Queryable,
  queue: string,
  deliveryIds: readonly string[],
): Promise<Map<string, DeliveryJob>> {
  if (!deliveryIds.length) return new Map();
  const rows = await db.query<DeliveryJob & { deliveryId: string }>(
    `SELECT DISTINCT ON (data->>'deliveryId') data->>'deliveryId' AS "deliveryId",
       state::text AS state, retry_count AS "retryCount", retry_limit AS "retryLimit",
       start_after AS "startAfter"
     FROM pgboss.job
     WHERE name = $1 AND state IN ('created', 'retry', 'active')
       AND data->>'deliveryId' = ANY ($2::text[])
     ORDER BY data->>'deliveryId', created_on DESC`,
    [queue, deliveryIds],
  );
  return new Map(rows.map(({ deliveryId, ...job }) => [deliveryId, job]));
}

export async function recordDeliveryAttempt(
  db: Queryable,
  id: string,
  attempt: { status: WebhookDeliveryStatus; responseStatus: number | null; error: string | null },
): Promise<void> {
  await db.query(
    `UPDATE webhook_deliveries SET attempts = attempts + 1, status = $2, response_status = $3,
       last_error = $4, last_attempt_at = now(),
       attempt_log = attempt_log || jsonb_build_array(jsonb_build_object('attempt', attempts + 1,
         'at', now(), 'httpStatus', $3::integer, 'error', $4::text)),
       delivered_at = CASE WHEN $2 = 'delivered' THEN now() END
     WHERE id = $1`,
    [id, attempt.status, attempt.responseStatus, attempt.error],
  );
}

export async function markDeliveryPending(db: Queryable, id: string): Promise<void> {
  await db.query(
    `UPDATE webhook_deliveries SET status = 'pending', last_error = NULL WHERE id = $1`,
    [id],
  );
}

/**
 * After an erasure the candidate's deliveries keep their ids but lose the personal data, queued
 * or already sent, and no longer point at the candidate.
 */
export async function scrubCandidateDeliveries(db: Queryable, candidateId: string): Promise<void> {
  await db.query(
    `UPDATE webhook_deliveries
     SET payload = jsonb_set(payload, '{data,candidate}', jsonb_build_object('erased', true)),
         candidate_id = NULL
     WHERE candidate_id = $1`,
    [candidateId],
  );
}
