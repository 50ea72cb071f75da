import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { documentInput } from './factories/documents.js';
import { DATABASES, POSTGRES_ADMIN_URL, createPostgresDatabase, startTestServer, type TestServer } from './support/test-app.js';

/**
 * A TCP proxy between the server and PostgreSQL that the test can cut: all open connections are
 * destroyed and new ones refused until it is restored on the same port.
 */
class CuttableProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private trigger: { marker: string; fired: () => void } | null = null;
  port = 0;

  constructor(private readonly upstream: { host: string; port: number }) {}

  async listen(port = 0): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.upstream.port, this.upstream.host);
      this.track(client);
      this.track(upstream);
      client.on('data', (chunk: Buffer) => {
        // The marker (an SQL statement's text) is forwarded, then everything is cut before an answer.
        if (this.trigger && chunk.includes(this.trigger.marker)) {
          const { fired } = this.trigger;
          this.trigger = null;
          upstream.write(chunk, () => setImmediate(() => void this.cut().then(fired)));
          return;
        }
        upstream.write(chunk);
      });
      upstream.on('data', (chunk: Buffer) => client.write(chunk));
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
  }

  /** Cuts everything as soon as a client sends `marker`; resolves once cut. */
  cutWhenSent(marker: string): Promise<void> {
    return new Promise((resolve) => {
      this.trigger = { marker, fired: resolve };
    });
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  restore(): Promise<void> {
    return this.listen(this.port);
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => this.sockets.delete(socket));
  }
}

const INGEST = `mutation Ingest($docs: [DocumentInput!]!) { ingestDocuments(documents: $docs) { created duplicates claims } }`;

async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

const onPostgres = DATABASES.includes('postgres') ? describe : describe.skip;

onPostgres('a PostgreSQL outage in the middle of an ingest batch', () => {
  let database: { url: string; drop(): Promise<void> };
  let proxy: CuttableProxy;
  let server: TestServer;
  let direct: pg.Client;

  const batch = Array.from({ length: 25 }, (_, i) =>
    documentInput({ externalId: `fault-${i}`, text: `Officials said the bridge number ${i} was repaired. Traffic resumed in the evening.` }),
  );
  const storedCount = async () =>
    Number((await direct.query(`SELECT count(*) AS n FROM documents WHERE external_id LIKE 'fault-%'`)).rows[0].n);
  const claimCount = async () => Number((await direct.query(`SELECT count(*) AS n FROM claims`)).rows[0].n);

  beforeAll(async () => {
    database = await createPostgresDatabase();
    const admin = new URL(POSTGRES_ADMIN_URL);
    proxy = new CuttableProxy({ host: admin.hostname, port: Number(admin.port || 5432) });
    await proxy.listen();
    const viaProxy = new URL(database.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    server = await startTestServer({ db: 'postgres', database: { url: viaProxy.toString() } });
    direct = new pg.Client({ connectionString: database.url });
    await direct.connect();
  });

  afterAll(async () => {
    await direct?.end();
    await server?.close();
    await proxy?.cut();
    await database?.drop();
  });

  it('answers a retryable SERVICE_UNAVAILABLE, stores nothing of the batch, reports the outage on /health, then recovers', async () => {
    const warm = await server.gql(INGEST, { docs: [documentInput()] });
    expect(warm.errors).toBeUndefined();
    const claimsBefore = await claimCount();

    // Cut the connection right after the server sends the claims insert of the batch's transaction.
    const cut = proxy.cutWhenSent('INSERT INTO claims');
    const failed = await server.gql(INGEST, { docs: batch });
    await cut;
    expect(failed.status).toBeLessThan(500);
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    expect(JSON.stringify(failed.errors)).not.toMatch(/INSERT|SELECT|ECONN|at .*\.js/);

    // /health shares one ping's answer for up to a second, so the outage shows within that.
    expect(await eventually(async () => (await fetch(`${server.baseUrl}/health`)).status === 503, 5_000)).toBe(true);
    expect(await (await fetch(`${server.baseUrl}/health`)).json()).toMatchObject({ status: 'unavailable' });
    const read = await server.gql(`{ claims(first: 1) { totalCount } }`);
    expect(read.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });

    // Nothing of the batch is visible: the transaction died with the connection.
    expect(await storedCount()).toBe(0);
    expect(await claimCount()).toBe(claimsBefore);

    await proxy.restore();
    expect(await eventually(async () => (await fetch(`${server.baseUrl}/health`)).status === 200)).toBe(true);

    const retried = await server.gql(INGEST, { docs: batch });
    expect(retried.errors).toBeUndefined();
    expect(retried.data.ingestDocuments).toMatchObject({ created: batch.length, duplicates: 0 });
    const again = await server.gql(INGEST, { docs: batch });
    expect(again.data.ingestDocuments).toMatchObject({ created: 0, duplicates: batch.length, claims: 0 });
    expect(await storedCount()).toBe(batch.length);
    expect(await claimCount()).toBe(claimsBefore + retried.data.ingestDocuments.claims);
  });
});
