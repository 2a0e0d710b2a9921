-- Each attempt of a webhook delivery, oldest first: `{"attempt": n, "at": …, "httpStatus": 500 | null,
-- "error": "http_500" | "econnrefused" | null}`. The columns beside it keep only the latest attempt,
-- so a log that said "delivered, HTTP 200" hid the 500s and refusals before it. Short codes only,
-- never the receiver's body (as `last_error`).
ALTER TABLE webhook_deliveries ADD COLUMN attempt_log jsonb NOT NULL DEFAULT '[]';
-- Deliveries attempted before this migration: their latest attempt is all that is known.
UPDATE webhook_deliveries
   SET attempt_log = jsonb_build_array(jsonb_build_object(
         'attempt', attempts, 'at', last_attempt_at, 'httpStatus', response_status, 'error', last_error))
 WHERE attempts > 0 AND last_attempt_at IS NOT NULL;
