-- Pairs HR checked and found to be two different people, so the duplicate check stops flagging
-- them. Stored once per pair, the smaller id first.
CREATE TABLE distinct_candidates (
  candidate_a uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
  candidate_b uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
  marked_by uuid REFERENCES users (id),
  marked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (candidate_a, candidate_b),
  CHECK (candidate_a < candidate_b)
);
CREATE INDEX distinct_candidates_b_idx ON distinct_candidates (candidate_b);
