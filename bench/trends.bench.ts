/**
 * `npm run bench:trends`: trend queries at scale on PostgreSQL.
 *
 * For each size (claims; ≈ 1.12 tags per claim) a fresh database is created, migrated with the real
 * migrations (Database.open) and filled by a set-based generator with realistic skew (see
 * bench/lib/trend-data.ts); the claim_tags inserts run in chunks and fire the real rollup triggers.
 * Then, in the same run, over one year by day for all 20 narratives, status [CONFIRMED, SUGGESTED]:
 *
 *   (a) groupBy NONE, answered as TrendsService does: trend_totals via TrendRepository.totals
 *   (b) groupBy SOURCE: trend_rollup via TrendRepository.rollupCounts
 *   (c) the naive baseline: raw claims ⋈ claim_tags, GROUP BY narrative, date_trunc('day'),
 *       count(*) and count(DISTINCT source_id) — the ratio column is relative to it
 *   (c') the naive query grouped by source too, the like-for-like baseline of (b)
 *   (r) TrendRepository.counts: the raw-tags path the service takes for hours and unaligned ranges
 *   (d) the full GraphQL request over HTTP against the built server on the same database
 *   (w) one tag confirmed (UPDATE in a rolled-back transaction) with and without the triggers
 *
 * Correctness is checked once per size: day/week/month totals and grouped rollups equal the naive
 * answers exactly (claims and distinct sources) for three narratives. The databases are dropped at
 * the end unless --keep. Results go to bench/results/trends.md.
 *
 *   npm run bench:trends                                   sizes 1M,5M, 50 runs
 *   npm run bench:trends -- --sizes 100000 --runs 10       smoke run
 *   flags: --sizes a,b  --runs n  --naive-runs n (5)  --http-runs n (= runs)  --chunk tags (250000)
 *          --no-http  --keep  --out file  --seed x
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { Database, TrendRepository, type TagStatus, type TrendGrouping, type TrendQuery, type TrendRow } from '@app/persistence';
import { gql, ROOT, startBuiltServer, type BuiltServer } from './lib/built-server.js';
import { parseSizes, positiveInt, readFlags } from './lib/cli.js';
import { connect, createBenchDatabase, serverFacts, type BenchDatabase } from './lib/postgres.js';
import { formatCount, formatMs, formatSize, sample, summarize, timeOnce, type Summary } from './lib/stats.js';
import { loadTrendData, NARRATIVES, YEAR_FROM, YEAR_TO, type LoadReport } from './lib/trend-data.js';

const flags = readFlags(process.argv.slice(2), ['no-http', 'keep']);
const SIZES = parseSizes(flags.get('sizes') ?? '1000000,5000000');
const RUNS = positiveInt(flags, 'runs', 50);
const NAIVE_RUNS = positiveInt(flags, 'naive-runs', Math.min(5, RUNS));
const HTTP_RUNS = positiveInt(flags, 'http-runs', RUNS);
/** (c′) and (r): secondary slow cases */
const EXTRA_RUNS = positiveInt(flags, 'extra-runs', Math.min(3, NAIVE_RUNS));
/** the SOURCE-grouped GraphQL answer is ~1.4M points and takes many seconds: a couple of runs, no warm-up */
const HTTP_SOURCE_RUNS = positiveInt(flags, 'http-source-runs', 1, 0);
const CHUNK = positiveInt(flags, 'chunk', 250_000, 1000);
const HTTP = !flags.has('no-http');
const KEEP = flags.has('keep');
const SEED = Number(flags.get('seed') ?? 0.4242);
const OUT = resolve(ROOT, flags.get('out') ?? 'bench/results/trends.md');
const TARGET_P50_MS = 15;
const TARGET_RATIO = 200;
const STATUSES: TagStatus[] = ['CONFIRMED', 'SUGGESTED'];
const ALL_NARRATIVES = Array.from({ length: NARRATIVES }, (_, k) => String(k + 1));
/** loudest, twice bursting, quietest */
const CHECKED_NARRATIVES = ['1', '7', '20'];
const ANALYSIS_MARKER = '<!-- analysis: text below this line is kept when the benchmark rewrites the file -->';

const log = (line: string) => process.stderr.write(`${line}\n`);

interface CaseResult {
  key: string;
  label: string;
  size: number;
  summary: Summary;
  /** rows (SQL) or points (HTTP) in one answer */
  rows: number;
}

interface Check {
  name: string;
  compared: number;
  ok: boolean;
  detail?: string;
}

interface SizeResult {
  size: number;
  migrateMs: number;
  /** migrations Database.open ran, and whether claims came out partitioned */
  schema: string;
  load: LoadReport;
  cases: CaseResult[];
  checks: Check[];
  plans: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------
// Queries

/** The naive answer from raw claims joined to their tags; `group` is a claims/tags column or null. */
function naiveSql(unit: 'day' | 'week' | 'month', group: string | null): string {
  return `SELECT t.narrative_id AS "narrativeId",
                 date_trunc('${unit}', c.published_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS bucket,
                 ${group ?? 'NULL::text'} AS "groupKey",
                 count(*)::int AS count,
                 count(DISTINCT c.source_id)::int AS sources
            FROM claims c JOIN claim_tags t ON t.claim_id = c.id
           WHERE t.narrative_id = ANY($1::bigint[]) AND t.status = ANY($2::text[])
             AND c.published_at >= $3 AND c.published_at < $4
           GROUP BY 1, 2, 3`;
}

function naive(db: Database, q: Pick<TrendQuery, 'narrativeIds' | 'statuses' | 'from' | 'to'>, unit: 'day' | 'week' | 'month', group: string | null): Promise<TrendRow[]> {
  return db.query<TrendRow>(naiveSql(unit, group), [q.narrativeIds, q.statuses, q.from.toISOString(), q.to.toISOString()]);
}

const yearQuery = (groupBy: TrendGrouping, narrativeIds: readonly string[] = ALL_NARRATIVES, statuses: TagStatus[] = STATUSES): TrendQuery => ({
  narrativeIds,
  from: YEAR_FROM,
  to: YEAR_TO,
  unit: 'day',
  groupBy,
  statuses,
});

const TRENDS_GQL = `query Trends($from: DateTime!, $to: DateTime!, $groupBy: TrendGroupBy!, $groupLimit: Int) {
  narrativeTrends(from: $from, to: $to, granularity: DAY, groupBy: $groupBy, status: [CONFIRMED, SUGGESTED], groupLimit: $groupLimit) {
    narrative { id }
    group
    total
    points { bucket count sources }
  }
}`;

interface GqlSeries {
  narrative: { id: string };
  group: string | null;
  total: number;
  points: Array<{ bucket: string; count: number; sources: number }>;
}

// ---------------------------------------------------------------------------------------------
// Correctness

function keyed(rows: readonly TrendRow[]): Map<string, string> {
  return new Map(rows.map((r) => [`${r.narrativeId}|${new Date(r.bucket).toISOString()}|${r.groupKey ?? ''}`, `${r.count}/${r.sources}`]));
}

function compare(name: string, actual: readonly TrendRow[], expected: readonly TrendRow[]): Check {
  const a = keyed(actual);
  const e = keyed(expected);
  const problems: string[] = [];
  for (const [k, v] of e) if (a.get(k) !== v) problems.push(`${k}: expected ${v}, got ${a.get(k) ?? 'nothing'}`);
  for (const [k, v] of a) if (!e.has(k)) problems.push(`${k}: unexpected ${v}`);
  return { name, compared: e.size, ok: problems.length === 0 && e.size > 0, detail: problems.length ? `${problems.length} differences, e.g. ${problems.slice(0, 3).join('; ')}` : e.size === 0 ? 'nothing to compare' : undefined };
}

async function verify(db: Database, trends: TrendRepository): Promise<Check[]> {
  const ids = CHECKED_NARRATIVES;
  const checks: Check[] = [];
  const dayNaive = await naive(db, yearQuery('NONE', ids), 'day', null);
  checks.push(compare('day totals (trend_totals) = naive, CONFIRMED+SUGGESTED', await trends.totals(db, { ...yearQuery('NONE', ids), unit: 'day' }), dayNaive));
  checks.push(compare('day rollup NONE (trend_rollup) = naive', await trends.rollupCounts(db, yearQuery('NONE', ids)), dayNaive));
  checks.push(compare('day rollup SOURCE = naive by source', await trends.rollupCounts(db, yearQuery('SOURCE', ids)), await naive(db, yearQuery('SOURCE', ids), 'day', 'c.source_id::text')));
  checks.push(compare('day rollup LANGUAGE = naive by language', await trends.rollupCounts(db, yearQuery('LANGUAGE', ids)), await naive(db, yearQuery('LANGUAGE', ids), 'day', 'c.language')));
  checks.push(compare('day raw counts (claim_tags) = naive', await trends.counts(db, yearQuery('NONE', ids)), dayNaive));
  // Weeks start on Monday: 2024-12-30 … 2026-01-05 covers the year with whole weeks.
  const weeks = { ...yearQuery('NONE', ids), from: new Date('2024-12-30T00:00:00Z'), to: new Date('2026-01-05T00:00:00Z') };
  checks.push(compare('week totals = naive', await trends.totals(db, { ...weeks, unit: 'week' }), await naive(db, weeks, 'week', null)));
  for (const statuses of [['REJECTED'], ['CONFIRMED'], ['CONFIRMED', 'SUGGESTED', 'REJECTED']] as TagStatus[][]) {
    const q = yearQuery('NONE', ids, statuses);
    checks.push(compare(`month totals = naive, ${statuses.join('+')}`, await trends.totals(db, { ...q, unit: 'month' }), await naive(db, q, 'month', null)));
  }
  return checks;
}

// ---------------------------------------------------------------------------------------------
// One size

async function explain(client: pg.Client, sql: string, params: unknown[]): Promise<string> {
  const res = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF) ${sql}`, params);
  return res.rows.map((r) => r['QUERY PLAN']).join('\n');
}

/** The SQL the repository sends, captured once so EXPLAIN sees exactly the same statement. */
function capture(run: (sql: { query: (s: string, p?: unknown[]) => Promise<never[]> }) => Promise<unknown>): Promise<{ sql: string; params: unknown[] }> {
  return new Promise((ok) => {
    void run({
      query: (s, p) => {
        ok({ sql: s, params: p ?? [] });
        return Promise.resolve([]);
      },
    });
  });
}

async function benchSize(size: number): Promise<SizeResult> {
  log(`\n== ${formatSize(size)} claims ==`);
  let bench: BenchDatabase | null = await createBenchDatabase('narratrace_bench_trends');
  let db: Database | null = null;
  let client: pg.Client | null = null;
  let server: BuiltServer | null = null;
  try {
    log(`database ${bench.name}`);
    const t0 = performance.now();
    db = await Database.open({ url: bench.url, dataDir: '', statementTimeoutMs: 600_000, poolSize: 4 });
    const migrateMs = performance.now() - t0;
    const migrations = (await db.query<{ name: string }>(`SELECT name FROM migrations ORDER BY id`)).map((m) => m.name);
    const [{ partitions }] = await db.query<{ partitions: number }>(`SELECT count(*)::int AS partitions FROM pg_inherits WHERE inhparent = 'claims'::regclass`);
    const schema = `${migrations.join(', ')}${partitions > 0 ? ' (claims partitioned by month)' : ''}`;
    log(`migrated in ${formatMs(migrateMs)} ms: ${schema}; loading`);
    client = await connect(bench.url);
    const load = await loadTrendData(client, { claims: size, tagsPerStatement: CHUNK, seed: SEED, log });
    log(`loaded: ${formatCount(load.claims)} claims, ${formatCount(load.tags)} tags, ${formatCount(load.rollupRows)} rollup rows, ${formatCount(load.totalsRows)} totals rows`);

    const trends = new TrendRepository();
    log('checking rollups against the naive answers');
    const checks = await verify(db, trends);
    for (const c of checks) log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name} (${formatCount(c.compared)} points)${c.detail ? `: ${c.detail}` : ''}`);

    const cases: CaseResult[] = [];
    /** `runs` timed runs after `warmup`; when a warm-up run takes over a second, only `slowRuns`. */
    const measure = async (key: string, label: string, runs: number, warmup: number, work: () => Promise<number>, slowRuns = runs) => {
      let rows = 0;
      const call = async () => {
        rows = await work();
      };
      let slowest = 0;
      for (let i = 0; i < warmup; i++) slowest = Math.max(slowest, await timeOnce(call));
      const n = slowest > 1000 ? Math.min(runs, slowRuns) : runs;
      const samples = await sample(call, n, 0);
      const result: CaseResult = { key, label, size, summary: summarize(samples), rows };
      cases.push(result);
      log(`  ${key} ${label}: median ${formatMs(result.summary.median)} ms, p95 ${formatMs(result.summary.p95)} ms (${n} runs, ${formatCount(rows)} rows)`);
      return result;
    };

    log('timing');
    const a = yearQuery('NONE');
    const b = yearQuery('SOURCE');
    await measure('(a)', 'NONE · trend_totals (TrendRepository.totals)', RUNS, 5, async () => (await trends.totals(db!, { ...a, unit: 'day' })).length);
    const totalsText = await capture((sql) => trends.totals(sql, { ...a, unit: 'day' }));
    const isoBucket = totalsText.sql.replace(`(t.bucket::timestamp AT TIME ZONE 'UTC') AS bucket`, `to_char(t.bucket, 'YYYY-MM-DD"T00:00:00.000Z"') AS bucket`);
    // (a*) measured the text bucket before it was adopted; once (a) sends text itself there is nothing to compare.
    if (isoBucket !== totalsText.sql) {
      await measure('(a*)', 'NONE · trend_totals, bucket sent as ISO text (proposed)', RUNS, 5, async () => (await db!.query(isoBucket, totalsText.params)).length);
    }
    await measure('(b)', 'SOURCE · trend_rollup (TrendRepository.rollupCounts)', RUNS, 2, async () => (await trends.rollupCounts(db!, b)).length, NAIVE_RUNS);
    await measure('(c)', 'NONE · naive claims ⋈ claim_tags (baseline)', NAIVE_RUNS, 1, async () => (await naive(db!, a, 'day', null)).length);
    await measure('(c′)', 'SOURCE · naive claims ⋈ claim_tags', EXTRA_RUNS, 1, async () => (await naive(db!, b, 'day', 'c.source_id::text')).length);
    await measure('(r)', 'NONE · raw claim_tags (TrendRepository.counts)', EXTRA_RUNS, 1, async () => (await trends.counts(db!, a)).length);

    // (w) one status change: the write path's trigger cost on a large rollup.
    const suggested = (await client.query<{ id: string }>(`SELECT id FROM claim_tags WHERE status = 'SUGGESTED' AND narrative_id = 1 ORDER BY md5(id::text) LIMIT 500`)).rows.map((r) => r.id);
    const confirm = async (triggers: boolean): Promise<number[]> => {
      const times: number[] = [];
      for (let k = 0; k < RUNS + 3; k++) {
        await client!.query('BEGIN');
        if (!triggers) await client!.query(`SET LOCAL session_replication_role = replica`);
        const ms = await timeOnce(() => client!.query(`UPDATE claim_tags SET status = 'CONFIRMED', updated_at = now() WHERE id = $1`, [suggested[k % suggested.length]]));
        await client!.query('ROLLBACK');
        if (k >= 3) times.push(ms); // three warm-up runs
      }
      return times;
    };
    for (const triggers of [true, false]) {
      const times = await confirm(triggers);
      const result: CaseResult = { key: '(w)', label: `confirm one tag (UPDATE) ${triggers ? 'with' : 'without'} rollup triggers`, size, summary: summarize(times), rows: 1 };
      cases.push(result);
      log(`  (w) ${result.label}: median ${formatMs(result.summary.median)} ms, p95 ${formatMs(result.summary.p95)} ms`);
    }

    // (i) an ingest batch: 1,000 new tags on the latest claims in one statement, with every
    // constraint, index and trigger, rolled back.
    await client.query(`CREATE TEMP TABLE bench_batch AS
      SELECT c.id AS claim_id, 1 + c.id % ${NARRATIVES} AS narrative_id, c.published_at, c.source_id, c.language FROM claims c
       WHERE NOT EXISTS (SELECT 1 FROM claim_tags t WHERE t.claim_id = c.id AND t.narrative_id = 1 + c.id % ${NARRATIVES})
       ORDER BY c.id DESC LIMIT 1000`);
    await measure('(i)', 'ingest 1,000 new tags in one INSERT (FKs, indexes, triggers)', Math.min(RUNS, 20), 2, async () => {
      await client!.query('BEGIN');
      const res = await client!.query(`INSERT INTO claim_tags (claim_id, narrative_id, status, origin, stance, confidence, published_at, source_id, language)
        SELECT claim_id, narrative_id, 'SUGGESTED', 'SIMILARITY', 'NEUTRAL', 0.7, published_at, source_id, language FROM bench_batch`);
      await client!.query('ROLLBACK');
      return res.rowCount ?? 0;
    });

    if (HTTP) {
      log('starting the built server');
      server = await startBuiltServer({ DATABASE_URL: bench.url, RATE_LIMIT_PER_MINUTE: '0' });
      const base = server.baseUrl;
      const points = (series: GqlSeries[]) => series.reduce((n, s) => n + s.points.length, 0);
      // The HTTP answer must agree with the repository's.
      const none = (await gql<{ narrativeTrends: GqlSeries[] }>(base, TRENDS_GQL, { from: YEAR_FROM.toISOString(), to: YEAR_TO.toISOString(), groupBy: 'NONE' })).narrativeTrends;
      const expected = await trends.totals(db, { ...a, unit: 'day' });
      const httpRows: TrendRow[] = none.flatMap((s) => s.points.filter((p) => p.count > 0).map((p) => ({ narrativeId: s.narrative.id, bucket: p.bucket, groupKey: null, count: p.count, sources: p.sources })));
      checks.push(compare('GraphQL narrativeTrends NONE = trend_totals', httpRows, expected.filter((r) => r.count > 0)));
      log(`  ${checks.at(-1)!.ok ? 'ok  ' : 'FAIL'} ${checks.at(-1)!.name}`);
      await measure('(d)', 'NONE · GraphQL over HTTP (built server)', HTTP_RUNS, 3, async () =>
        points((await gql<{ narrativeTrends: GqlSeries[] }>(base, TRENDS_GQL, { from: YEAR_FROM.toISOString(), to: YEAR_TO.toISOString(), groupBy: 'NONE' })).narrativeTrends),
      );
      if (HTTP_SOURCE_RUNS > 0) {
        // the 100 loudest sources of each narrative: the server refuses grouped answers over a million points
        await measure('(d′)', 'SOURCE · GraphQL over HTTP (built server), groupLimit 100', HTTP_SOURCE_RUNS, 0, async () =>
          points((await gql<{ narrativeTrends: GqlSeries[] }>(base, TRENDS_GQL, { from: YEAR_FROM.toISOString(), to: YEAR_TO.toISOString(), groupBy: 'SOURCE', groupLimit: 100 })).narrativeTrends),
        );
      }
      await server.close();
      server = null;
    }

    log('plans');
    const plans: Record<string, string> = {};
    const totalsSql = await capture((sql) => trends.totals(sql, { ...a, unit: 'day' }));
    const rollupSql = await capture((sql) => trends.rollupCounts(sql, b));
    plans['(a) trend_totals'] = await explain(client, totalsSql.sql, totalsSql.params);
    plans['(b) trend_rollup by source'] = await explain(client, rollupSql.sql, rollupSql.params);
    plans['(c) naive'] = await explain(client, naiveSql('day', null), [a.narrativeIds, a.statuses, a.from.toISOString(), a.to.toISOString()]);
    return { size, migrateMs, schema, load, cases, checks, plans };
  } finally {
    await server?.close().catch(() => {});
    await client?.end().catch(() => {});
    await db?.close().catch(() => {});
    if (bench && !KEEP) {
      await bench.drop();
      log(`dropped ${bench.name}`);
    } else if (bench) log(`kept ${bench.name}: ${bench.url}`);
    bench = null;
  }
}

// ---------------------------------------------------------------------------------------------
// Report

/** The naive median of the same size and grouping divided by the case's: (c) for NONE, (c′) for SOURCE. */
function ratio(c: CaseResult, results: SizeResult[]): string {
  const baseKey = c.label.startsWith('SOURCE') ? '(c′)' : '(c)';
  const base = results.find((r) => r.size === c.size)?.cases.find((x) => x.key === baseKey);
  if (!base || c.key === '(w)' || c.key === '(i)') return '';
  if (c.key === baseKey) return '1×';
  const x = base.summary.median / c.summary.median;
  return x >= 10 ? `${Math.round(x).toLocaleString('en-US')}×` : `${x.toFixed(1)}×`;
}

function resultsTable(results: SizeResult[]): string {
  const lines = ['| case | size | runs | median ms | p95 ms | naive ÷ case | rows per answer |', '|---|---:|---:|---:|---:|---:|---:|'];
  const keys = [...new Set(results.flatMap((r) => r.cases.map((c) => `${c.key} ${c.label}`)))];
  for (const key of keys) {
    for (const r of results) {
      const c = r.cases.find((x) => `${x.key} ${x.label}` === key);
      if (!c) continue;
      lines.push(`| ${c.key} ${c.label} | ${formatSize(c.size)} | ${c.summary.runs} | ${formatMs(c.summary.median)} | ${formatMs(c.summary.p95)} | ${ratio(c, results)} | ${formatCount(c.rows)} |`);
    }
  }
  return lines.join('\n');
}

function loadTable(results: SizeResult[]): string {
  const phaseNames = [...new Set(results.flatMap((r) => r.load.phases.map((p) => p.name)))];
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const lines = [
    `| size | documents | claims | tags | trend_rollup rows | trend_totals rows | migrate | ${phaseNames.join(' | ')} | tags/s through the triggers | total |`,
    `|${'---:|'.repeat(7 + phaseNames.length + 2)}`,
  ];
  for (const r of results) {
    const p = (name: string) => r.load.phases.find((x) => x.name === name)?.ms ?? 0;
    const tagsMs = r.load.phases.find((x) => x.name.startsWith('claim_tags'))?.ms ?? 0;
    const total = r.load.phases.reduce((sum, x) => sum + x.ms, 0) + r.migrateMs;
    lines.push(
      `| ${formatSize(r.size)} | ${formatCount(r.load.documents)} | ${formatCount(r.load.claims)} | ${formatCount(r.load.tags)} | ${formatCount(r.load.rollupRows)} | ${formatCount(r.load.totalsRows)} | ${s(r.migrateMs)} | ${phaseNames.map((n) => s(p(n))).join(' | ')} | ${formatCount(r.load.tags / (tagsMs / 1000))} | ${s(total)} |`,
    );
  }
  const chunkLines = results.map((r) => {
    const full = r.load.tagChunks.filter((c) => c.tags >= CHUNK * 0.9);
    const rates = full.map((c) => c.tags / (c.ms / 1000));
    return `${formatSize(r.size)}: ${r.load.tagChunks.length} statements, ${r.load.tagChunks.map((c) => (c.ms / 1000).toFixed(1)).join(', ')} s; full ones ${formatCount(rates[0] ?? 0)} tags/s first, ${formatCount(rates.at(-1) ?? 0)} tags/s last`;
  });
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
  const sizeLines = results.map((r) => `${formatSize(r.size)}: ${Object.entries(r.load.relationBytes).map(([t, b]) => `${t} ${mb(b)}`).join(', ')}`);
  return `${lines.join('\n')}\n\nclaim_tags statements — ${chunkLines.join('; ')}.\n\nOn disk (tables with indexes): ${sizeLines.join('; ')}.`;
}

function targets(results: SizeResult[]): string {
  const a = results.map((r) => ({ size: r.size, a: r.cases.find((c) => c.key === '(a)')!, c: r.cases.find((c) => c.key === '(c)')! }));
  const lines: string[] = [];
  for (const { size, a: x, c } of a) {
    const x200 = c.summary.median / x.summary.median;
    const plan = results.find((r) => r.size === size)?.plans['(a) trend_totals'] ?? '';
    const server = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
    lines.push(
      `- ${formatSize(size)}: (a) p50 ${formatMs(x.summary.median)} ms ${x.summary.median <= TARGET_P50_MS ? '≤' : '>'} ${TARGET_P50_MS} ms${server ? ` (server execution ${server} ms in EXPLAIN ANALYZE)` : ''}; ${Math.round(x200).toLocaleString('en-US')}× the naive query (${x200 >= TARGET_RATIO ? 'meets' : 'misses'} ≥ ${TARGET_RATIO}×).`,
    );
  }
  if (a.length > 1) {
    const first = a[0]!;
    const last = a.at(-1)!;
    lines.push(
      `- Flatness: (a) p50 ${formatMs(first.a.summary.median)} ms at ${formatSize(first.size)} vs ${formatMs(last.a.summary.median)} ms at ${formatSize(last.size)} (×${(last.a.summary.median / first.a.summary.median).toFixed(2)} for ×${(last.size / first.size).toFixed(0)} data); the naive query grows ×${(last.c.summary.median / first.c.summary.median).toFixed(1)}.`,
    );
  }
  return lines.join('\n');
}

async function machineFacts(): Promise<string[]> {
  const client = await connect((await import('./lib/postgres.js')).POSTGRES_ADMIN_URL);
  try {
    const pgFacts = await serverFacts(client);
    const cpu = cpus();
    return [
      `- CPU: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length} (shared with other work; load average at start ${loadavg().map((x) => x.toFixed(1)).join(' / ')})`,
      `- Memory: ${(totalmem() / 1024 ** 3).toFixed(0)} GB; Node ${process.version}`,
      `- PostgreSQL ${pgFacts.server_version} on 127.0.0.1 (same machine), stock settings: ${Object.entries(pgFacts)
        .filter(([k]) => k !== 'server_version')
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`,
    ];
  } finally {
    await client.end();
  }
}

function writeReport(results: SizeResult[], facts: string[], startedAt: Date, wallMs: number, loadAtEnd: number[]): void {
  const argv = process.argv.slice(2).join(' ');
  let analysis = '';
  if (existsSync(OUT)) {
    const old = readFileSync(OUT, 'utf8');
    const at = old.indexOf(ANALYSIS_MARKER);
    if (at >= 0) analysis = old.slice(at + ANALYSIS_MARKER.length).replace(/^\n+/, '');
  }
  const checks = results.flatMap((r) => r.checks.map((c) => `| ${formatSize(r.size)} | ${c.name} | ${formatCount(c.compared)} | ${c.ok ? 'equal' : `**DIFFERENT** — ${c.detail}`} |`));
  const plans = results
    .map((r) => Object.entries(r.plans).map(([name, plan]) => `<details><summary>${formatSize(r.size)} · ${name}</summary>\n\n\`\`\`\n${plan}\n\`\`\`\n</details>`).join('\n'))
    .join('\n');
  const md = `# Trends at scale — PostgreSQL

Generated by \`npm run bench:trends${argv ? ` -- ${argv}` : ''}\` on ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC; the whole run took ${(wallMs / 60000).toFixed(1)} min.

One year (2025) by day for all ${NARRATIVES} narratives, status [CONFIRMED, SUGGESTED]. Sizes are claims; each claim carries ≈ 1.12 narrative tags.
Median and p95 (nearest rank) of consecutive runs after warm-up; with fewer than 20 runs the p95 is the slowest run.
The ratio column is the median of the naive query of the same size and grouping — (c) for NONE, (c′) for SOURCE — divided by the case's median.
Slow cases run fewer times: the naive baseline (c) ${NAIVE_RUNS} runs, (c′) and (r) ${EXTRA_RUNS}, (b) ${NAIVE_RUNS} when a warm-up run takes over a second, (d′) ${HTTP_SOURCE_RUNS} without warm-up.

## Machine

${facts.join('\n')}
- Load average at the end: ${loadAtEnd.map((x) => x.toFixed(1)).join(' / ')}

## Data

Synthetic corpus from \`bench/lib/trend-data.ts\`: 200 sources with Zipf-like volume (s = 1.1) on 3 platforms with 3 languages;
20 narratives with Zipf-like popularity (s = 0.8); weekly rhythm, diurnal curve, slow growth; 12 multi-day bursts (3–12 days)
partly driven by a few quiet sources; 4 claims per document; statuses 48 % CONFIRMED, 42 % SUGGESTED, 10 % REJECTED; stances mixed.
Fresh database per size, migrated by \`Database.open\`; everything inserted with set-based SQL (\`generate_series\`, \`INSERT … SELECT\`).
Documents and claims are bulk-loaded like a restore (\`session_replication_role = replica\`, secondary indexes dropped and rebuilt,
claim_daily filled by the migration's backfill statement); claim_tags go through the real path: statements of ${formatCount(CHUNK)} tags
in publication order, each maintaining its indexes and firing the statement-level rollup triggers; their foreign keys are validated
once after the load (the per-row check is in the ingest case (i)).
Migrations applied: ${[...new Set(results.map((r) => r.schema))].join('; ')}.

${loadTable(results)}

## Results

${resultsTable(results)}

- (a) is the path \`TrendsService.rows()\` takes for this request (ungrouped, bucket-aligned): \`TrendRepository.totals\`.
- (a*) is (a) with one change proposed in the analysis below: the bucket sent as ISO text instead of a timestamptz the driver parses (the service already does \`new Date(r.bucket)\`).
- (b) is the path for grouped day-aligned requests: \`TrendRepository.rollupCounts\`; (c′) is its like-for-like naive baseline.
- (r) is \`TrendRepository.counts\` (claim_tags only), the path for hours and ranges that cut a day.
- (d) and (d′) are the whole \`narrativeTrends\` GraphQL request over HTTP to the built server (\`node dist/…/main.js\`) on the same database, rate limit off.
- (i) is one ingest batch: 1,000 new tags on the latest claims in one \`INSERT\` (foreign keys, indexes, rollup triggers), rolled back; the time includes BEGIN and ROLLBACK.
- (w) is one \`UPDATE claim_tags SET status = 'CONFIRMED'\` of a SUGGESTED tag of narrative 1 (the loudest) in a transaction that is rolled back; "without" runs it under \`session_replication_role = replica\`.

## Targets (issue "Trends at scale")

${targets(results)}

## Correctness (narratives ${CHECKED_NARRATIVES.join(', ')}: loudest, bursting twice, quietest)

| size | check | points | result |
|---:|---|---:|---|
${checks.join('\n')}

## Plans (EXPLAIN ANALYZE, BUFFERS; one run after the timings)

${plans}

${ANALYSIS_MARKER}

${analysis}`;
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, md.trimEnd() + '\n');
  log(`\nwrote ${relative(ROOT, OUT)}`);
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const t0 = performance.now();
  const facts = await machineFacts();
  log(`trends benchmark: sizes ${SIZES.map(formatSize).join(', ')}; ${RUNS} runs (naive ${NAIVE_RUNS}, http ${HTTP ? HTTP_RUNS : 'off'})`);
  const results: SizeResult[] = [];
  for (const size of SIZES) results.push(await benchSize(size));
  const wallMs = performance.now() - t0;
  const table = resultsTable(results);
  process.stdout.write(`\n${table}\n\n${targets(results)}\n`);
  writeReport(results, facts, startedAt, wallMs, loadavg());
  log(`total ${(wallMs / 60000).toFixed(1)} min`);
  if (results.some((r) => r.checks.some((c) => !c.ok))) {
    log('some rollup answers differ from the naive ones');
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
