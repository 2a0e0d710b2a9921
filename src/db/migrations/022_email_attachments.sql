-- A file sent with an e-mail (the offer letter with "offer sent"): made when the message is
-- queued, so what went out is what the candidate was offered then, and erased with the message.
ALTER TABLE email_messages
  ADD COLUMN attachment_name text,
  ADD COLUMN attachment_type text,
  ADD COLUMN attachment_content bytea,
  ADD CONSTRAINT email_messages_attachment_whole CHECK (
    (attachment_name IS NULL) = (attachment_content IS NULL)
    AND (attachment_name IS NULL) = (attachment_type IS NULL)
  );
