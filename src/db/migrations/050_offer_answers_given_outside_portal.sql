-- A candidate often answers an offer outside the portal: by phone, a signed letter, an e-mail or in
-- person. HR records that answer on the offer, and it stands like one given in the portal (the same
-- row, so the offer's status, the reports and the exports read it alike). Such a row says who
-- recorded it, the day the candidate gave it and how; the note holds HR's note or the reference of
-- the signed letter. An acceptance recorded by HR carries no typed name, consent or client hash.
ALTER TABLE offer_answers
  ADD COLUMN recorded_by uuid REFERENCES users (id),
  ADD COLUMN given_on date,
  ADD COLUMN given_via text CHECK (given_via IN ('phone', 'signed_letter', 'email', 'in_person'));

ALTER TABLE offer_answers ADD CONSTRAINT offer_answers_given_outside_whole CHECK (
  (given_via IS NULL AND given_on IS NULL AND recorded_by IS NULL)
  OR (given_via IS NOT NULL AND given_on IS NOT NULL AND kind IN ('accept', 'decline'))
);

ALTER TABLE offer_answers DROP CONSTRAINT offer_answers_accept_signed;
ALTER TABLE offer_answers ADD CONSTRAINT offer_answers_accept_signed CHECK (
  kind <> 'accept' OR given_via IS NOT NULL
  OR (signed_name IS NOT NULL AND consent_given AND client_hash IS NOT NULL)
);
