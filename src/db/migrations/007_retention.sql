-- Retention (UU PDP): how long data of rejected or withdrawn candidates is kept, per company, and
-- per candidate an extension with its reason and the moment they were anonymised.

ALTER TABLE company_settings ADD COLUMN retention_months integer NOT NULL DEFAULT 12
  CHECK (retention_months BETWEEN 1 AND 120);
ALTER TABLE candidates ADD COLUMN retention_extended_until timestamptz;
ALTER TABLE candidates ADD COLUMN retention_extension_reason text;
ALTER TABLE candidates ADD COLUMN anonymised_at timestamptz;
