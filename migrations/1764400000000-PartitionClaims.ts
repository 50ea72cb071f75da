import type { MigrationInterface, QueryRunner } from 'typeorm';

const CLAIM_INDEXES = [
  `CREATE INDEX claims_published_idx ON claims (published_at DESC, id DESC)`,
  `CREATE INDEX claims_id_idx ON claims (id)`,
  `CREATE INDEX claims_source_published_idx ON claims (source_id, published_at DESC)`,
  `CREATE INDEX claims_language_published_idx ON claims (language, published_at DESC)`,
  `CREATE INDEX claims_fingerprint_idx ON claims (fingerprint)`,
  `CREATE INDEX claims_normalized_trgm_idx ON claims USING gin (normalized gin_trgm_ops)`,
];

/**
 * On PostgreSQL, claims become a table partitioned by month of publication (UTC), so that old
 * months can be detached or archived and time-bounded scans touch only their months. Partitions are
 * made on demand by ensure_claim_partitions(), which ingest calls (in its own short transaction)
 * before storing claims of a month it has not seen. PGlite keeps the plain table; there the
 * function does nothing.
 */
export class PartitionClaims1764400000000 implements MigrationInterface {
  name = 'PartitionClaims1764400000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ version }] = await q.query(`SELECT version() AS version`);
    if (/pglite/i.test(version)) {
      await q.query(`CREATE FUNCTION ensure_claim_partitions(months date[]) RETURNS void LANGUAGE sql AS $$ SELECT $$`);
      return;
    }
    await q.query(`
      CREATE FUNCTION ensure_claim_partitions(months date[]) RETURNS void LANGUAGE plpgsql AS $fn$
      DECLARE m date; name text;
      BEGIN
        FOR m IN SELECT DISTINCT date_trunc('month', x)::date FROM unnest(months) AS x ORDER BY 1 LOOP
          name := format('claims_p%s', to_char(m, 'YYYYMM'));
          IF to_regclass(name) IS NULL THEN
            BEGIN
              EXECUTE format('CREATE TABLE %I PARTITION OF claims FOR VALUES FROM (%L) TO (%L)',
                name, (m::timestamp AT TIME ZONE 'UTC'), ((m + interval '1 month')::timestamp AT TIME ZONE 'UTC'));
            EXCEPTION WHEN duplicate_table THEN NULL;
            END;
          END IF;
        END LOOP;
      END $fn$`);
    await q.query(`ALTER TABLE claim_tags DROP CONSTRAINT IF EXISTS claim_tags_claim_id_fkey`);
    await q.query(`ALTER TABLE claims RENAME TO claims_unpartitioned`);
    await q.query(`CREATE SEQUENCE claim_id_seq AS bigint`);
    await q.query(`SELECT setval('claim_id_seq', coalesce((SELECT max(id) FROM claims_unpartitioned), 0) + 1, false)`);
    await q.query(`
      CREATE TABLE claims (
        id            bigint NOT NULL DEFAULT nextval('claim_id_seq'),
        document_id   bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        source_id     bigint NOT NULL REFERENCES sources(id),
        position      int NOT NULL,
        text          text NOT NULL,
        normalized    text NOT NULL,
        fingerprint   text NOT NULL,
        language      text NOT NULL,
        published_at  timestamptz NOT NULL,
        claimant      text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, published_at),
        UNIQUE (document_id, position, published_at)
      ) PARTITION BY RANGE (published_at)`);
    await q.query(`ALTER SEQUENCE claim_id_seq OWNED BY claims.id`);
    await q.query(`SELECT ensure_claim_partitions(array(SELECT DISTINCT (published_at AT TIME ZONE 'UTC')::date FROM claims_unpartitioned))`);
    await q.query(`INSERT INTO claims SELECT id, document_id, source_id, position, text, normalized, fingerprint, language, published_at, claimant, created_at FROM claims_unpartitioned`);
    await q.query(`DROP TABLE claims_unpartitioned`);
    for (const sql of CLAIM_INDEXES) await q.query(sql);
    await q.query(`ALTER TABLE claim_tags ADD CONSTRAINT claim_tags_claim_fkey FOREIGN KEY (claim_id, published_at) REFERENCES claims (id, published_at) ON DELETE CASCADE`);
    await q.query(`CREATE TRIGGER claim_daily_insert AFTER INSERT ON claims REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claim_daily_inserted()`);
    await q.query(`CREATE TRIGGER claim_daily_delete AFTER DELETE ON claims REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION claim_daily_deleted()`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Going back would copy every claim into a plain table; restore from a backup instead.
    await q.query(`DROP FUNCTION IF EXISTS ensure_claim_partitions(date[])`);
  }
}
