import { z } from 'zod';
import { apiTokenScopes, apiTokenStates } from '../../domain/integrations/api-token';
import { deliveryProblems } from '../../domain/integrations/delivery-problem';
import { webhookDeliveryStatuses, webhookEvents } from '../../domain/integrations/webhook';
import { daySchema, idSchema, text, timestampSchema } from './common.schema';

// API tokens (admins)
export const apiToken = z.object({
  id: idSchema,
  name: z.string(),
  /** The token's first characters (`slk_AbCdEfGh`), to tell tokens apart; not usable. */
  prefix: z.string(),
  scopes: z.array(z.enum(apiTokenScopes)),
  createdByName: z.string(),
  createdAt: timestampSchema,
  expiresAt: timestampSchema.nullable(),
  lastUsedAt: timestampSchema.nullable(),
  revokedAt: timestampSchema.nullable(),
  state: z.enum(apiTokenStates),
});
export type ApiTokenOut = z.infer<typeof apiToken>;
export const apiTokenList = z.object({ items: z.array(apiToken) });
export const newApiTokenInput = z.object({
  name: text(80, 1),
  scopes: z
    .array(z.enum(apiTokenScopes))
    .min(1, { error: 'Choose at least one scope.' })
    .max(apiTokenScopes.length),
  /** The last day the token works (Jakarta time); none: it works until revoked. */
  expiresOn: daySchema.nullable().optional(),
});
export type NewApiTokenInput = z.input<typeof newApiTokenInput>;
export const createdApiToken = z.object({
  token: apiToken,
  /** The secret to send as `Authorization: Bearer <secret>`: shown this once, stored hashed. */
  secret: z.string(),
});
export const apiTokenParams = z.object({ tokenId: idSchema });

// Webhooks (admins)
export const webhookEndpoint = z.object({
  id: idSchema,
  url: z.string(),
  description: z.string(),
  events: z.array(z.enum(webhookEvents)),
  active: z.boolean(),
  createdAt: timestampSchema,
});
export type WebhookEndpointOut = z.infer<typeof webhookEndpoint>;
export const webhookEndpointList = z.object({ items: z.array(webhookEndpoint) });
const endpointFields = {
  // HTTPS (or loopback HTTP where allowed) is the service's rule; here only that it is a URL.
  url: z
    .string()
    .trim()
    .min(1, { error: 'Required.' })
    .max(2000, { error: 'Too long.' })
    .refine((value) => URL.canParse(value), {
      message: 'Enter a full URL (https://…).',
      params: { code: 'invalid_url' },
    }),
  description: text(200).default(''),
  events: z
    .array(z.enum(webhookEvents))
    .min(1, { error: 'Choose at least one event.' })
    .max(webhookEvents.length),
};
export const newWebhookInput = z.object(endpointFields);
export type NewWebhookInput = z.input<typeof newWebhookInput>;
export const webhookChangeInput = z.object({ ...endpointFields, active: z.boolean() });
export type WebhookChangeInput = z.input<typeof webhookChangeInput>;
export const webhookSecret = z.object({
  /** The signing secret (`whsec_…`): the HMAC-SHA256 key of the `Seleksi-Signature` header. */
  secret: z.string(),
});
export const createdWebhook = z.object({ endpoint: webhookEndpoint, secret: z.string() });
export const webhookParams = z.object({ endpointId: idSchema });
export const webhookDeliveryParams = z.object({ endpointId: idSchema, deliveryId: idSchema });
const deliveryProblem = z.object({
  kind: z.enum(deliveryProblems),
  /** The receiver's HTTP status when it answered with one. */
  httpStatus: z.number().int().nullable(),
});
export const webhookDelivery = z.object({
  id: idSchema,
  eventId: idSchema,
  eventType: z.enum(webhookEvents),
  status: z.enum(webhookDeliveryStatuses),
  attempts: z.number().int(),
  responseStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  /** The last failure in plain terms (the raw code is `lastError`); null once delivered. */
  problem: deliveryProblem.nullable(),
  /** Every attempt, oldest first: the receiver's HTTP status, or the failure in plain terms. */
  attemptLog: z.array(
    z.object({
      attempt: z.number().int(),
      at: timestampSchema,
      httpStatus: z.number().int().nullable(),
      /** The failure's raw code (`http_500`, `econnrefused`); null for a delivered attempt. */
      error: z.string().nullable(),
      /** The failure in plain terms; null for a delivered attempt. */
      problem: deliveryProblem.nullable(),
    }),
  ),
  /** A failed attempt the queue will retry: which attempt failed, of how many, and when the next runs. */
  retry: z
    .object({
      failedAttempt: z.number().int(),
      attemptsAllowed: z.number().int(),
      nextAttemptAt: timestampSchema,
    })
    .nullable(),
  createdAt: timestampSchema,
  lastAttemptAt: timestampSchema.nullable(),
  /** What the event is about; an erased candidate is never named (`candidateErased`). */
  subject: z.object({
    applicationId: idSchema.nullable(),
    candidate: z.object({ id: idSchema, fullName: z.string() }).nullable(),
    candidateErased: z.boolean(),
  }),
  deliveredAt: timestampSchema.nullable(),
});
export type WebhookDeliveryOut = z.infer<typeof webhookDelivery>;
export const webhookDeliveryList = z.object({ items: z.array(webhookDelivery) });
