-- The employer's brand, as an admin set it: what every page and e-mail a candidate sees carries
-- instead of ours. One row; a null company name means SELEKSI_COMPANY_NAME (the old setting).
CREATE TABLE brand_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  company_name text,
  brand_colour text CHECK (brand_colour ~ '^#[0-9a-f]{6}$'),
  about_id text NOT NULL DEFAULT '',
  about_en text NOT NULL DEFAULT '',
  careers_intro_id text NOT NULL DEFAULT '',
  careers_intro_en text NOT NULL DEFAULT '',
  logo bytea,
  logo_type text CHECK (logo_type IN ('image/png', 'image/jpeg')),
  logo_version integer NOT NULL DEFAULT 0,
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((logo IS NULL) = (logo_type IS NULL))
);
INSERT INTO brand_settings DEFAULT VALUES;

-- The WhatsApp messages per purpose and language, as an admin edited them. No row: the built-in
-- text (src/domain/whatsapp.ts) is used.
CREATE TABLE whatsapp_templates (
  purpose text NOT NULL CHECK (purpose IN ('interview_reminder', 'portal_link', 'document_request')),
  locale text NOT NULL CHECK (locale IN ('id', 'en')),
  body text NOT NULL,
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (purpose, locale)
);

-- HR opened a WhatsApp chat with the candidate about this application: part of its history. The
-- message itself is not kept (WhatsApp sends it, HR may change it before sending).
CREATE TABLE application_contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  channel text NOT NULL CHECK (channel IN ('whatsapp')),
  purpose text NOT NULL,
  locale text NOT NULL CHECK (locale IN ('id', 'en')),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX application_contacts_application_idx ON application_contacts (application_id, created_at);
