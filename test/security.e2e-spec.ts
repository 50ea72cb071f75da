import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import pg from 'pg';
import type { AddressInfo } from 'node:net';
import { createApp } from '../apps/api/src/app.factory.js';
import { createLogger } from '../apps/api/src/common/logging/logger.js';
import { loadConfig, ConfigError } from '../apps/api/src/config/app-config.js';
import { CREATE_NARRATIVE, INGEST, documentInput } from './factories/documents.js';
import { DATABASES, startTestServer, type GqlResponse, type TestServer } from './support/test-app.js';
import { ApiTokenRepository, Database } from '@app/persistence';
import { issueToken } from '../apps/api/src/common/auth/token-secret.js';

const ADMIN = 'test-admin-token-0123456789';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const CREATE_TOKEN = `mutation($name: String!, $role: ApiTokenRole!) {
  createApiToken(name: $name, role: $role) { token apiToken { id name role prefix createdAt createdBy lastUsedAt revokedAt } }
}`;
const TAG = `mutation($c: ID!, $n: ID!) { tagClaim(claimId: $c, narrativeId: $n) { status taggedBy } }`;

function code(res: GqlResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

async function post(baseUrl: string, body: string | Buffer, headers: Record<string, string> = {}) {
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : new Uint8Array(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: (() => { try { return JSON.parse(text); } catch { return null; } })() };
}

/** A query nested `levels` fields deep through narratives' parents. */
function nested(levels: number): string {
  let inner = 'slug';
  for (let i = 0; i < levels - 2; i += 1) inner = `parent { ${inner} }`;
  return `{ narratives { ${inner} } }`;
}

/** The secret of a token `nrt_<12 hex>_<43 base64url>`: everything after the second '_' (the secret may itself hold '_'). */
const secretOf = (token: string): string => token.slice('nrt_'.length + 12 + 1);

describe.each(DATABASES)('security over HTTP on %s', (db) => {
  let server: TestServer;
  let claimId: string;
  let narrativeId: string;

  beforeAll(async () => {
    server = await startTestServer({ db, env: { ADMIN_TOKEN: ADMIN } });
    const n = await server.gql(CREATE_NARRATIVE, { input: { slug: 'grid-collapse', name: 'The power grid is collapsing' } }, bearer(ADMIN));
    narrativeId = n.data.createNarrative.id;
    const ingest = await server.gql(INGEST, { docs: [documentInput()] }, bearer(ADMIN));
    claimId = ingest.data.ingestDocuments.documents[0].document.claims[0].id;
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('tokens and roles', () => {
    it('refuses a mutation without a token or with a wrong one, and accepts the admin token', async () => {
      const none = await server.gql(TAG, { c: claimId, n: narrativeId });
      expect(code(none)).toBe('UNAUTHENTICATED');
      const wrong = await server.gql(TAG, { c: claimId, n: narrativeId }, bearer('not-the-admin-token'));
      expect(code(wrong)).toBe('UNAUTHENTICATED');
      const forged = await server.gql(TAG, { c: claimId, n: narrativeId }, bearer(`nrt_0123456789ab_${'A'.repeat(43)}`));
      expect(code(forged)).toBe('UNAUTHENTICATED');
      const ok = await server.gql(TAG, { c: claimId, n: narrativeId }, bearer(ADMIN));
      expect(ok.errors).toBeUndefined();
      expect(ok.data.tagClaim).toEqual({ status: 'CONFIRMED', taggedBy: 'admin' });
      // queries stay open
      const open = await server.gql(`{ narratives { slug } }`);
      expect(open.data.narratives).toEqual([{ slug: 'grid-collapse' }]);
    });

    it('lets the admin create named tokens, shown once and stored only as a salted hash', async () => {
      const created = await server.gql(CREATE_TOKEN, { name: 'maria', role: 'ANALYST' }, bearer(ADMIN));
      expect(created.errors).toBeUndefined();
      const { token, apiToken } = created.data.createApiToken;
      expect(token).toMatch(/^nrt_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
      expect(token.startsWith(apiToken.prefix + '_')).toBe(true);
      expect(secretOf(token)).toHaveLength(43);
      expect(apiToken).toMatchObject({ name: 'maria', role: 'ANALYST', createdBy: 'admin', lastUsedAt: null, revokedAt: null });

      const list = await server.gql(`{ apiTokens { id name role prefix } }`, {}, bearer(ADMIN));
      expect(list.data.apiTokens).toContainEqual({ id: apiToken.id, name: 'maria', role: 'ANALYST', prefix: apiToken.prefix });
      expect(JSON.stringify(list)).not.toContain(secretOf(token));

      if (server.database.url) {
        const client = new pg.Client({ connectionString: server.database.url });
        await client.connect();
        try {
          const rows = (await client.query(`SELECT * FROM api_tokens WHERE id = $1`, [apiToken.id])).rows;
          expect(rows).toHaveLength(1);
          const stored = JSON.stringify(rows[0]);
          expect(stored).not.toContain(secretOf(token));
          expect(rows[0].salt).toMatch(/^[0-9a-f]{32}$/);
          expect(rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
        } finally {
          await client.end();
        }
      }

      const dup = await server.gql(CREATE_TOKEN, { name: 'Maria', role: 'VIEWER' }, bearer(ADMIN));
      expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      const reserved = await server.gql(CREATE_TOKEN, { name: 'admin', role: 'ADMIN' }, bearer(ADMIN));
      expect(reserved.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      const empty = await server.gql(CREATE_TOKEN, { name: '  ', role: 'ADMIN' }, bearer(ADMIN));
      expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      const badRole = await server.gql(CREATE_TOKEN, { name: 'x', role: 'ROOT' }, bearer(ADMIN));
      expect(code(badRole)).toBe('BAD_USER_INPUT');
    });

    it('gives each role its operations: viewer reads, analyst changes data, admin manages tokens', async () => {
      const mk = async (name: string, role: string) =>
        (await server.gql(CREATE_TOKEN, { name, role }, bearer(ADMIN))).data.createApiToken.token as string;
      const viewer = await mk('dashboard-wall', 'VIEWER');
      const analyst = await mk('ivan', 'ANALYST');
      const admin = await mk('ops', 'ADMIN');

      expect((await server.gql(`{ me { name role authRequired } }`, {}, bearer(viewer))).data.me).toEqual({ name: 'dashboard-wall', role: 'VIEWER', authRequired: true });
      expect((await server.gql(`{ sources { name } }`, {}, bearer(viewer))).errors).toBeUndefined();

      const viewerTag = await server.gql(TAG, { c: claimId, n: narrativeId }, bearer(viewer));
      expect(viewerTag.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(viewerTag.errors?.[0]?.message).toMatch(/needs role ANALYST/);
      const viewerIngest = await server.gql(INGEST, { docs: [documentInput()] }, bearer(viewer));
      expect(code(viewerIngest)).toBe('FORBIDDEN');

      const analystTag = await server.gql(TAG, { c: claimId, n: narrativeId }, bearer(analyst));
      expect(analystTag.data.tagClaim).toEqual({ status: 'CONFIRMED', taggedBy: 'ivan' });
      const analystNarrative = await server.gql(CREATE_NARRATIVE, { input: { slug: 'blackouts', name: 'Blackouts everywhere' } }, bearer(analyst));
      expect(analystNarrative.errors).toBeUndefined();
      const analystIngest = await server.gql(INGEST, { docs: [documentInput()] }, bearer(analyst));
      expect(analystIngest.data.ingestDocuments.created).toBe(1);
      expect(code(await server.gql(CREATE_TOKEN, { name: 'sneaky', role: 'ADMIN' }, bearer(analyst)))).toBe('FORBIDDEN');
      expect(code(await server.gql(`{ apiTokens { id } }`, {}, bearer(analyst)))).toBe('FORBIDDEN');
      expect(code(await server.gql(`{ apiTokens { id } }`))).toBe('UNAUTHENTICATED');

      const adminList = await server.gql(`{ apiTokens(includeRevoked: false) { name lastUsedAt } }`, {}, bearer(admin));
      const byName = Object.fromEntries(adminList.data.apiTokens.map((t: any) => [t.name, t.lastUsedAt]));
      expect(byName.ivan).not.toBeNull();

      if (server.database.url) {
        const client = new pg.Client({ connectionString: server.database.url });
        await client.connect();
        try {
          const audit = await client.query(`SELECT actor FROM tag_audit WHERE claim_id = $1 ORDER BY id`, [claimId]);
          expect(audit.rows.map((r) => r.actor)).toEqual(expect.arrayContaining(['admin', 'ivan']));
        } finally {
          await client.end();
        }
      }
    });

    it('revokes a token at once, keeps it listed, and refuses unknown ids', async () => {
      const created = (await server.gql(CREATE_TOKEN, { name: 'temp', role: 'ANALYST' }, bearer(ADMIN))).data.createApiToken;
      expect((await server.gql(TAG, { c: claimId, n: narrativeId }, bearer(created.token))).errors).toBeUndefined();
      const revoked = await server.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`, { id: created.apiToken.id }, bearer(ADMIN));
      expect(revoked.errors).toBeUndefined();
      expect(revoked.data.revokeApiToken.revokedAt).not.toBeNull();
      expect(code(await server.gql(TAG, { c: claimId, n: narrativeId }, bearer(created.token)))).toBe('UNAUTHENTICATED');
      const again = await server.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: created.apiToken.id }, bearer(ADMIN));
      expect(again.data.revokeApiToken.revokedAt).toBe(revoked.data.revokeApiToken.revokedAt);
      const unknown = await server.gql(`mutation { revokeApiToken(id: "987654") { id } }`, {}, bearer(ADMIN));
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      // the name is free again once revoked
      expect((await server.gql(CREATE_TOKEN, { name: 'temp', role: 'VIEWER' }, bearer(ADMIN))).errors).toBeUndefined();
    });
  });

  describe('query limits', () => {
    it('refuses a query nested 12 levels deep, but not what the dashboard asks', async () => {
      const deep = await post(server.baseUrl, JSON.stringify({ query: nested(12) }));
      expect(deep.status).toBe(400);
      expect(deep.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(deep.json.errors[0].message).toMatch(/nested .* at most 8/);
      const dashboard = await server.gql(`{ claims(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id text source { name } document { title } tags { status narrative { name parent { slug } } } } } } }`);
      expect(dashboard.errors).toBeUndefined();
      const eight = await server.gql(nested(8));
      expect(eight.errors).toBeUndefined();
      // fragments do not hide depth
      const viaFragments = await post(
        server.baseUrl,
        JSON.stringify({ query: `query { narratives { ...A } } fragment A on Narrative { parent { parent { parent { ...B } } } } fragment B on Narrative { parent { parent { parent { parent { parent { parent { slug } } } } } } }` }),
      );
      expect(viaFragments.status).toBe(400);
    });

    it('refuses 300 aliased fields and accepts a few', async () => {
      const many = Array.from({ length: 300 }, (_, i) => `a${i}: narratives { id }`).join(' ');
      const res = await post(server.baseUrl, JSON.stringify({ query: `{ ${many} }` }));
      expect(res.status).toBe(400);
      expect(res.json.errors[0].message).toMatch(/300 aliases; at most 50/);
      const few = await server.gql(`{ a: narratives { id } b: narratives { slug } c: sources { name } }`);
      expect(few.errors).toBeUndefined();
    });

    it('refuses an operation whose estimated cost is too high, quickly, and a fragment bomb too', async () => {
      const wide = await post(server.baseUrl, JSON.stringify({ query: `{ narratives { children { children { children { children { children { children { id } } } } } } } }` }));
      expect(wide.status).toBe(400);
      expect(wide.json.errors[0].message).toMatch(/too expensive/);
      const fragments = ['fragment F0 on Narrative { id }'];
      for (let i = 1; i <= 40; i += 1) fragments.push(`fragment F${i} on Narrative { children { ...F${i - 1} } parent { ...F${i - 1} } }`);
      const started = Date.now();
      const bomb = await post(server.baseUrl, JSON.stringify({ query: `{ narratives { ...F40 } } ${fragments.join(' ')}` }));
      expect(bomb.status).toBe(400);
      // expanded naively the bomb is 2^40 selections: it would never answer, so a loose bound suffices
      expect(Date.now() - started).toBeLessThan(10_000);
      const tokens = await post(server.baseUrl, JSON.stringify({ query: `{ narratives { ${'id '.repeat(20_000)} } }` }));
      expect(tokens.status).toBe(400);
      expect(tokens.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    });

    it('answers the standard introspection query (the explorer needs it)', async () => {
      const res = await server.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
      expect(res.errors).toBeUndefined();
      expect(res.data.__schema.queryType.name).toBe('Query');
    });

    it('refuses a page size of 100,000,000 as BAD_USER_INPUT, with or without nested fields', async () => {
      for (const query of [`{ claims(first: 100000000) { totalCount } }`, `{ claims(first: 100000000) { edges { node { id tags { id } } } } }`]) {
        const res = await server.gql(query);
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      }
      const viaVariable = await server.gql(`query($n: Int) { claims(first: $n) { edges { node { id } } } }`, { n: 100_000_000 });
      expect(viaVariable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });
  });

  describe('HTTP', () => {
    it('answers malformed JSON with 400 and a 60 MB body with 413, then goes on serving', async () => {
      for (const body of ['{"query": ', 'not json', '{"query": "{ narratives { id } }"']) {
        const res = await post(server.baseUrl, body);
        expect(res.status).toBe(400);
        expect(res.json.errors[0].extensions.code).toBe('BAD_REQUEST');
        expect(res.text).not.toMatch(/at .*\.js|node_modules|SyntaxError/);
      }
      const huge = await post(server.baseUrl, Buffer.alloc(60 * 1024 * 1024, 0x20));
      expect(huge.status).toBe(413);
      expect(huge.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
      expect((await fetch(`${server.baseUrl}/health`)).status).toBe(200);
    });

    it('sends security headers, echoes a request id and opens no CORS by default', async () => {
      const res = await fetch(`${server.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example', 'x-request-id': 'trace-123' },
        body: JSON.stringify({ query: '{ narratives { id } }' }),
      });
      expect(res.headers.get('x-request-id')).toBe('trace-123');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      const generated = await fetch(`${server.baseUrl}/health`, { headers: { 'x-request-id': 'bad id with spaces' } });
      expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const preflight = await fetch(`${server.baseUrl}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('answers 400 concurrent queries without refusing any', async () => {
      const results = await Promise.all(
        Array.from({ length: 400 }, (_, i) =>
          i % 2 === 0
            ? server.gql(`{ claims(first: 5) { totalCount edges { node { id tags { status } } } } }`)
            : server.gql(`query($from: DateTime!, $to: DateTime!) { narrativeTrends(from: $from, to: $to) { total } }`, { from: '2026-03-01T00:00:00Z', to: '2026-03-08T00:00:00Z' }),
        ),
      );
      expect(results.filter((r) => r.status !== 200 || r.errors)).toEqual([]);
      expect((await fetch(`${server.baseUrl}/health`)).status).toBe(200);
    });
  });
});

describe('security settings', () => {
  it('refuses to bind beyond this machine without ADMIN_TOKEN, and says why', () => {
    for (const HOST of ['0.0.0.0', '192.0.2.10', '::']) {
      expect(() => loadConfig({ HOST })).toThrow(ConfigError);
      expect(() => loadConfig({ HOST })).toThrow(/ADMIN_TOKEN/);
    }
    for (const HOST of ['127.0.0.1', 'localhost', '::1']) expect(loadConfig({ HOST }).host).toBe(HOST);
    expect(loadConfig({ HOST: '0.0.0.0', ADMIN_TOKEN: ADMIN }).host).toBe('0.0.0.0');
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => loadConfig({ MAX_BODY_SIZE: 'huge' })).toThrow(/MAX_BODY_SIZE/);
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
    expect(loadConfig({ MAX_BODY_SIZE: '5mb' }).security.maxBodyBytes).toBe(5 * 1024 * 1024);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"');
    expect(loadConfig({ LOG_LEVEL: ' WARN ' }).logLevel).toBe('warn');
    expect(() => loadConfig({ QUERIES_NEED_TOKEN: 'on' })).toThrow(/QUERIES_NEED_TOKEN=on needs ADMIN_TOKEN/);
    expect(loadConfig({ QUERIES_NEED_TOKEN: 'on', ADMIN_TOKEN: ADMIN }).security.queriesNeedToken).toBe(true);
  });

  describe('on one server', () => {
    let server: TestServer;
    let dashboardDir: string;

    beforeAll(async () => {
      dashboardDir = mkdtempSync(join(tmpdir(), 'narratrace-dash-'));
      writeFileSync(join(dashboardDir, 'index.html'), '<!doctype html><title>t</title>');
      server = await startTestServer({
        db: 'pglite',
        env: { RATE_LIMIT_PER_MINUTE: '5', CORS_ORIGINS: 'https://analysts.example.org', DASHBOARD_DIR: dashboardDir, MAX_BODY_SIZE: '64kb' },
      });
    });
    afterAll(async () => {
      await server?.close();
      rmSync(dashboardDir, { recursive: true, force: true });
    });

    it('serves the dashboard with a Content-Security-Policy', async () => {
      const res = await fetch(`${server.baseUrl}/`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "connect-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) {
        expect(csp).toContain(directive);
      }
    });

    it('opens CORS to the configured origins only', async () => {
      const allowed = await fetch(`${server.baseUrl}/health`, { headers: { origin: 'https://analysts.example.org' } });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://analysts.example.org');
      const other = await fetch(`${server.baseUrl}/health`, { headers: { origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      // a web client may send the analyst's name and a token
      const preflight = await fetch(`${server.baseUrl}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://analysts.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization,x-analyst' },
      });
      expect(preflight.status).toBeLessThan(300);
      expect(preflight.headers.get('access-control-allow-headers')?.split(',')).toEqual(expect.arrayContaining(['content-type', 'authorization', 'x-analyst']));
    });

    it('honours MAX_BODY_SIZE', async () => {
      const big = await post(server.baseUrl, JSON.stringify({ query: '{ narratives { id } }', variables: { pad: 'x'.repeat(100_000) } }));
      expect(big.status).toBe(413);
    });

    it('limits requests per client with 429 and Retry-After, leaving /health alone', async () => {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 8; i += 1) {
        const res = await fetch(`${server.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ sources { id } }' }) });
        statuses.push(res.status);
        if (res.status === 429) {
          retryAfter = res.headers.get('retry-after');
          expect((await res.json()).errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
        } else await res.arrayBuffer();
      }
      // the earlier tests of this server used one request of the allowance
      expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(5);
      expect(statuses.slice(-3)).toEqual([429, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      expect((await fetch(`${server.baseUrl}/health`)).status).toBe(200);
    });

    it('ignores X-Forwarded-For unless TRUST_PROXY is on', async () => {
      const tokenRes = await fetch(`${server.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
        body: JSON.stringify({ query: CREATE_TOKEN, variables: { name: 'local-bot', role: 'ANALYST' } }),
      });
      // the IP bucket is empty after the previous test, whatever X-Forwarded-For says (TRUST_PROXY is off)
      expect(tokenRes.status).toBe(429);
    });
  });

  describe('with QUERIES_NEED_TOKEN=on', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ db: 'pglite', env: { ADMIN_TOKEN: ADMIN, QUERIES_NEED_TOKEN: 'on' } });
    });
    afterAll(async () => {
      await server?.close();
    });

    it('asks a VIEWER token for queries too', async () => {
      expect(code(await server.gql(`{ narratives { id } }`))).toBe('UNAUTHENTICATED');
      const viewer = (await server.gql(CREATE_TOKEN, { name: 'reader', role: 'VIEWER' }, bearer(ADMIN))).data.createApiToken.token;
      expect((await server.gql(`{ narratives { id } }`, {}, bearer(viewer))).errors).toBeUndefined();
      expect(code(await server.gql(CREATE_NARRATIVE, { input: { slug: 'x', name: 'X' } }, bearer(viewer)))).toBe('FORBIDDEN');
    });
  });

  describe('without ADMIN_TOKEN', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ db: 'pglite' });
    });
    afterAll(async () => {
      await server?.close();
    });

    it('keeps mutations open, names the actor from X-Analyst, and makes no tokens', async () => {
      const n = await server.gql(CREATE_NARRATIVE, { input: { slug: 'open-mode', name: 'Open mode' } });
      expect(n.errors).toBeUndefined();
      const doc = await server.gql(INGEST, { docs: [documentInput()] });
      const claim = doc.data.ingestDocuments.documents[0].document.claims[0].id;
      // a token made while the server is open would keep its role once ADMIN_TOKEN is set
      const created = await server.gql(CREATE_TOKEN, { name: 'local-bot', role: 'ADMIN' });
      expect(created.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^API tokens can only be created while the server runs with ADMIN_TOKEN/), extensions: { code: 'FORBIDDEN' } });
      expect((await server.gql(`{ apiTokens { id } }`)).data.apiTokens).toEqual([]);
      const named = await server.gql(TAG, { c: claim, n: n.data.createNarrative.id }, { 'x-analyst': 'local-bot' });
      expect(named.data.tagClaim.taggedBy).toBe('local-bot');
      const anonymous = await server.gql(TAG, { c: claim, n: n.data.createNarrative.id }, bearer('whatever-token'));
      expect(anonymous.data.tagClaim.taggedBy).toBe('analyst');
      expect((await server.gql(`{ me { authRequired role } }`)).data.me).toEqual({ authRequired: false, role: null });
    });
  });
});

describe('logs', () => {
  const lines: string[] = [];
  let baseUrl: string;
  let app: Awaited<ReturnType<typeof createApp>> | null = null;
  let dataDir: string;
  const config = () => loadConfig({ PORT: '0', DATA_DIR: dataDir, DEMO_DATA: 'off', SCHEMA_FILE: 'off', ADMIN_TOKEN: ADMIN });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'narratrace-logs-'));
    app = await createApp(config(), createLogger('info', { write: (line: string) => void lines.push(line) }));
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('are structured JSON with a request id per request, and hold no token or document text at info level', async () => {
    const secretText = 'Confidential-source-text-7f3a said the reservoir was poisoned.';
    const call = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
      fetch(`${baseUrl}/graphql?debug=${encodeURIComponent(secretText)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables, operationName: 'Op' }),
      }).then((r) => r.json());
    const created = (await call(`mutation Op { createApiToken(name: "logger-test", role: ANALYST) { token } }`, {}, { ...bearer(ADMIN), 'x-request-id': 'log-test-1' })) as any;
    const token = created.data.createApiToken.token as string;
    await call(`mutation Op($docs: [DocumentInput!]!) { ingestDocuments(documents: $docs) { created } }`, { docs: [documentInput({ text: secretText })] }, bearer(token));
    await call(`mutation Op($docs: [DocumentInput!]!) { ingestDocuments(documents: $docs) { created } }`, { docs: [documentInput({ text: secretText + '\u0000' })] }, bearer(token));
    await call(`query Op($s: String) { claims(filter: { search: $s }) { totalCount } }`, { s: secretText }, bearer('nrt_000000000000_' + 'B'.repeat(43)));
    await new Promise((r) => setTimeout(r, 50));

    const entries = lines.map((l) => JSON.parse(l));
    const first = entries.find((e) => e.reqId === 'log-test-1' && e.msg === 'request');
    expect(first).toMatchObject({ method: 'POST', path: '/graphql', status: 200, operation: 'Op' });
    expect(entries.filter((e) => e.msg === 'request' && e.path === '/graphql').length).toBeGreaterThanOrEqual(4);
    const all = lines.join('\n');
    for (const secret of [ADMIN, token, secretOf(token), 'Confidential-source-text', 'reservoir']) expect(all).not.toContain(secret);
  });

  it('warn at start, with ADMIN_TOKEN, of live tokens the admin did not make (made while the server was open)', async () => {
    // as an older version let a server without ADMIN_TOKEN make them: created by the anonymous actor
    const issued = await issueToken();
    await new ApiTokenRepository().insert(app!.get(Database), { publicId: issued.publicId, name: 'open-mode-bot', role: 'admin', salt: issued.salt, secretHash: issued.secretHash, createdBy: 'analyst' });
    await app!.close();
    const restarted: string[] = [];
    app = await createApp(config(), createLogger('info', { write: (line: string) => void restarted.push(line) }));
    await app.init();
    const warning = restarted.map((l) => JSON.parse(l)).find((e) => /live API token\(s\) were made without the admin/.test(e.msg));
    expect(warning).toMatchObject({ level: 40, tokens: [{ name: 'open-mode-bot', role: 'ADMIN', createdBy: 'analyst' }] });
    // the admin's own token of the first test is not in it
    expect(JSON.stringify(warning)).not.toContain('logger-test');
  });
});
