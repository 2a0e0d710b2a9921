-- Two-factor recovery codes (walk finding M8): ten one-time codes shown once when two-factor is
-- turned on, for a lost phone. Only a hash of each code is kept (argon2id, like passwords); a used
-- code keeps its row with used_at set, so the account page can count those left. A new set
-- replaces the old one (the rows are deleted), as does turning two-factor off or an admin's reset.
-- Not watched by 052's data versions: no kept answer shows these rows (like sessions).
CREATE TABLE two_factor_recovery_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  used_at timestamptz
);

CREATE INDEX two_factor_recovery_codes_user ON two_factor_recovery_codes (user_id);
