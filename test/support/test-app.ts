import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { pino } from 'pino';
import { createApp } from '../../apps/api/src/app.factory.js';
import { loadConfig } from '../../apps/api/src/config/app-config.js';
import { Database } from '@app/persistence';
import { EngineService } from '../../apps/api/src/engine/engine.service.js';

export type TestDb = 'pglite' | 'postgres';

/** The local server every PostgreSQL test run creates its own database on. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestServer {
  baseUrl: string;
  /** the database URL (postgres) or data folder (pglite) the server uses */
  database: { url?: string; dataDir?: string };
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  /** waits until the engine's background re-scoring has finished */
  settle(): Promise<void>;
  /** the server's own database handle, for checks written in plain SQL */
  db(): Database;
  /** statements the server's database has run so far */
  statements(): number;
  /** stops the server and keeps its database */
  stop(): Promise<void>;
  close(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data: T;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: string[] }>;
}

export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `narratrace_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function gqlRequest<T>(baseUrl: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResponse<T>> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: GqlResponse<T>['errors'] };
  return { status: res.status, data: body.data, errors: body.errors };
}

/**
 * Starts the real server on a free port over a fresh database: in-memory (or a temp folder) PGlite,
 * or a new database on the local PostgreSQL server that is dropped on close.
 */
export async function startTestServer(opts: {
  db: TestDb;
  demo?: boolean;
  env?: Record<string, string>;
  /** reuse a database (restart tests) */
  database?: { url?: string; dataDir?: string };
}): Promise<TestServer> {
  let database = opts.database;
  let cleanup = async () => {};
  if (!database) {
    if (opts.db === 'postgres') {
      const created = await createPostgresDatabase();
      database = { url: created.url };
      cleanup = created.drop;
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'narratrace-test-'));
      database = { dataDir: dir };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  }
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DEMO_DATA: opts.demo ? 'on' : 'off',
    SCHEMA_FILE: 'off',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...(database.url ? { DATABASE_URL: database.url } : { DATA_DIR: database.dataDir as string }),
    ...opts.env,
  });
  const logger = pino({ level: config.logLevel });
  const app = await createApp(config, logger);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await app.close();
  };
  return {
    baseUrl,
    database,
    gql: (query, variables, headers) => gqlRequest(baseUrl, query, variables, headers),
    statements: () => app.get(Database).statementCount,
    db: () => app.get(Database),
    settle: () => app.get(EngineService).settle(),
    stop,
    async close() {
      await stop();
      await cleanup();
    },
  };
}

/** Runs a suite once per database: `describe.each(DATABASES)`. */
export const DATABASES: TestDb[] = (process.env.TEST_DATABASES?.split(',') as TestDb[] | undefined) ?? ['pglite', 'postgres'];
