-- API tokens: another program calls the API as the admin who made the token, narrowed to its
-- scopes. Only the SHA-256 of the secret is kept (the secret is shown once); revoked tokens stay
-- so the audit log can still name them.
CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  -- The secret's first characters, to tell tokens apart in the list; not enough to use one.
  prefix text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  scopes text[] NOT NULL,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz,
  revoked_by uuid REFERENCES users (id)
);

-- A change made with a token names the token as well as the admin it acts for.
ALTER TABLE audit_log ADD COLUMN api_token_id uuid REFERENCES api_tokens (id);

-- Webhook endpoints: where events are sent, and the secret they are signed with (sealed with the
-- server's secret key, bound to the endpoint's id).
CREATE TABLE webhook_endpoints (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  url text NOT NULL,
  description text NOT NULL DEFAULT '',
  events text[] NOT NULL,
  secret_sealed text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- One event for one endpoint: queued in the transaction of the change, sent by the task queue.
-- candidate_id lets an erasure find and scrub the payloads about that candidate.
CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  event_id uuid NOT NULL,
  event_type text NOT NULL,
  candidate_id uuid,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  response_status integer,
  -- A short code (`http_500`, `timeout`, `connection_refused`), never the receiver's body.
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_attempt_at timestamptz,
  delivered_at timestamptz
);
CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, created_at DESC);
CREATE INDEX webhook_deliveries_candidate_idx ON webhook_deliveries (candidate_id)
  WHERE candidate_id IS NOT NULL;
