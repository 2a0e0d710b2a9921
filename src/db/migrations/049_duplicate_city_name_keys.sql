-- The duplicates check looks for candidates in the same city with a name word in common. Asked as
-- two indexes ANDed (027), a common word and a big city were bitmaps of thousands of rows each
-- (at 100,000 candidates, 2,994 name matches and 17,191 in Jakarta Selatan for 492 in both, most
-- of the check's database time). One key per city and name word ("jakarta selatan|budi") finds
-- exactly the rows in both. A name word never holds '|' (the words are runs of letters and
-- digits), so a key is equal only when both its city and its word are. The expressions must stay
-- identical to findPossibleDuplicates; 027's indexes stay for the import's check.
CREATE FUNCTION candidate_city_name_keys(city text, full_name text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT ARRAY(SELECT lower(city) || '|' || word
                     FROM unnest(regexp_split_to_array(lower(full_name), '[^[:alnum:]]+')) AS word) $$;

CREATE INDEX candidates_city_name_keys_idx ON candidates
  USING gin (candidate_city_name_keys(city, full_name));
