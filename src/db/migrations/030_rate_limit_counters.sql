-- Per-route request counts for rate limits, shared by every instance on one PostgreSQL server
-- (PGlite runs one instance and counts in memory). The key is a hash of the route and the
-- client address, never the address itself; rows whose window has ended are swept away.
CREATE TABLE rate_limit_counters (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  window_ends_at timestamptz NOT NULL
);

CREATE INDEX rate_limit_counters_window_ends_at ON rate_limit_counters (window_ends_at);
