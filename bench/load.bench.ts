/**
 * Load benchmark: 400 concurrent HTTP clients (autocannon, 127.0.0.1 only) against the built
 * server over the demo corpus, with ADMIN_TOKEN set and tagging done with a named ANALYST token,
 * as in production. Each case runs for a bounded time; the baseline, measured in the same run,
 * is GET /health (the HTTP + Nest floor), and every case's median is shown as a ratio to it.
 * Targets: 0 errors in every case, p99 ≤ 50 ms for reads.
 *
 *   npm run bench:load     BENCH_SECONDS=10 · BENCH_CONNECTIONS=400 · BENCH_DATABASE=pglite|postgres
 *                          BENCH_OUT=bench/results/load.md (appends a section)
 *
 * The rate limit is turned off for the run (RATE_LIMIT_PER_MINUTE=0): one client address sending
 * tens of thousands of requests a minute is exactly what it exists to stop.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import autocannon from 'autocannon';
import { ROOT, startBuiltServer } from './lib/built-server.js';
import { createBenchDatabase, type BenchDatabase } from './lib/postgres.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 400);
const DATABASE = (process.env.BENCH_DATABASE ?? 'pglite') as 'pglite' | 'postgres';
const OUT = process.env.BENCH_OUT ?? join(ROOT, 'bench/results/load.md');
const READ_P99_TARGET_MS = 50;
const ADMIN_TOKEN = `bench-admin-${process.pid}-${Date.now()}`;

async function post<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}, token = ADMIN_TOKEN): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (!res.ok || body.errors) throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors).slice(0, 400)}`);
  return body.data;
}

interface Case {
  name: string;
  kind: 'baseline' | 'read' | 'write' | 'mixed';
  requests: autocannon.Request[];
}

interface Outcome {
  name: string;
  kind: Case['kind'];
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

const TRENDS = `query Trends($from: DateTime!, $to: DateTime!) {
  narrativeTrends(from: $from, to: $to, granularity: DAY) { narrative { id name } total points { bucket count sources } }
}`;
const CLAIMS = `query Claims($first: Int) {
  claims(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id text language publishedAt source { name } tags { status stance confidence narrative { name } } } } }
}`;
const TAG = `mutation Tag($c: ID!, $n: ID!) { tagClaim(claimId: $c, narrativeId: $n) { id status taggedBy } }`;

function graphqlRequest(query: string, variables: () => Record<string, unknown>, token: string, onError: (status: number, body: string) => void): autocannon.Request {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    setupRequest: (req) => ({ ...req, body: JSON.stringify({ query, variables: variables() }) }),
    onResponse: (status: number, body: string) => {
      if (status !== 200 || body.includes('"errors"')) onError(status, body);
    },
  } as autocannon.Request;
}

async function run(baseUrl: string, c: Case, graphqlErrors: { n: number }): Promise<Outcome> {
  graphqlErrors.n = 0;
  const result = await autocannon({ url: baseUrl, connections: CONNECTIONS, duration: SECONDS, requests: c.requests, timeout: 30 });
  const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors.n;
  return {
    name: c.name,
    kind: c.kind,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors,
  };
}

/**
 * Requests cut off when a case ends are still executed by the server; wait until it answers a
 * small query promptly again so that one case's backlog does not count against the next.
 */
async function settle(baseUrl: string): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    const started = performance.now();
    await post(baseUrl, `{ sources { id } }`);
    if (performance.now() - started < 50) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function main(): Promise<void> {
  let database: BenchDatabase | null = null;
  const dataDir = mkdtempSync(join(tmpdir(), 'narratrace-load-'));
  if (DATABASE === 'postgres') database = await createBenchDatabase('narratrace_load');
  const server = await startBuiltServer(
    {
      DEMO_DATA: 'on',
      ADMIN_TOKEN,
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
      ...(database ? { DATABASE_URL: database.url } : { DATA_DIR: dataDir, DATABASE_URL: '' }),
    },
    300_000,
  );
  try {
    const { baseUrl } = server;
    const analyst = (await post<{ createApiToken: { token: string } }>(baseUrl, `mutation { createApiToken(name: "load-bench", role: ANALYST) { token } }`)).createApiToken.token;
    const narratives = (await post<{ narratives: Array<{ id: string }> }>(baseUrl, `{ narratives { id } }`)).narratives.map((n) => n.id);
    const claims = (await post<{ claims: { edges: Array<{ node: { id: string; publishedAt: string } }> } }>(baseUrl, `{ claims(first: 500) { edges { node { id publishedAt } } } }`)).claims.edges.map((e) => e.node);
    if (narratives.length === 0 || claims.length === 0) throw new Error('the demo corpus did not load');
    const newest = new Date(claims[0]!.publishedAt);
    const to = new Date(Date.UTC(newest.getUTCFullYear(), newest.getUTCMonth(), newest.getUTCDate() + 1));
    const from = new Date(to.getTime() - 90 * 86_400_000);
    const trendVars = { from: from.toISOString(), to: to.toISOString() };
    let i = 0;
    const tagVars = () => {
      i += 1;
      return { c: claims[i % claims.length]!.id, n: narratives[i % narratives.length]! };
    };
    const errors = { n: 0 };
    const samples = new Map<string, Set<string>>();
    let current = '';
    const onError = (status: number, body: string) => {
      errors.n += 1;
      let what = `HTTP ${status}`;
      try {
        const e = (JSON.parse(body) as { errors?: Array<{ message: string; extensions?: { code?: string } }> }).errors?.[0];
        if (e) what = `${e.extensions?.code ?? '?'}: ${e.message.replace(/reference [0-9a-f-]+/, 'reference …').slice(0, 120)}`;
      } catch {
        /* not JSON */
      }
      const seen = samples.get(current) ?? new Set<string>();
      if (seen.size < 3) seen.add(what);
      samples.set(current, seen);
    };
    const trends = graphqlRequest(TRENDS, () => trendVars, analyst, onError);
    const list = graphqlRequest(CLAIMS, () => ({ first: 20 }), analyst, onError);
    const tag = graphqlRequest(TAG, tagVars, analyst, onError);
    const cases: Case[] = [
      { name: 'baseline: GET /health', kind: 'baseline', requests: [{ method: 'GET', path: '/health' }] },
      { name: 'narrativeTrends, 90 days × all narratives', kind: 'read', requests: [trends] },
      { name: 'claims(first: 20) with tags', kind: 'read', requests: [list] },
      { name: 'tagClaim (ANALYST token)', kind: 'write', requests: [tag] },
      { name: 'mix: 5 claims : 4 trends : 1 tagClaim', kind: 'mixed', requests: [list, trends, list, trends, list, trends, list, trends, list, tag] },
    ];
    const outcomes: Outcome[] = [];
    for (const c of cases) {
      await settle(baseUrl);
      current = c.name;
      process.stderr.write(`running ${c.name} for ${SECONDS} s with ${CONNECTIONS} connections…\n`);
      outcomes.push(await run(baseUrl, c, errors));
    }
    const health = await fetch(`${baseUrl}/health`);
    const baseline = outcomes[0]!.p50 || 1;
    const lines = [
      '| case | kind | size (connections × s) | requests | req/s | median (p50) ms | ratio to baseline | p99 ms | max ms | errors | p99 target |',
      '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...outcomes.map((o) =>
        [
          o.name,
          o.kind,
          `${CONNECTIONS} × ${SECONDS}`,
          o.requests,
          Math.round(o.rps),
          o.p50,
          o.kind === 'baseline' ? '1.0' : (o.p50 / baseline).toFixed(1),
          o.p99,
          o.max,
          o.errors,
          o.kind === 'read' ? (o.p99 <= READ_P99_TARGET_MS ? 'met' : `missed (≤ ${READ_P99_TARGET_MS})`) : '—',
        ].join(' | '),
      ).map((row) => `| ${row} |`),
    ];
    const header = [
      `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${DATABASE}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`,
      '',
      `Demo corpus; ${claims.length >= 500 ? '≥ 500' : claims.length} claims listed, ${narratives.length} narratives. /health after the run: ${health.status}.`,
      '',
    ];
    const errorNotes = [...samples].flatMap(([name, seen]) => [...seen].map((what) => `- errors in "${name}": ${what}`));
    const section = [...header, ...lines, '', ...(errorNotes.length ? [...errorNotes, ''] : [])].join('\n');
    process.stdout.write(`${section}\n`);
    mkdirSync(dirname(OUT), { recursive: true });
    if (!existsSync(OUT)) writeFileSync(OUT, '# Load benchmark results (`npm run bench:load`)\n\n');
    appendFileSync(OUT, `${section}\n`);
    const failed = outcomes.filter((o) => o.errors > 0);
    if (failed.length) process.stderr.write(`errors in: ${failed.map((o) => o.name).join(', ')}\n`);
    if (health.status !== 200) process.exitCode = 1;
  } finally {
    await server.close();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
