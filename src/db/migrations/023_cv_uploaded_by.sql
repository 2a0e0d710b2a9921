-- Who put a CV on file: null for the candidate's own upload (the careers page), else the HR user
-- who attached it to a candidate they added by hand. Only a CV HR attached is ever replaced; what
-- the candidate sent stays as they sent it.
ALTER TABLE cv_files ADD COLUMN uploaded_by uuid REFERENCES users (id);
