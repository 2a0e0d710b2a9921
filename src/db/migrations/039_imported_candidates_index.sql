-- An import's result lists the candidates it wrote (the first 50 by row): its staged rows are
-- deleted once written, and each candidate's 'candidate.imported' audit entry names the import and
-- the row. This index answers that without reading every import's entries.
CREATE INDEX audit_log_imported_idx ON audit_log ((detail->>'importId'), ((detail->>'row')::int))
  WHERE action = 'candidate.imported';
