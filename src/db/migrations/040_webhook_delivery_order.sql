-- The delivery log is newest first by when each event was queued. now() is the transaction's
-- start, the same for every event of one change (an application created and moved in one
-- transaction tied, then fell in id order): the clock's time tells them apart.
ALTER TABLE webhook_deliveries ALTER COLUMN created_at SET DEFAULT clock_timestamp();
