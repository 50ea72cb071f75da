/**
 * Ingest benchmark: `npm run cli -- import` of ~200,000 claims into a fresh PostgreSQL database,
 * through the real ingest path (validation, claim extraction, narrative matching with a handful
 * of narratives, trend rollups), against the physical floor measured in the same run: a raw
 * `COPY` of the very rows the import stored (its documents and claims) into bare tables without
 * indexes, constraints or triggers. Target: ≥ 10,000 claims/s end to end and ≥ 0.3× the
 * throughput of the raw COPY.
 *
 * Input: real English news items from ../shared/data/ruwa (read at run time, never copied into
 * the repository), recycled with fresh external ids and shifted dates until the claims they
 * yield reach the target; a synthetic generator stands in when the file is absent.
 *
 * The import is the built command line in a child process (tsx cannot emit the decorator
 * metadata Nest needs), timed from spawn to exit, so start-up is included. Its CPU time (all
 * threads, through /usr/bin/time when present) and the rest of the machine's busy time over the
 * same span (/proc/stat: PostgreSQL, mostly) are reported per claim.
 *
 *   npm run bench:ingest     BENCH_CLAIMS=200000 · BENCH_RUNS=3 · BENCH_BATCH=1000 · TEST_POSTGRES_URL · RUWA_FILE
 *                            BENCH_INPUT (where to write the generated JSON Lines and keep them; a temporary file by default)
 *                            BENCH_CLI_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the import)
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { extractClaims } from '@app/domain';

const TARGET_CLAIMS = Number(process.env.BENCH_CLAIMS ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BATCH = Number(process.env.BENCH_BATCH ?? 1000);
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TARGET_RATE = 10_000;
const TARGET_RATIO = 0.3;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUWA = process.env.RUWA_FILE ?? resolve(root, '../shared/data/ruwa/ruwa_war_news_sample_5000.jsonl');
/**
 * The command line as `npm run cli` starts it (its last `node …` step in package.json, flags
 * included), run here without npm so that npm's own start-up is not timed.
 */
function cliCommand(): { nodeFlags: string[]; script: string } {
  const script = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.cli as string;
  const words = script.split('&&').at(-1)!.trim().split(/\s+/);
  if (words[0] !== 'node') throw new Error(`unexpected "cli" script in package.json: ${script}`);
  return { nodeFlags: words.slice(1, -1), script: join(root, words.at(-1)!) };
}
const CLI = cliCommand();
const MIGRATE = join(root, 'dist/apps/api/apps/api/src/migrate.js');

/** Narratives the engine scores every claim against (keywords as an analyst would write them). */
const NARRATIVES = [
  { slug: 'nato-provocation', name: 'NATO provoked the war', keywords: ['nato', 'alliance', 'expansion', 'provocation'] },
  { slug: 'sanctions-backfire', name: 'Sanctions hurt the West more than Russia', keywords: ['sanctions', 'embargo', 'energy prices', 'gas'] },
  { slug: 'nuclear-blackmail', name: 'Nuclear escalation is imminent', keywords: ['nuclear', 'zaporizhzhia', 'radiation', 'atomic'] },
  { slug: 'grain-blackmail', name: 'Ukraine and the West caused the food crisis', keywords: ['grain', 'wheat', 'food crisis', 'black sea'] },
  { slug: 'weapons-resold', name: 'Western weapons are resold', keywords: ['weapons', 'himars', 'tanks', 'black market'] },
  { slug: 'refugee-burden', name: 'Refugees are a burden on Europe', keywords: ['refugees', 'migrants', 'asylum'] },
];

interface DocumentInput {
  externalId: string;
  url: string | null;
  title: string | null;
  text: string;
  language: string | null;
  publishedAt: string;
  source: { name: string; platform: string };
}

/** A RUWA row as DocumentInput: the description (and the text when it says more than the title) is the body. */
function fromRuwa(row: Record<string, string | null>, round: number): Omit<DocumentInput, 'externalId'> | null {
  const title = row.title?.trim() || null;
  const parts = [row.description, row.text].map((s) => s?.trim() ?? '').filter((s) => s && s !== title);
  const text = [...new Set(parts)].join('\n\n') || title;
  if (!text || !row.date) return null;
  const day = new Date(`${row.date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + round * 3);
  return {
    url: row.url ?? null,
    title,
    text,
    language: row.language ?? 'en',
    publishedAt: day.toISOString(),
    source: { name: row.outlet || 'unknown outlet', platform: 'web' },
  };
}

/** Stand-in when the RUWA sample is not there: sentences from a small vocabulary. */
function* synthetic(): Generator<Record<string, string>> {
  const subjects = ['Officials', 'The ministry', 'Local authorities', 'A spokesman', 'Analysts', 'Witnesses'];
  const verbs = ['said', 'reported', 'denied', 'confirmed', 'claimed', 'warned'];
  const topics = ['new sanctions on energy', 'grain exports across the Black Sea', 'NATO exercises near the border', 'shelling near the nuclear plant', 'deliveries of tanks and HIMARS', 'refugees arriving in Poland'];
  for (let i = 0; ; i++) {
    const t = (k: number) => topics[(i * 7 + k) % topics.length];
    yield {
      title: `${subjects[i % subjects.length]} ${verbs[i % verbs.length]} ${t(0)}`,
      description: `${subjects[(i + 1) % subjects.length]} ${verbs[(i + 2) % verbs.length]} that ${t(1)} continued on day ${i}. ${subjects[(i + 3) % subjects.length]} ${verbs[(i + 4) % verbs.length]} ${t(2)} in report ${i}.`,
      text: '',
      date: new Date(Date.UTC(2022, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10),
      outlet: `outlet-${i % 40}.example`,
      language: 'en',
      url: `https://outlet-${i % 40}.example/${i}`,
    };
  }
}

/** Writes the input file; returns documents, expected claims and where the rows came from. */
async function writeInput(path: string): Promise<{ documents: number; claims: number; origin: string }> {
  const rows: Array<Record<string, string | null>> = existsSync(RUWA)
    ? readFileSync(RUWA, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
    : [];
  const origin = rows.length ? `RUWA sample (${rows.length} real news items, recycled)` : 'synthetic generator (RUWA sample not found)';
  const source = rows.length ? null : synthetic();
  const claimsOf = new Map<number, number>();
  const out = createWriteStream(path);
  let documents = 0;
  let claims = 0;
  for (let round = 0; claims < TARGET_CLAIMS; round++) {
    const count = rows.length || 5000;
    for (let i = 0; i < count && claims < TARGET_CLAIMS; i++) {
      const row = rows.length ? rows[i] : (source!.next().value as Record<string, string>);
      const doc = fromRuwa(row, round);
      if (!doc) continue;
      // Extraction depends on title, text and language only: count each RUWA row once.
      const key = rows.length ? i : -1;
      let n = key >= 0 ? claimsOf.get(key) : undefined;
      if (n === undefined) {
        n = extractClaims({ title: doc.title, text: doc.text, language: doc.language }).length;
        if (key >= 0) claimsOf.set(key, n);
      }
      claims += n;
      documents += 1;
      const line = `${JSON.stringify({ externalId: `bench:${round}:${i}`, ...doc })}\n`;
      if (!out.write(line)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return { documents, claims, origin };
}

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

function urlOf(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

function run(args: string[], env: Record<string, string>, command = process.execPath): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((ok) => child.on('exit', (code) => ok({ code: code ?? -1, stdout, stderr, ms: performance.now() - started })));
}

/** A fresh database with the schema and the benchmark's narratives. */
async function freshDatabase(tag: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `narratrace_bench_${tag}_${Date.now()}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = urlOf(name);
  const migrated = await run([MIGRATE], { DATABASE_URL: url });
  if (migrated.code !== 0) throw new Error(`migrations failed: ${migrated.stderr}`);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  for (const n of NARRATIVES) {
    await c.query(`INSERT INTO narratives (slug, name, keywords) VALUES ($1, $2, $3::text[])`, [n.slug, n.name, n.keywords]);
  }
  await c.end();
  return { url, drop: () => admin((a) => a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
}

/** CPU seconds the whole machine has spent busy so far (all cores; from /proc/stat, 0 where there is none). */
function machineBusySeconds(): number {
  if (!existsSync('/proc/stat')) return 0;
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: everything but idle and iowait
  const busy = cpu.slice(0, 8).reduce((sum, v, i) => (i === 3 || i === 4 ? sum : sum + v), 0);
  return busy / 100; // USER_HZ
}

const TIME = '/usr/bin/time';
const CPU_LINE = /^cpu ([\d.]+) ([\d.]+)$/m;

const SUMMARY = /documents (\d+) created (\d+) duplicates (\d+) claims (\d+) rejected (\d+) in ([\d.]+) s/;

interface ImportRun {
  ms: number;
  claims: number;
  created: number;
  duplicates: number;
  /** CPU seconds of the command line (all its threads), when /usr/bin/time is there */
  nodeCpu: number | null;
  /** CPU seconds the whole machine spent during the import (the command line, PostgreSQL, noise) */
  machineCpu: number;
}

async function importOnce(file: string, url: string): Promise<ImportRun> {
  const nodeArgs = process.env.BENCH_CLI_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const args = [...CLI.nodeFlags, ...nodeArgs, CLI.script, 'import', file, '--batch', String(BATCH)];
  const timed = existsSync(TIME);
  const busy = machineBusySeconds();
  // /usr/bin/time runs the same node binary and adds one line to stderr; the spawn is timed either way
  const r = timed ? await run(['-f', 'cpu %U %S', process.execPath, ...args], { DATABASE_URL: url }, TIME) : await run(args, { DATABASE_URL: url });
  const machineCpu = machineBusySeconds() - busy;
  const m = SUMMARY.exec(r.stdout);
  if (r.code !== 0 || !m) throw new Error(`import failed (exit ${r.code}): ${r.stderr.slice(-2000)}\n${r.stdout}`);
  const cpu = CPU_LINE.exec(r.stderr);
  return { ms: r.ms, created: Number(m[2]), duplicates: Number(m[3]), claims: Number(m[4]), nodeCpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : null, machineCpu };
}

const DOC_COLUMNS = 'external_id, source_id, content_fingerprint, url, title, text, language, published_at';
const CLAIM_COLUMNS = 'document_id, source_id, position, text, normalized, fingerprint, language, published_at, claimant';

/** The stored documents and claims in COPY text form, to replay as the physical baseline. */
async function dumpRows(url: string): Promise<{ documents: Buffer; claims: Buffer }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const dump = async (sql: string) => {
    const chunks: Buffer[] = [];
    const stream = c.query(copyTo(`COPY (${sql}) TO STDOUT`));
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  try {
    return {
      documents: await dump(`SELECT ${DOC_COLUMNS} FROM documents ORDER BY id`),
      claims: await dump(`SELECT ${CLAIM_COLUMNS} FROM claims ORDER BY id`),
    };
  } finally {
    await c.end();
  }
}

/**
 * Raw COPY of those rows in one transaction: into bare tables (no keys, indexes or triggers), or,
 * for reference, into tables with the real tables' indexes (the trigram index included) but still
 * no triggers, foreign keys, extraction or matching.
 */
async function rawCopy(url: string, rows: { documents: Buffer; claims: Buffer }, withIndexes: boolean): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`DROP TABLE IF EXISTS bare_documents, bare_claims`);
    if (withIndexes) {
      await c.query(`CREATE TABLE bare_documents (LIKE documents INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING INDEXES)`);
      await c.query(`CREATE TABLE bare_claims (LIKE claims INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING INDEXES)`);
    } else {
      await c.query(`CREATE TABLE bare_documents (external_id text, source_id bigint, content_fingerprint text, url text, title text, text text, language text, published_at timestamptz)`);
      await c.query(`CREATE TABLE bare_claims (document_id bigint, source_id bigint, position int, text text, normalized text, fingerprint text, language text, published_at timestamptz, claimant text)`);
    }
    await c.query('CHECKPOINT');
    const started = performance.now();
    await c.query('BEGIN');
    await pipeline(Readable.from([rows.documents]), c.query(copyFrom(`COPY bare_documents (${DOC_COLUMNS}) FROM STDIN`)));
    await pipeline(Readable.from([rows.claims]), c.query(copyFrom(`COPY bare_claims (${CLAIM_COLUMNS}) FROM STDIN`)));
    await c.query('COMMIT');
    return performance.now() - started;
  } finally {
    await c.query(`DROP TABLE IF EXISTS bare_documents, bare_claims`).catch(() => undefined);
    await c.end();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function main(): Promise<void> {
  if (!existsSync(CLI.script)) throw new Error(`${CLI.script} is missing: run "node scripts/ensure-built.mjs" (npm run bench:ingest does)`);
  const dir = mkdtempSync(join(tmpdir(), 'narratrace-ingest-bench-'));
  const file = process.env.BENCH_INPUT ?? join(dir, 'documents.jsonl');
  try {
    const input = await writeInput(file);
    process.stderr.write(`input: ${fmt(input.documents)} documents, ${fmt(input.claims)} claims expected, from the ${input.origin}\n`);

    const imports: number[] = [];
    const reimports: number[] = [];
    const copies: number[] = [];
    const indexedCopies: number[] = [];
    const nodeCpu: number[] = [];
    const otherCpu: number[] = [];
    let stored = { claims: 0, created: 0 };
    for (let i = 0; i < RUNS; i++) {
      const db = await freshDatabase(String(i));
      try {
        const first = await importOnce(file, db.url);
        stored = first;
        imports.push(first.ms);
        if (first.nodeCpu !== null) {
          nodeCpu.push(first.nodeCpu);
          otherCpu.push(Math.max(0, first.machineCpu - first.nodeCpu));
        }
        const again = await importOnce(file, db.url);
        if (again.created !== 0) throw new Error(`re-import created ${again.created} documents`);
        reimports.push(again.ms);
        const rows = await dumpRows(db.url);
        copies.push(await rawCopy(db.url, rows, false));
        indexedCopies.push(await rawCopy(db.url, rows, true));
        process.stderr.write(
          `run ${i + 1}/${RUNS}: import ${(first.ms / 1000).toFixed(1)} s (${fmt(first.claims / (first.ms / 1000))} claims/s), re-import ${(again.ms / 1000).toFixed(1)} s, raw COPY ${(copies[i] / 1000).toFixed(2)} s, indexed COPY ${(indexedCopies[i] / 1000).toFixed(2)} s` +
            (first.nodeCpu !== null ? `, CPU: command line ${first.nodeCpu.toFixed(1)} s, rest of the machine ${(first.machineCpu - first.nodeCpu).toFixed(1)} s` : '') +
            '\n',
        );
      } finally {
        await db.drop();
      }
    }

    const base = median(copies);
    const size = `${fmt(stored.created)} docs / ${fmt(stored.claims)} claims`;
    const rows = [
      { name: 'raw COPY of the stored rows into bare tables (baseline)', ms: base },
      { name: 'raw COPY of the same rows into tables with the real indexes (reference)', ms: median(indexedCopies) },
      { name: `npm run cli -- import (jsonl, batch ${BATCH}, engine on)`, ms: median(imports) },
      { name: 're-import of the same file (all duplicates)', ms: median(reimports) },
    ];
    const lines = [
      `Ingest on PostgreSQL, ${size} from the ${input.origin}, ${NARRATIVES.length} narratives; median of ${RUNS} runs on fresh databases`,
      '',
      `| case | size | median | claims/s | ratio to baseline |`,
      `| --- | --- | ---: | ---: | ---: |`,
      ...rows.map((r) => `| ${r.name} | ${size} | ${(r.ms / 1000).toFixed(2)} s | ${fmt(stored.claims / (r.ms / 1000))} | ${(base / r.ms).toFixed(2)}x |`),
    ];
    const rate = stored.claims / (median(imports) / 1000);
    const ratio = base / median(imports);
    lines.push(
      '',
      `import: ${fmt(rate)} claims/s (target ≥ ${fmt(TARGET_RATE)}: ${rate >= TARGET_RATE ? 'met' : 'NOT met'}), ${ratio.toFixed(2)}x the raw COPY (target ≥ ${TARGET_RATIO}x: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`,
    );
    if (nodeCpu.length) {
      const us = (seconds: number) => fmt((seconds * 1e6) / stored.claims);
      lines.push(
        `CPU per claim (median): command line ${us(median(nodeCpu))} µs (all threads), rest of the machine ${us(median(otherCpu))} µs (PostgreSQL and background); ${availableParallelism()} cores`,
      );
    }
    console.log(lines.join('\n'));
    if (process.env.BENCH_RECORD) writeFileSync(process.env.BENCH_RECORD, `${lines.join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
