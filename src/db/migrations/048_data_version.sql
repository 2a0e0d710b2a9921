-- One number that grows with every committed change to the data screens show (issue 19). A
-- server may keep an answer it computed (server/answer-cache.ts) only while this number is the one
-- it read before computing it; the session lookup reads it in the same statement, so checking
-- costs no extra round trip, and every instance on the database sees a change the moment it is
-- committed. The bump runs at commit (a deferred trigger) so the row is locked last and briefly,
-- and once per transaction however many rows it wrote. A transaction that writes a table and then
-- alters it (ALTER TABLE refuses pending trigger events) first runs SET CONSTRAINTS
-- data_version_bump IMMEDIATE (switchReportFactsTriggers does).
CREATE TABLE data_version (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  version bigint NOT NULL
);
INSERT INTO data_version (id, version) VALUES (true, 1);

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('seleksi.data_version_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    PERFORM set_config('seleksi.data_version_bumped', txid_current()::text, true);
    UPDATE data_version SET version = version + 1;
  END IF;
  RETURN NULL;
END $$;

-- Every table but those no cached answer reads and that change without the user changing
-- anything: sessions slide forward, throttles and rate limits count requests. A later migration
-- that adds a table adds these two triggers too (test/api/answer-cache.test.ts lists the tables).
DO $$
DECLARE
  name text;
BEGIN
  FOR name IN
    SELECT tablename FROM pg_tables
    WHERE schemaname = 'public'
      AND tablename NOT IN ('data_version', 'schema_migrations', 'sessions', 'sign_in_throttles',
                            'rate_limit_counters')
  LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER data_version_bump AFTER INSERT OR UPDATE OR DELETE ON %I
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version()', name);
    EXECUTE format('CREATE TRIGGER data_version_bump_truncate AFTER TRUNCATE ON %I
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()', name);
  END LOOP;
END $$;
