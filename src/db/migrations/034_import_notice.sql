-- HR chooses, at the preview, whether each imported candidate is sent the privacy notice (UU PDP
-- 27/2022: data not collected from the person themselves is to be made known to them). Kept on the
-- import because a large import writes its rows, and queues their notices, in background chunks.
ALTER TABLE candidate_imports ADD COLUMN tell_candidates boolean NOT NULL DEFAULT false;
