import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exact trend rollups kept by statement-level triggers on claim_tags, so every write path
 * (ingest, confirm, reject, untag, re-suggest, rules) updates them in its own transaction.
 *
 * - trend_rollup: claims per narrative × UTC day × status × source × language × platform × stance.
 *   Source is a dimension, so distinct sources stay exact for any grouping.
 * - trend_totals: per granularity (d/w/m) × narrative × bucket × status mask (bit 1 SUGGESTED,
 *   2 CONFIRMED, 4 REJECTED): claims and distinct sources, recomputed from trend_rollup for the
 *   buckets a statement touched. This answers the common ungrouped query with one index range.
 * - claim_daily: all claims per UTC day, for share of voice.
 */
const STATUS_BIT = `CASE r.status WHEN 'SUGGESTED' THEN 1 WHEN 'CONFIRMED' THEN 2 ELSE 4 END`;
const GRANULARITIES = [
  { code: 'd', unit: 'day' },
  { code: 'w', unit: 'week' },
  { code: 'm', unit: 'month' },
] as const;

/** The body of one trigger function; `rows` selects the changed tags with a signed weight d. */
function maintenanceBody(rows: string): string {
  const touched = `SELECT DISTINCT narrative_id, day FROM (${rows}) x`;
  const totals = GRANULARITIES.map(
    ({ code, unit }) => `
    DELETE FROM trend_totals t
      USING (SELECT DISTINCT narrative_id, date_trunc('${unit}', day)::date AS bucket FROM (${touched}) y) a
     WHERE t.granularity = '${code}' AND t.narrative_id = a.narrative_id AND t.bucket = a.bucket;
    INSERT INTO trend_totals (granularity, narrative_id, bucket, status_mask, claims, sources)
    SELECT '${code}', r.narrative_id, a.bucket, m.mask, sum(r.claims)::int, count(DISTINCT r.source_id)::int
      FROM (SELECT DISTINCT narrative_id, date_trunc('${unit}', day)::date AS bucket FROM (${touched}) y) a
      JOIN trend_rollup r ON r.narrative_id = a.narrative_id AND r.day >= a.bucket AND r.day < (a.bucket + interval '1 ${unit}')::date
      JOIN (VALUES (1), (2), (3), (4), (5), (6), (7)) m(mask) ON (m.mask & ${STATUS_BIT}) <> 0
     GROUP BY r.narrative_id, a.bucket, m.mask;`,
  ).join('\n');
  return `
  DECLARE n bigint;
  BEGIN
    -- One writer per narrative at a time, so recomputed distinct-source totals see every committed change.
    FOR n IN SELECT DISTINCT narrative_id FROM (${rows}) x ORDER BY 1 LOOP
      PERFORM pg_advisory_xact_lock(7301, (n % 2147483647)::int);
    END LOOP;
    INSERT INTO trend_rollup AS r (narrative_id, day, status, source_id, language, platform, stance, claims)
    SELECT x.narrative_id, x.day, x.status, x.source_id, x.language, coalesce(s.platform, 'unknown'), x.stance, sum(x.d)::int
      FROM (${rows}) x JOIN sources s ON s.id = x.source_id
     GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING sum(x.d) <> 0
    ON CONFLICT (narrative_id, day, status, source_id, language, platform, stance)
      DO UPDATE SET claims = r.claims + EXCLUDED.claims;
    DELETE FROM trend_rollup r USING (${touched}) a
     WHERE r.narrative_id = a.narrative_id AND r.day = a.day AND r.claims <= 0;
    ${totals}
    RETURN NULL;
  END`;
}

const tagRows = (table: string, sign: number) =>
  `SELECT narrative_id, (published_at AT TIME ZONE 'UTC')::date AS day, status, source_id, language, stance, ${sign} AS d FROM ${table}`;

export class TrendRollups1764100000000 implements MigrationInterface {
  name = 'TrendRollups1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE trend_rollup (
        narrative_id  bigint NOT NULL,
        day           date NOT NULL,
        status        text NOT NULL,
        source_id     bigint NOT NULL,
        language      text NOT NULL,
        platform      text NOT NULL,
        stance        text NOT NULL,
        claims        int NOT NULL,
        PRIMARY KEY (narrative_id, day, status, source_id, language, platform, stance)
      )`);
    await q.query(`
      CREATE TABLE trend_totals (
        granularity   char(1) NOT NULL,
        narrative_id  bigint NOT NULL,
        status_mask   smallint NOT NULL,
        bucket        date NOT NULL,
        claims        int NOT NULL,
        sources       int NOT NULL,
        PRIMARY KEY (granularity, narrative_id, status_mask, bucket)
      )`);
    await q.query(`CREATE TABLE claim_daily (day date PRIMARY KEY, claims int NOT NULL)`);

    await q.query(`CREATE FUNCTION trend_tags_inserted() RETURNS trigger LANGUAGE plpgsql AS $fn$ ${maintenanceBody(tagRows('new_rows', 1))} $fn$`);
    await q.query(`CREATE FUNCTION trend_tags_deleted() RETURNS trigger LANGUAGE plpgsql AS $fn$ ${maintenanceBody(tagRows('old_rows', -1))} $fn$`);
    await q.query(
      `CREATE FUNCTION trend_tags_updated() RETURNS trigger LANGUAGE plpgsql AS $fn$ ${maintenanceBody(`${tagRows('new_rows', 1)} UNION ALL ${tagRows('old_rows', -1)}`)} $fn$`,
    );
    await q.query(`CREATE TRIGGER trend_tags_insert AFTER INSERT ON claim_tags REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION trend_tags_inserted()`);
    await q.query(`CREATE TRIGGER trend_tags_delete AFTER DELETE ON claim_tags REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION trend_tags_deleted()`);
    await q.query(
      `CREATE TRIGGER trend_tags_update AFTER UPDATE ON claim_tags REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION trend_tags_updated()`,
    );

    const dailyBody = (rows: string) => `BEGIN
      INSERT INTO claim_daily AS c (day, claims)
      SELECT day, sum(d)::int FROM (${rows}) x GROUP BY day
      ON CONFLICT (day) DO UPDATE SET claims = c.claims + EXCLUDED.claims;
      RETURN NULL;
    END`;
    const claimRows = (table: string, sign: number) => `SELECT (published_at AT TIME ZONE 'UTC')::date AS day, ${sign} AS d FROM ${table}`;
    await q.query(`CREATE FUNCTION claim_daily_inserted() RETURNS trigger LANGUAGE plpgsql AS $fn$ ${dailyBody(claimRows('new_rows', 1))} $fn$`);
    await q.query(`CREATE FUNCTION claim_daily_deleted() RETURNS trigger LANGUAGE plpgsql AS $fn$ ${dailyBody(claimRows('old_rows', -1))} $fn$`);
    await q.query(`CREATE TRIGGER claim_daily_insert AFTER INSERT ON claims REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claim_daily_inserted()`);
    await q.query(`CREATE TRIGGER claim_daily_delete AFTER DELETE ON claims REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION claim_daily_deleted()`);

    // Rows written before this migration.
    await q.query(`
      INSERT INTO trend_rollup (narrative_id, day, status, source_id, language, platform, stance, claims)
      SELECT t.narrative_id, (t.published_at AT TIME ZONE 'UTC')::date, t.status, t.source_id, t.language, coalesce(s.platform, 'unknown'), t.stance, count(*)::int
        FROM claim_tags t JOIN sources s ON s.id = t.source_id GROUP BY 1, 2, 3, 4, 5, 6, 7`);
    for (const { code, unit } of GRANULARITIES) {
      await q.query(`
        INSERT INTO trend_totals (granularity, narrative_id, bucket, status_mask, claims, sources)
        SELECT '${code}', r.narrative_id, date_trunc('${unit}', r.day)::date, m.mask, sum(r.claims)::int, count(DISTINCT r.source_id)::int
          FROM trend_rollup r JOIN (VALUES (1), (2), (3), (4), (5), (6), (7)) m(mask) ON (m.mask & ${STATUS_BIT}) <> 0
         GROUP BY 2, 3, 4`);
    }
    await q.query(`INSERT INTO claim_daily (day, claims) SELECT (published_at AT TIME ZONE 'UTC')::date, count(*)::int FROM claims GROUP BY 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['trend_tags_insert', 'trend_tags_delete', 'trend_tags_update']) await q.query(`DROP TRIGGER IF EXISTS ${t} ON claim_tags`);
    for (const t of ['claim_daily_insert', 'claim_daily_delete']) await q.query(`DROP TRIGGER IF EXISTS ${t} ON claims`);
    for (const f of ['trend_tags_inserted', 'trend_tags_deleted', 'trend_tags_updated', 'claim_daily_inserted', 'claim_daily_deleted']) {
      await q.query(`DROP FUNCTION IF EXISTS ${f}()`);
    }
    await q.query(`DROP TABLE IF EXISTS trend_rollup, trend_totals, claim_daily`);
  }
}
