import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Concurrent ingest transactions no longer deadlock with each other or with partition making.
 *
 * 1. Making a month's partition of `claims`:
 * `CREATE TABLE … PARTITION OF claims` locks `claims` (ACCESS EXCLUSIVE) and then the tables its
 * foreign keys touch: `documents` and `sources` (referenced) and `claim_tags` (which references
 * claims). An ingest transaction takes them the other way round: sources, documents, claims, tags.
 * When a partition was made while another feed was mid-batch, each waited for the other until
 * PostgreSQL aborted one of them (seen as SERVICE_UNAVAILABLE by API clients, and as one-second
 * stalls and retries in bulk imports). The function now takes every lock up front, in the order
 * ingest takes them, so it simply waits for transactions in flight; and only when a month is missing.
 * 2. The per-day claim counter (`claim_daily`, kept by a statement trigger on claims) is updated
 *    day by day in date order: in hash order, two transactions about the same days could lock
 *    the same counters in opposite orders. (Sources and documents are inserted in key order by
 *    the repositories, for the same reason.)
 */
/** Makes month m's partition `name` unless it exists (both versions of the function). */
const CREATE_PARTITION = `IF to_regclass(name) IS NULL THEN
        BEGIN
          EXECUTE format('CREATE TABLE %I PARTITION OF claims FOR VALUES FROM (%L) TO (%L)',
            name, (m::timestamp AT TIME ZONE 'UTC'), ((m + interval '1 month')::timestamp AT TIME ZONE 'UTC'));
        EXCEPTION WHEN duplicate_table THEN NULL;
        END;
      END IF;`;

const LOCKING_ENSURE = `
  CREATE OR REPLACE FUNCTION ensure_claim_partitions(months date[]) RETURNS void LANGUAGE plpgsql AS $fn$
  DECLARE m date; name text; missing date[];
  BEGIN
    SELECT array_agg(x ORDER BY x) INTO missing
      FROM (SELECT DISTINCT date_trunc('month', x)::date AS x FROM unnest(months) AS x) d
     WHERE to_regclass(format('claims_p%s', to_char(x, 'YYYYMM'))) IS NULL;
    IF missing IS NULL THEN RETURN; END IF;
    LOCK TABLE sources, documents IN SHARE ROW EXCLUSIVE MODE;
    LOCK TABLE ONLY claims IN ACCESS EXCLUSIVE MODE;
    LOCK TABLE claim_tags IN SHARE ROW EXCLUSIVE MODE;
    FOREACH m IN ARRAY missing LOOP
      name := format('claims_p%s', to_char(m, 'YYYYMM'));
      -- another session may have made it while this one waited for the locks
      ${CREATE_PARTITION}
    END LOOP;
  END $fn$`;

/** As PartitionClaims made it. */
const PREVIOUS_ENSURE = `
  CREATE OR REPLACE FUNCTION ensure_claim_partitions(months date[]) RETURNS void LANGUAGE plpgsql AS $fn$
  DECLARE m date; name text;
  BEGIN
    FOR m IN SELECT DISTINCT date_trunc('month', x)::date FROM unnest(months) AS x ORDER BY 1 LOOP
      name := format('claims_p%s', to_char(m, 'YYYYMM'));
      ${CREATE_PARTITION}
    END LOOP;
  END $fn$`;

const dailyBody = (rows: string, ordered: boolean) => `BEGIN
      INSERT INTO claim_daily AS c (day, claims)
      SELECT day, sum(d)::int FROM (${rows}) x GROUP BY day${ordered ? ' ORDER BY day' : ''}
      ON CONFLICT (day) DO UPDATE SET claims = c.claims + EXCLUDED.claims;
      RETURN NULL;
    END`;
const claimRows = (table: string, sign: number) => `SELECT (published_at AT TIME ZONE 'UTC')::date AS day, ${sign} AS d FROM ${table}`;

async function dailyCounters(q: QueryRunner, ordered: boolean): Promise<void> {
  await q.query(`CREATE OR REPLACE FUNCTION claim_daily_inserted() RETURNS trigger LANGUAGE plpgsql AS $fn$ ${dailyBody(claimRows('new_rows', 1), ordered)} $fn$`);
  await q.query(`CREATE OR REPLACE FUNCTION claim_daily_deleted() RETURNS trigger LANGUAGE plpgsql AS $fn$ ${dailyBody(claimRows('old_rows', -1), ordered)} $fn$`);
}

async function partitioned(q: QueryRunner): Promise<boolean> {
  const [{ version }] = await q.query(`SELECT version() AS version`);
  return !/pglite/i.test(version); // PGlite keeps a plain claims table, and the function does nothing there
}

export class IngestLockOrder1764800000000 implements MigrationInterface {
  name = 'IngestLockOrder1764800000000';

  async up(q: QueryRunner): Promise<void> {
    if (await partitioned(q)) await q.query(LOCKING_ENSURE);
    await dailyCounters(q, true);
  }

  async down(q: QueryRunner): Promise<void> {
    if (await partitioned(q)) await q.query(PREVIOUS_ENSURE);
    await dailyCounters(q, false);
  }
}
