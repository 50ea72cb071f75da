/**
 * One process per PGlite data folder, with the built programs as child processes: while the
 * server holds DATA_DIR, the command line, `migrate` and a second server refuse it with one clear
 * line and write nothing; once the server is gone (killed -9 or stopped) they work, and what they
 * wrote is what the next server sees.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLAIM_COUNT, INGEST, documentInput } from './factories/documents.js';
import { DATABASES, gqlRequest } from './support/test-app.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(root, 'dist/apps/api/apps');
const SERVER = join(DIST, 'api/src/main.js');
const CLI = join(DIST, 'cli/src/main.js');
const MIGRATE = join(DIST, 'api/src/migrate.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  await new Promise((ok) => server.close(ok));
  return port;
}

const describeOnPglite = DATABASES.includes('pglite') ? describe : describe.skip;

describeOnPglite('one process per PGlite data folder (built server and command line)', () => {
  let work: string;
  let dataDir: string;
  let lockFile: string;
  const started: ChildProcess[] = [];

  function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const e: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', DEMO_DATA: 'off', SCHEMA_FILE: 'off', ...extra };
    delete e.DATABASE_URL;
    return e;
  }

  function run(script: string, args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
    const child = spawn(process.execPath, [script, ...args], { cwd: work, env: env(extraEnv), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    return new Promise((ok) => child.on('close', (code) => ok({ code, stdout, stderr })));
  }

  /** The built server on DATA_DIR, once /health answers. */
  async function startServer(): Promise<{ proc: ChildProcess; baseUrl: string; exited: Promise<number | null> }> {
    const port = await freePort();
    const proc = spawn(process.execPath, [SERVER], { cwd: work, env: env({ PORT: String(port), HOST: '127.0.0.1' }), stdio: ['ignore', 'ignore', 'pipe'] });
    started.push(proc);
    let stderr = '';
    proc.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((ok) => proc.on('exit', (code) => ok(code)));
    const baseUrl = `http://127.0.0.1:${port}`;
    for (let waited = 0; ; waited += 250) {
      if (proc.exitCode !== null) throw new Error(`server exited ${proc.exitCode}: ${stderr}`);
      if (waited > 90_000) throw new Error(`server did not come up: ${stderr}`);
      const ok = await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false);
      if (ok) return { proc, baseUrl, exited };
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  const claimCount = async (baseUrl: string) => (await gqlRequest<{ claims: { totalCount: number } }>(baseUrl, CLAIM_COUNT)).data.claims.totalCount;

  beforeAll(() => {
    // a no-op when dist/ is newer than the sources
    execFileSync(process.execPath, ['scripts/ensure-built.mjs', '--server-only'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 });
    work = mkdtempSync(join(tmpdir(), 'narratrace-lock-e2e-'));
    dataDir = join(work, 'data');
    lockFile = join(dataDir, 'narratrace.lock');
  }, 300_000);

  afterAll(() => {
    for (const p of started) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('refuses the folder to the command line, migrate and a second server while the server runs; after a kill -9 and after a stop, the next process gets it', async () => {
    const server = await startServer();
    const pid = server.proc.pid!;
    const inUse = `DATA_DIR ${dataDir} is in use by another Narratrace process (pid ${pid}): stop it first, or point DATABASE_URL at a PostgreSQL server to share one database`;
    const ingest = await gqlRequest<any>(server.baseUrl, INGEST, { docs: [documentInput({ externalId: 'lock-e2e-1' })] });
    expect(ingest.data.ingestDocuments.created).toBe(1);
    const before = await claimCount(server.baseUrl);

    const file = join(work, 'sample.jsonl');
    copyFileSync(join(root, 'test/fixtures/sample.jsonl'), file);
    const cli = await run(CLI, ['import', file]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toBe('');
    // one line for people: no stack trace, and not Nest's own log record of the failed start as well
    expect(cli.stderr).toBe(`error: ${inUse}\n`);
    expect(existsSync(`${file}.rejects.jsonl`)).toBe(false);

    const migrate = await run(MIGRATE, []);
    expect(migrate.code).toBe(1);
    expect(migrate.stderr).toContain(`Migration failed: ${inUse}\n`);

    const second = await run(SERVER, [], { PORT: String(await freePort()) });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`Narratrace failed to start: ${inUse}\n`);
    expect(second.stderr).not.toMatch(/\n\s+at /);

    // the server saw nothing of it and still writes: no lost rows, no broken index
    expect(await claimCount(server.baseUrl)).toBe(before);
    const more = await gqlRequest<any>(server.baseUrl, INGEST, { docs: [documentInput({ externalId: 'lock-e2e-2' })] });
    expect(more.errors).toBeUndefined();
    const held = before + more.data.ingestDocuments.claims;

    // a server killed -9 leaves its lock behind; the command line takes it over
    server.proc.kill('SIGKILL');
    await server.exited;
    expect(existsSync(lockFile)).toBe(true);
    const imported = await run(CLI, ['import', file]);
    expect(imported.code).toBe(2); // sample.jsonl has malformed records on purpose
    expect(imported.stdout).toMatch(/^documents 8 created 4 duplicates 0 claims (\d+) rejected 4 in /);
    const importedClaims = Number(/claims (\d+)/.exec(imported.stdout)![1]);
    expect(existsSync(lockFile)).toBe(false);

    // what the command line wrote is there for the next server; a stopped server lets go of the folder
    const next = await startServer();
    expect(await claimCount(next.baseUrl)).toBe(held + importedClaims);
    next.proc.kill('SIGTERM');
    await next.exited;
    expect(existsSync(lockFile)).toBe(false);
    expect((await run(MIGRATE, [])).stdout).toMatch(/database is up to date/);
  }, 300_000);
});
