-- The text that goes out, when it differs from the copy staff can read: a message carrying a
-- one-time link (password, talent-pool invitation) keeps it masked in `body`, and the working
-- link only here, until the message has left (then it is cleared). No listing reads this column.
ALTER TABLE email_messages ADD COLUMN delivery_body text;

-- Messages written before this change held the working link in `body`: move it apart while the
-- message still waits to leave, and mask every kept copy.
UPDATE email_messages
SET delivery_body = CASE WHEN status = 'queued' THEN body END,
    body = regexp_replace(body, '(/set-password#|/talent-pool/)[A-Za-z0-9_-]{16,}', '\1[•••]', 'g')
WHERE template IN ('account_invitation', 'password_reset', 'talent_pool_invitation');
