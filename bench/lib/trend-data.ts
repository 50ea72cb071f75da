/**
 * Synthetic Narratrace corpus for trend benchmarks, generated inside PostgreSQL with set-based SQL
 * (generate_series, INSERT … SELECT) on a migrated database.
 *
 * Shape (one calendar year, 2025, UTC):
 * - 200 sources with Zipf-like volume (s = 1.1: the top 10 publish about 57 % of everything), each
 *   on one of 3 platforms with a main language (3 languages; 15 % of documents in another one);
 * - 20 narratives with Zipf-like popularity (s = 0.8);
 * - a weekly rhythm (weekends at ~55 % of a mid-week day), a diurnal curve and a slow drift upwards;
 * - 12 bursts: a narrative surges for 3–12 days (front-loaded), half of its burst documents coming
 *   from a handful of otherwise quiet "driving" sources — 12 % of all documents;
 * - 4 claims per document; 90 % of claims are tagged with the document's narrative, 10 % with
 *   another one, and 12 % get a second tag: ≈ 1.12 tags per claim;
 * - status CONFIRMED 48 % / SUGGESTED 42 % / REJECTED 10 %; stance mixed, with every fifth
 *   source mostly refuting.
 *
 * Documents are numbered in publication order, so the chunked claim_tags inserts arrive like a
 * chronological ingest and each statement's trigger touches a few weeks of buckets. Documents and
 * claims are bulk-loaded (triggers and FK checks off, secondary indexes rebuilt afterwards,
 * claim_daily backfilled); claim_tags go through the real rollup triggers and indexes, with their
 * foreign keys validated once after the load.
 * Deterministic for a given seed (setseed in the loading session).
 */
import type pg from 'pg';
import { performance } from 'node:perf_hooks';

export const SOURCES = 200;
export const NARRATIVES = 20;
export const LANGUAGES = ['en', 'ru', 'uk'] as const;
export const PLATFORMS = ['web', 'telegram', 'x'] as const;
export const CLAIMS_PER_DOCUMENT = 4;
export const YEAR_FROM = new Date('2025-01-01T00:00:00Z');
export const YEAR_TO = new Date('2026-01-01T00:00:00Z');
const DAYS = 365;

const SOURCE_ZIPF = 1.1;
const NARRATIVE_ZIPF = 0.8;
const BURST_SHARE = 0.12;
const OTHER_LANGUAGE_SHARE = 0.15;
const OFF_TOPIC_TAG_SHARE = 0.1;
const SECOND_TAG_SHARE = 0.12;
export const TAGS_PER_CLAIM = 1 + SECOND_TAG_SHARE;

/** narrative, first day (0 = Jan 1), length in days, relative size */
const BURSTS: Array<[narrative: number, start: number, length: number, weight: number]> = [
  [9, 18, 3, 0.6],
  [3, 40, 6, 1.0],
  [7, 95, 10, 1.6],
  [1, 130, 4, 0.8],
  [12, 160, 8, 1.0],
  [7, 200, 5, 0.7],
  [15, 220, 12, 1.4],
  [5, 250, 3, 0.5],
  [18, 280, 7, 0.9],
  [3, 300, 9, 1.2],
  [10, 320, 5, 0.7],
  [20, 340, 6, 0.8],
];
const DRIVERS_PER_BURST = 5;

/** Lower bounds of the cumulative distribution of `weights`: width_bucket(random(), bounds) picks index 1..n. */
function cdfLowerBounds(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const bounds: number[] = [];
  let acc = 0;
  for (const w of weights) {
    bounds.push(acc / total);
    acc += w;
  }
  return bounds;
}

/** A fixed pseudo-random number in [0, 1) for an integer: source attributes that do not depend on the seed. */
function hash01(i: number, salt: number): number {
  let x = Math.imul(i ^ salt, 0x9e3779b1);
  x ^= x >>> 15;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  return (x >>> 0) / 4294967296;
}

const WEEKDAY_WEIGHT = [0.55, 1.0, 1.08, 1.1, 1.05, 0.92, 0.6]; // Sunday … Saturday
const HOUR_WEIGHT = [0.25, 0.2, 0.18, 0.2, 0.3, 0.5, 0.8, 1.0, 1.15, 1.2, 1.2, 1.15, 1.1, 1.1, 1.15, 1.2, 1.2, 1.1, 1.0, 0.95, 0.85, 0.7, 0.5, 0.35];

function dayWeights(): number[] {
  return Array.from({ length: DAYS }, (_, k) => {
    const date = new Date(YEAR_FROM.getTime() + k * 86_400_000);
    const month = date.getUTCMonth();
    const summer = month === 6 || month === 7 ? 0.88 : 1;
    return WEEKDAY_WEIGHT[date.getUTCDay()]! * (0.85 + (0.3 * k) / (DAYS - 1)) * summer;
  });
}

export interface SourceSpec {
  id: number;
  name: string;
  platform: string;
  language: string;
  country: string;
}

export function sourceSpecs(): SourceSpec[] {
  const countries = ['US', 'GB', 'DE', 'FR', 'PL', 'UA', 'RU', 'RS', 'HU', 'TR'];
  return Array.from({ length: SOURCES }, (_, k) => {
    const id = k + 1;
    const l = hash01(id, 11);
    const p = hash01(id, 23);
    return {
      id,
      name: `Source ${String(id).padStart(3, '0')}`,
      language: l < 0.5 ? 'en' : l < 0.8 ? 'ru' : 'uk',
      platform: p < 0.5 ? 'web' : p < 0.8 ? 'telegram' : 'x',
      country: countries[Math.floor(hash01(id, 37) * countries.length)]!,
    };
  });
}

export interface LoadPhase {
  name: string;
  rows: number;
  ms: number;
}

export interface TagChunk {
  tags: number;
  ms: number;
}

export interface LoadReport {
  claims: number;
  documents: number;
  tags: number;
  rollupRows: number;
  totalsRows: number;
  phases: LoadPhase[];
  tagChunks: TagChunk[];
  /** bytes, tables with their indexes */
  relationBytes: Record<string, number>;
}

export interface LoadOptions {
  claims: number;
  /** claim_tags rows per INSERT statement (each fires the rollup triggers once) */
  tagsPerStatement: number;
  seed?: number;
  log?: (line: string) => void;
}

async function timed(client: pg.Client, sql: string, params: unknown[] = []): Promise<{ rows: number; ms: number }> {
  const start = performance.now();
  const res = await client.query(sql, params);
  return { rows: res.rowCount ?? 0, ms: performance.now() - start };
}

/** Non-constraint indexes of a table, as CREATE INDEX statements. */
async function secondaryIndexes(client: pg.Client, table: string): Promise<Array<{ name: string; def: string }>> {
  const res = await client.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = $1
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)
      ORDER BY 1`,
    [table],
  );
  // A partitioned table's index reads "ON ONLY parent": recreate it on the partitions too.
  return res.rows.map((r) => ({ name: r.name, def: r.def.replace(' ON ONLY ', ' ON ') }));
}

/** Fills a freshly migrated database; `client` must be a dedicated session (setseed is per session). */
export async function loadTrendData(client: pg.Client, opts: LoadOptions): Promise<LoadReport> {
  const log = opts.log ?? (() => {});
  const claims = opts.claims;
  const documents = Math.ceil(claims / CLAIMS_PER_DOCUMENT);
  const phases: LoadPhase[] = [];
  const phase = async (name: string, work: () => Promise<number>) => {
    const start = performance.now();
    const rows = await work();
    const ms = performance.now() - start;
    phases.push({ name, rows, ms });
    log(`  ${name}: ${rows.toLocaleString('en-US')} rows in ${(ms / 1000).toFixed(1)} s`);
  };

  await client.query(`SET synchronous_commit = off`); // a bulk load; durability of the benchmark database is irrelevant
  await client.query(`SELECT setseed($1)`, [opts.seed ?? 0.4242]);

  const sources = sourceSpecs();
  await phase('sources + narratives', async () => {
    await client.query(
      `INSERT INTO sources (id, name, platform, country)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[])`,
      [sources.map((s) => s.id), sources.map((s) => s.name), sources.map((s) => s.platform), sources.map((s) => s.country)],
    );
    await client.query(
      `INSERT INTO narratives (id, slug, name, description, keywords)
       SELECT n, 'bench-narrative-' || n, 'Benchmark narrative ' || n, 'Synthetic narrative for the trends benchmark', ARRAY['topic' || n]
         FROM generate_series(1, $1::int) n`,
      [NARRATIVES],
    );
    return SOURCES + NARRATIVES;
  });

  // The publication plan: one row per document with its source, language, time and narrative.
  await client.query(`CREATE UNLOGGED TABLE bench_plan (doc_id bigint PRIMARY KEY, source_id bigint NOT NULL, language text NOT NULL, published_at timestamptz NOT NULL, narrative_id bigint NOT NULL)`);
  const narrativeWeights = Array.from({ length: NARRATIVES }, (_, k) => 1 / Math.pow(k + 1, NARRATIVE_ZIPF));
  const sourceWeights = Array.from({ length: SOURCES }, (_, k) => 1 / Math.pow(k + 1, SOURCE_ZIPF));
  await phase('publication plan', async () => {
    const res = await client.query(
      `INSERT INTO bench_plan (doc_id, source_id, language, published_at, narrative_id)
       SELECT row_number() OVER (ORDER BY published_at, g), source_id, language, published_at, narrative_id FROM (
         SELECT g, source_id, narrative_id,
                CASE WHEN u_lang < $11 THEN (($9::text[])[1 + (array_position($9::text[], ($8::text[])[source_id]) + floor(u_lang2 * 2)::int) % 3])
                     ELSE ($8::text[])[source_id] END AS language,
                $10::timestamptz + make_interval(days => day, hours => hour - 1, secs => floor(u_sec * 3600)) AS published_at
           FROM (
             SELECT g, u_lang, u_lang2, u_sec, hour,
                    CASE WHEN burst THEN ($5::int[])[k] ELSE width_bucket(u_narr, $1::float8[]) END AS narrative_id,
                    CASE WHEN burst THEN ($6::int[])[k] + floor(power(u_day, 1.7) * ($7::int[])[k])::int
                         ELSE width_bucket(u_day, $3::float8[]) - 1 END AS day,
                    CASE WHEN burst AND u_driver < 0.5 THEN ($13::int[])[k] + floor(u_src * $14::int)::int
                         ELSE width_bucket(u_src, $2::float8[]) END AS source_id
               FROM (
                 SELECT g, random() < $12 AS burst, width_bucket(random(), $4::float8[]) AS k,
                        random() AS u_narr, random() AS u_day, width_bucket(random(), $15::float8[]) AS hour,
                        random() AS u_sec, random() AS u_src, random() AS u_driver, random() AS u_lang, random() AS u_lang2
                   FROM generate_series(1, $16::int) g
                 OFFSET 0
               ) r
           ) d
       ) p`,
      [
        cdfLowerBounds(narrativeWeights),
        cdfLowerBounds(sourceWeights),
        cdfLowerBounds(dayWeights()),
        cdfLowerBounds(BURSTS.map((b) => b[3] * b[2])),
        BURSTS.map((b) => b[0]),
        BURSTS.map((b) => b[1]),
        BURSTS.map((b) => b[2]),
        sources.map((s) => s.language),
        [...LANGUAGES],
        YEAR_FROM.toISOString(),
        1 - OTHER_LANGUAGE_SHARE,
        BURST_SHARE,
        BURSTS.map((_, k) => 20 + ((k * 37) % (SOURCES - 20 - DRIVERS_PER_BURST))),
        DRIVERS_PER_BURST,
        cdfLowerBounds(HOUR_WEIGHT),
        documents,
      ],
    );
    return res.rowCount ?? 0;
  });

  // Documents and claims are bulk-loaded like a restore: constraint and user triggers off (the data
  // is consistent by construction; claim_daily is filled afterwards with the migration's own
  // backfill statement) and secondary indexes rebuilt at the end. claim_tags, the subject of this
  // benchmark, go through the real triggers and indexes.
  // Claims may be partitioned by month (PostgreSQL): make the year's partitions first, as ingest does.
  const partitioned = (await client.query(`SELECT to_regprocedure('ensure_claim_partitions(date[])') IS NOT NULL AS yes`)).rows[0].yes as boolean;
  if (partitioned) {
    await client.query(`SELECT ensure_claim_partitions(ARRAY(SELECT generate_series($1::date, $2::date - 1, interval '1 month')::date))`, [
      YEAR_FROM.toISOString().slice(0, 10),
      YEAR_TO.toISOString().slice(0, 10),
    ]);
  }
  const dropped = [...(await secondaryIndexes(client, 'documents')), ...(await secondaryIndexes(client, 'claims'))];
  for (const index of dropped) await client.query(`DROP INDEX ${index.name}`);
  await client.query(`SET session_replication_role = replica`);
  const docChunk = 250_000;
  await phase('documents', async () => {
    let rows = 0;
    for (let lo = 1; lo <= documents; lo += docChunk) {
      const r = await timed(
        client,
        `INSERT INTO documents (id, external_id, source_id, content_fingerprint, url, title, text, language, published_at)
         SELECT doc_id, 'bench:' || doc_id, source_id, md5(doc_id::text), 'https://example.org/' || source_id || '/' || doc_id,
                'Report ' || doc_id || ' on topic ' || narrative_id,
                'Report ' || doc_id || ' on topic ' || narrative_id || ': four claims follow.', language, published_at
           FROM bench_plan WHERE doc_id BETWEEN $1 AND $2`,
        [lo, Math.min(documents, lo + docChunk - 1)],
      );
      rows += r.rows;
    }
    return rows;
  });

  const claimDocChunk = Math.ceil(250_000 / CLAIMS_PER_DOCUMENT);
  await phase('claims', async () => {
    let rows = 0;
    for (let lo = 1; lo <= documents; lo += claimDocChunk) {
      const r = await timed(
        client,
        `INSERT INTO claims (id, document_id, source_id, position, text, normalized, fingerprint, language, published_at)
         SELECT id, doc_id, source_id, pos, text, lower(text), md5(lower(text)), language, published_at FROM (
           SELECT (p.doc_id - 1) * $3::int + pos + 1 AS id, p.doc_id, p.source_id, pos, p.language, p.published_at,
                  'Claim ' || (pos + 1) || ' of report ' || p.doc_id || ' on topic ' || p.narrative_id AS text
             FROM bench_plan p CROSS JOIN generate_series(0, $3::int - 1) pos
            WHERE p.doc_id BETWEEN $1 AND $2
         ) c WHERE id <= $4`,
        [lo, Math.min(documents, lo + claimDocChunk - 1), CLAIMS_PER_DOCUMENT, claims],
      );
      rows += r.rows;
    }
    return rows;
  });

  await client.query(`RESET session_replication_role`);
  await phase('claim_daily', async () => {
    const res = await client.query(`INSERT INTO claim_daily (day, claims) SELECT (published_at AT TIME ZONE 'UTC')::date, count(*)::int FROM claims GROUP BY 1`);
    return res.rowCount ?? 0;
  });
  await phase(`documents + claims indexes (${dropped.length})`, async () => {
    await client.query(`SET maintenance_work_mem = '512MB'`);
    for (const index of dropped) await client.query(index.def);
    await client.query(`RESET maintenance_work_mem`);
    return dropped.length;
  });

  // claim_tags in chunks of whole claims: every statement fires the rollup triggers once. Their
  // foreign keys are checked once at the end (as a restore does) rather than per row: the per-row
  // cost belongs to the ingest measurement, not to the rollup build.
  const foreignKeys = (
    await client.query<{ name: string; def: string }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'claim_tags'::regclass AND contype = 'f' AND conparentid = 0 ORDER BY 1`,
    )
  ).rows;
  for (const fk of foreignKeys) await client.query(`ALTER TABLE claim_tags DROP CONSTRAINT ${fk.name}`);
  const tagChunks: TagChunk[] = [];
  const claimChunk = Math.max(1, Math.floor(opts.tagsPerStatement / TAGS_PER_CLAIM));
  await phase('claim_tags (rollup triggers)', async () => {
    let rows = 0;
    for (let lo = 1; lo <= claims; lo += claimChunk) {
      const r = await timed(
        client,
        `INSERT INTO claim_tags (claim_id, narrative_id, status, origin, stance, confidence, tagged_by, published_at, source_id, language)
         SELECT x.id, v.narrative_id,
                CASE WHEN v.u_status < 0.48 THEN 'CONFIRMED' WHEN v.u_status < 0.90 THEN 'SUGGESTED' ELSE 'REJECTED' END,
                CASE WHEN v.u_origin < 0.55 THEN 'SIMILARITY' WHEN v.u_origin < 0.85 THEN 'RULE' ELSE 'MANUAL' END,
                CASE WHEN x.source_id % 5 = 0
                     THEN CASE WHEN v.u_stance < 0.6 THEN 'REFUTES' WHEN v.u_stance < 0.9 THEN 'NEUTRAL' ELSE 'SUPPORTS' END
                     ELSE CASE WHEN v.u_stance < 0.55 THEN 'SUPPORTS' WHEN v.u_stance < 0.85 THEN 'NEUTRAL' ELSE 'REFUTES' END END,
                round((0.35 + 0.65 * v.u_origin)::numeric, 3)::real,
                CASE WHEN v.u_origin >= 0.85 THEN 'analyst' END,
                x.published_at, x.source_id, x.language
           FROM (
             SELECT c.id, c.published_at, c.source_id, c.language, p.narrative_id AS doc_narrative,
                    random() AS u_main, random() AS u_other, random() AS u_second, random() AS u_second_n,
                    random() AS s1, random() AS o1, random() AS t1, random() AS s2, random() AS o2, random() AS t2
               FROM claims c JOIN bench_plan p ON p.doc_id = c.document_id
              WHERE c.id BETWEEN $1 AND $2
              ORDER BY c.id -- random() is evaluated after the sort: the same draws whatever the scan order
             OFFSET 0
           ) x
           CROSS JOIN LATERAL (SELECT CASE WHEN x.u_main < $4 THEN x.doc_narrative ELSE 1 + floor(x.u_other * $3::int)::int END AS first) f
           CROSS JOIN LATERAL (VALUES
             (f.first, x.s1, x.o1, x.t1),
             (CASE WHEN x.u_second < $5 THEN 1 + (f.first + floor(x.u_second_n * ($3::int - 1))::int) % $3::int END, x.s2, x.o2, x.t2)
           ) v(narrative_id, u_status, u_origin, u_stance)
          WHERE v.narrative_id IS NOT NULL`,
        [lo, Math.min(claims, lo + claimChunk - 1), NARRATIVES, 1 - OFF_TOPIC_TAG_SHARE, SECOND_TAG_SHARE],
      );
      tagChunks.push({ tags: r.rows, ms: r.ms });
      rows += r.rows;
      log(`    tags ${rows.toLocaleString('en-US')}: +${r.rows.toLocaleString('en-US')} in ${(r.ms / 1000).toFixed(2)} s`);
    }
    return rows;
  });

  await phase(`claim_tags foreign keys (${foreignKeys.length}) re-added`, async () => {
    for (const fk of foreignKeys) await client.query(`ALTER TABLE claim_tags ADD CONSTRAINT ${fk.name} ${fk.def}`);
    return foreignKeys.length;
  });
  await client.query(`DROP TABLE bench_plan`);
  for (const table of ['sources', 'narratives', 'documents', 'claims']) {
    await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT max(id) FROM ${table}))`, [table]);
  }
  await phase('vacuum analyze', async () => {
    await client.query(`VACUUM (ANALYZE) sources, narratives, documents, claims, claim_tags, trend_rollup, trend_totals, claim_daily`);
    return 0;
  });

  const count = async (table: string) => Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  const relationBytes: Record<string, number> = {};
  for (const table of ['documents', 'claims', 'claim_tags', 'trend_rollup', 'trend_totals']) {
    // a partitioned table holds nothing itself: add up its partitions
    relationBytes[table] = Number((await client.query(`SELECT coalesce((SELECT sum(pg_total_relation_size(relid)) FROM pg_partition_tree($1::regclass)), pg_total_relation_size($1::regclass)) AS b`, [table])).rows[0].b);
  }
  return {
    claims: await count('claims'),
    documents: await count('documents'),
    tags: await count('claim_tags'),
    rollupRows: await count('trend_rollup'),
    totalsRows: await count('trend_totals'),
    phases,
    tagChunks,
    relationBytes,
  };
}
