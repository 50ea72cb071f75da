/**
 * The built API server (dist/, made by scripts/ensure-built.mjs) in a child process on a free port.
 * tsx does not emit the decorator metadata Nest's code-first schema needs, so benchmarks that go
 * through HTTP start the compiled server rather than importing the app.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_ENTRY = join(ROOT, 'dist/apps/api/apps/api/src/main.js');

export interface BuiltServer {
  baseUrl: string;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** Starts `node dist/…/main.js` with `env` on top of a neutral environment and waits for /health. */
export async function startBuiltServer(env: Record<string, string>, timeoutMs = 60_000): Promise<BuiltServer> {
  // Someone may be rebuilding dist/ right now: give the build a few minutes to finish.
  for (let waited = 0; !existsSync(SERVER_ENTRY); waited += 2) {
    if (waited >= 300) throw new Error(`${SERVER_ENTRY} is missing: run "node scripts/ensure-built.mjs --server-only"`);
    await new Promise((r) => setTimeout(r, 2000));
  }
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: 'off', SCHEMA_FILE: 'off', LOG_LEVEL: 'warn', ADMIN_TOKEN: '', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return { baseUrl, close };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await close();
  throw new Error(`the server did not become healthy within ${timeoutMs / 1000} s`);
}

/** POSTs one GraphQL operation; throws on HTTP or GraphQL errors. */
export async function gql<T>(baseUrl: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (!res.ok || body.errors?.length) throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}
