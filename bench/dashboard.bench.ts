/// <reference lib="dom" />
/**
 * Dashboard benchmark: time from navigation to the first drawn trend chart with 20 narratives
 * × 365 daily points, in headless Chromium against the real server (PGlite) filled through
 * GraphQL. Each run is a cold load in a fresh browser context. The baseline, measured in the
 * same run, is the load of a tiny page from the same server (/health), so the ratio shows what
 * the dashboard adds over the network and browser floor. Target: median ≤ 500 ms.
 *
 * The server is the built one (dist/, made by scripts/ensure-built.mjs) in a child process on a
 * fresh PGlite folder: tsx cannot emit the decorator metadata Nest's code-first schema needs, so
 * test/support/test-app's source import does not run under tsx.
 *
 *   npm run bench:dashboard            BENCH_RUNS=15 (default) · BENCH_NARRATIVES=20 · BENCH_DAYS=365
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const NARRATIVES = Number(process.env.BENCH_NARRATIVES ?? 20);
const DAYS = Number(process.env.BENCH_DAYS ?? 365);
const TARGET_MS = 500;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DAY = 86_400_000;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface BenchServer { baseUrl: string; close(): Promise<void> }

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** The built server on a free port over an empty PGlite folder, without the demo corpus. */
async function startBuiltServer(): Promise<BenchServer> {
  const entry = join(root, 'dist/apps/api/apps/api/src/main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run "node scripts/ensure-built.mjs" (npm run bench:dashboard does)`);
  const dataDir = mkdtempSync(join(tmpdir(), 'narratrace-bench-'));
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_DATA: 'off', SCHEMA_FILE: 'off', LOG_LEVEL: 'warn', ADMIN_TOKEN: '', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  let closing = false;
  child.on('exit', (code, signal) => {
    if (!closing) {
      console.error(`\nthe server exited unexpectedly (code ${code}, signal ${signal})`);
      process.exit(1);
    }
  });
  const close = async () => {
    closing = true;
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return { baseUrl, close };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await close();
  throw new Error('the server did not become healthy within 30 s');
}

/** One GraphQL call; a dropped connection is retried (seeding is idempotent: external ids, tags). */
async function gql<T>(server: BenchServer, query: string, variables?: Record<string, unknown>): Promise<T> {
  let body: { data: T; errors?: unknown[] } | undefined;
  for (let attempt = 1; !body; attempt++) {
    try {
      const res = await fetch(`${server.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: JSON.stringify({ query, variables }) });
      body = (await res.json()) as { data: T; errors?: unknown[] };
    } catch (err) {
      if (attempt >= 4) throw err;
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/** 20 narratives with a made-up keyword each, and one or two claims per narrative per day. */
async function seed(server: BenchServer, end: number): Promise<string[]> {
  const words = Array.from({ length: NARRATIVES }, (_, i) => `zarnok${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
  const ids: string[] = [];
  for (let i = 0; i < NARRATIVES; i++) {
    const { createNarrative } = await gql<{ createNarrative: { id: string } }>(
      server,
      'mutation($input: NarrativeInput!) { createNarrative(input: $input) { id } }',
      // the rule makes ingest tag every matching claim itself (origin RULE), which is far faster than tagging by hand
      { input: { slug: `bench-${i + 1}`, name: `Bench narrative ${i + 1}`, description: `Claims about ${words[i]}.`, keywords: [words[i]], rule: words[i] } },
    );
    ids.push(createNarrative.id);
  }
  const docs: { narrative: number; doc: Record<string, unknown> }[] = [];
  let n = 0;
  for (let d = 0; d < DAYS; d++) {
    for (let i = 0; i < NARRATIVES; i++) {
      const perDay = 1 + (d % 90 === i ? 6 : 0); // one a day, and a surge now and then
      for (let k = 0; k < perDay; k++) {
        n++;
        docs.push({
          narrative: i,
          doc: {
            externalId: `bench-${n}`,
            title: `Report ${n}`,
            text: `Officials confirmed that the ${words[i]} situation worsened again on day ${d} according to report ${n}.`,
            language: 'en',
            publishedAt: new Date(end - (DAYS - d) * DAY + ((k * 3600_000 + i * 60_000) % DAY)).toISOString(),
            source: { name: `Bench source ${(n % 7) + 1}`, platform: n % 2 ? 'telegram' : 'web' },
          },
        });
      }
    }
  }
  const untagged: { claimId: string; narrativeId: string }[] = [];
  for (let i = 0; i < docs.length; i += 500) {
    const batch = docs.slice(i, i + 500);
    const { ingestDocuments } = await gql<{ ingestDocuments: { documents: { document: { claims: { id: string; tags: { narrative: { id: string } }[] }[] } }[] } }>(
      server,
      'mutation($docs: [DocumentInput!]!) { ingestDocuments(documents: $docs) { documents { document { claims { id tags { narrative { id } } } } } } }',
      { docs: batch.map((b) => b.doc) },
    );
    if (process.stderr.isTTY || process.env.BENCH_PROGRESS) process.stderr.write(`\ringested ${Math.min(i + 500, docs.length)} / ${docs.length} documents`);
    ingestDocuments.documents.forEach((d, j) => {
      const narrativeId = ids[batch[j].narrative];
      for (const c of d.document.claims) if (!c.tags.some((t) => t.narrative.id === narrativeId)) untagged.push({ claimId: c.id, narrativeId });
    });
  }
  // Whatever the engine did not suggest on its own is tagged by hand, so every series is full.
  for (let i = 0; i < untagged.length; i += 40) {
    const part = untagged.slice(i, i + 40); // the server allows at most 50 aliases per operation
    const body = part.map((t, j) => `t${j}: tagClaim(claimId: "${t.claimId}", narrativeId: "${t.narrativeId}") { id }`).join('\n');
    await gql(server, `mutation {\n${body}\n}`);
    if (process.stderr.isTTY || process.env.BENCH_PROGRESS) process.stderr.write(`\rtagged ${Math.min(i + 40, untagged.length)} / ${untagged.length} claims by hand`);
  }
  if (process.stderr.isTTY || process.env.BENCH_PROGRESS) process.stderr.write('\n');
  return ids;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];

async function measure(browser: Browser, url: string, kind: 'chart' | 'baseline'): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const trace: string[] = [];
  if (process.env.BENCH_DEBUG) {
    page.on('requestfinished', (r) => {
      const t = r.timing();
      const op = /"query":"\s*(?:query|mutation)\s+(\w+)/.exec(r.postData() ?? '')?.[1] ?? r.url().replace(/^.*\//, '');
      trace.push(`${op.padEnd(32)} start ${t.startTime.toFixed(0)} wait ${(t.responseStart - t.requestStart).toFixed(0)} end ${(t.responseEnd).toFixed(0)}`);
    });
  }
  try {
    await page.goto(url, { waitUntil: kind === 'baseline' ? 'load' : 'commit' });
    if (kind === 'baseline') {
      return await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    }
    await page.waitForSelector('[data-testid="trend-chart"][data-state="drawn"]', { timeout: 20_000 });
    const ms = await page.evaluate(() => performance.getEntriesByName('narratrace:trend-chart-drawn')[0]?.startTime ?? NaN);
    // let the page's remaining requests (claims, previous period…) finish, so the next run
    // starts on an idle server
    await page.waitForLoadState('networkidle');
    if (errors.length) throw new Error(`console errors: ${errors.join('; ')}`);
    if (process.env.BENCH_DEBUG) {
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`));
      console.log(`${url.slice(0, 60)} drawn at ${ms.toFixed(0)} ms\n  ${trace.join('\n  ')}\n  ${marks.join('\n  ')}`);
    }
    return ms;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    process.exit(1);
  }
  execFileSync(process.execPath, [join(root, 'apps/dashboard/build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await startBuiltServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const end = Math.floor(Date.now() / DAY) * DAY;
    const seeded = Date.now();
    const ids = await seed(server, end);
    const from = new Date(end - DAYS * DAY).toISOString().slice(0, 10);
    const to = new Date(end - DAY).toISOString().slice(0, 10);
    const check = await gql<{ narrativeTrends: { total: number; points: unknown[] }[] }>(
      server,
      'query($from: DateTime!, $to: DateTime!) { narrativeTrends(from: $from, to: $to, granularity: DAY) { total points { count } } }',
      { from: `${from}T00:00:00Z`, to: new Date(end).toISOString() },
    );
    const series = check.narrativeTrends.filter((s) => s.total > 0);
    console.log(`seeded ${series.length} narratives × ${check.narrativeTrends[0]?.points.length ?? 0} daily points (${series.reduce((a, s) => a + s.total, 0)} tags) in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);

    const chartUrl = `${server.baseUrl}/#/?from=${from}&to=${to}&n=${ids.join(',')}&spk=0`;
    const defaultUrl = `${server.baseUrl}/`;
    const cases: { name: string; size: string; url: string; kind: 'chart' | 'baseline' }[] = [
      { name: 'baseline: tiny page (/health)', size: '-', url: `${server.baseUrl}/health`, kind: 'baseline' },
      { name: 'first drawn chart, explicit range', size: `${NARRATIVES}×${DAYS}`, url: chartUrl, kind: 'chart' },
      { name: 'first drawn chart, default view', size: 'top 10×90', url: defaultUrl, kind: 'chart' },
    ];
    for (const c of cases) await measure(browser, c.url, c.kind); // warm up server caches and JIT
    const results = new Map<string, number[]>(cases.map((c) => [c.name, []]));
    for (let r = 0; r < RUNS; r++) for (const c of cases) results.get(c.name)!.push(await measure(browser, c.url, c.kind));

    const base = median(results.get(cases[0].name)!);
    const rows = cases.map((c) => {
      const xs = results.get(c.name)!;
      const m = median(xs);
      return { case: c.name, size: c.size, runs: xs.length, 'median ms': m.toFixed(1), 'p90 ms': p90(xs).toFixed(1), 'ratio to baseline': (m / base).toFixed(2) };
    });
    console.table(rows);
    const main = median(results.get(cases[1].name)!);
    console.log(`${main <= TARGET_MS ? 'OK' : 'SLOW'}: ${NARRATIVES}×${DAYS} chart drawn in a median ${main.toFixed(0)} ms (target ≤ ${TARGET_MS} ms)`);
    if (main > TARGET_MS && process.env.BENCH_STRICT) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
