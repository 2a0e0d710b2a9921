-- The offer letter's wording per language, as an admin edited it. No row: the built-in text
-- (src/domain/offer-letter/offer-letter-template.ts) is used.
CREATE TABLE offer_letter_templates (
  locale text PRIMARY KEY CHECK (locale IN ('id', 'en')),
  title text NOT NULL,
  body text NOT NULL,
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
