-- A referrer's name finds the candidates they referred ("Budi" finds those whose source is
-- Referral, by Budi): a substring of the source detail, answered by a small trigram index over the
-- referrals alone (the search names `source = 'referral'` so the planner may use it).
CREATE INDEX candidates_referrer_trgm_idx ON candidates
  USING gin (lower(source_detail) gin_trgm_ops) WHERE source = 'referral';

-- Numbers written in the notes, as digits: a landline the import kept there ("(021) 555-1234",
-- a candidate's phone must be a mobile) is found by "5551234" as well as "555-1234". Separators
-- between digits are dropped, then everything that is not a digit becomes one space, so a search
-- matches within one number only. Derived from the notes, it changes and is erased with them.
ALTER TABLE candidates ADD COLUMN note_digits text GENERATED ALWAYS AS (
  btrim(regexp_replace(regexp_replace(notes, '(\d)[ ().-]+(?=\d)', '\1', 'g'), '\D+', ' ', 'g'))
) STORED;
CREATE INDEX candidates_note_digits_trgm_idx ON candidates USING gin (note_digits gin_trgm_ops);
