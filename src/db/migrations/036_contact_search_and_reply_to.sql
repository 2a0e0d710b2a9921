-- Part of an e-mail address or phone number finds a candidate ("gmail", "budi.santoso", "0812"):
-- a substring match, which only a trigram index answers without reading every candidate (checked
-- with EXPLAIN at 100,000 candidates, see bench/search.ts). pg_trgm ships with PostgreSQL and is
-- loaded into PGlite by src/db/pglite-start.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX candidates_email_trgm_idx ON candidates USING gin (email gin_trgm_ops);
CREATE INDEX candidates_phone_trgm_idx ON candidates USING gin (phone gin_trgm_ops);

-- Where a candidate's reply to an e-mail sent on HR's behalf goes: the sender is a no-reply
-- address, so without it "reply to this e-mail" reached nobody. A shared inbox the company reads.
ALTER TABLE brand_settings ADD COLUMN candidate_contact_email text;
-- Kept with the message as decided when it was queued, so every delivery attempt (and the outbox
-- copy) carries the same Reply-To.
ALTER TABLE email_messages ADD COLUMN reply_to text;
