import pg from 'pg';
import { CLAIM_COUNT, CREATE_NARRATIVE, INGEST, documentInput } from './factories/documents.js';
import { DATABASES, type TestServer, startTestServer } from './support/test-app.js';

/**
 * Several feeds pushing at once, each into months the database has not seen yet. On PostgreSQL
 * each new month is a new partition of `claims`, made while other ingest transactions write;
 * making it must neither deadlock with them nor make any client retry.
 */
describe.each(DATABASES)('concurrent ingest on %s', (db) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ db });
    // a narrative makes every batch write suggestions too (and so the trend rollups)
    const created = await server.gql(CREATE_NARRATIVE, {
      input: { slug: 'power-cuts', name: 'Power cuts across the country', keywords: ['power', 'villages', 'repair'] },
    });
    expect(created.errors).toBeUndefined();
  });
  afterAll(async () => {
    await server?.close();
  });

  const countClaims = async () => (await server.gql<{ claims: { totalCount: number } }>(CLAIM_COUNT)).data.claims.totalCount;

  /** Each client sends its requests one after another, all clients at once; what they got back. */
  async function runClients(batches: Array<Array<Array<Record<string, unknown>>>>): Promise<{ failures: string[]; created: number[]; claims: number }> {
    const out = { failures: [] as string[], created: [] as number[], claims: 0 };
    await Promise.all(
      batches.map(async (requests, client) => {
        for (const [r, docs] of requests.entries()) {
          const answer = await server.gql(INGEST, { docs });
          for (const e of answer.errors ?? []) out.failures.push(`client ${client} request ${r}: ${e.message} (${JSON.stringify(e.extensions)})`);
          out.created.push(answer.data?.ingestDocuments?.created ?? 0);
          out.claims += answer.data?.ingestDocuments?.claims ?? 0;
        }
      }),
    );
    return out;
  }

  it('stores six clients that each open a new month with every request while the others write, all of it, once', async () => {
    const CLIENTS = 6;
    const REQUESTS = 8;
    const DOCS = 20;
    const sources = ['North Wire', 'South Channel', 'East Desk'];
    // client c's request r is all about month c * REQUESTS + r: every request makes a partition
    const batches = Array.from({ length: CLIENTS }, (_, client) =>
      Array.from({ length: REQUESTS }, (_, r) =>
        Array.from({ length: DOCS }, (_, i) =>
          documentInput({
            externalId: `concurrent-${client}-${r}-${i}`,
            text: `Officials in district ${client}-${r}-${i} said that power was restored. Repair crews from ${sources[i % 3]} worked overnight.`,
            publishedAt: new Date(Date.UTC(2015, client * REQUESTS + r, 1 + (i % 27), 12)).toISOString(),
            source: { name: sources[(client + i) % 3], platform: 'web' },
          }),
        ),
      ),
    );
    const before = await countClaims();

    const { failures, created, claims } = await runClients(batches);

    expect(failures).toEqual([]);
    expect(created).toEqual(Array(CLIENTS * REQUESTS).fill(DOCS));
    expect(claims).toBeGreaterThanOrEqual(CLIENTS * REQUESTS * DOCS);
    expect(await countClaims()).toBe(before + claims);

    // all sent again at once: nothing new
    const again = await Promise.all(batches.flat().map((docs) => server.gql(INGEST, { docs })));
    expect(again.flatMap((a) => a.errors ?? [])).toEqual([]);
    expect(again.map((a) => a.data.ingestDocuments.created)).toEqual(Array(CLIENTS * REQUESTS).fill(0));
    expect(await countClaims()).toBe(before + claims);
  });

  it('stores concurrent requests about the same days, each listing them in its own order', async () => {
    const CLIENTS = 6;
    const REQUESTS = 5;
    const DAYS = 30;
    const batches = Array.from({ length: CLIENTS }, (_, client) =>
      Array.from({ length: REQUESTS }, (_, r) =>
        Array.from({ length: DAYS }, (_, i) => {
          const day = (i * (client + 1) * 7 + r) % DAYS; // a different walk over the same month per client
          return documentInput({
            externalId: `same-days-${client}-${r}-${i}`,
            text: `Crews in town ${client}-${r}-${i} said that power was back. Villages nearby waited for repair.`,
            publishedAt: new Date(Date.UTC(2014, 5, 1 + day, 9)).toISOString(),
            source: { name: `Desk ${(client + day) % 4}`, platform: 'telegram' },
          });
        }),
      ),
    );
    const before = await countClaims();
    const { failures, created, claims } = await runClients(batches);
    expect(failures).toEqual([]);
    expect(created).toEqual(Array(CLIENTS * REQUESTS).fill(DAYS));
    expect(claims).toBeGreaterThanOrEqual(CLIENTS * REQUESTS * DAYS);
    expect(await countClaims()).toBe(before + claims);
  });

  if (db === 'postgres') {
    it('runs a batch again when PostgreSQL aborts it to break a deadlock, and stores it once', async () => {
      // Another session holds a new source the batch needs, then asks for one the batch has just inserted.
      // the month's partition exists already, so the batch goes straight to its transaction
      const warm = await server.gql(INGEST, { docs: [documentInput({ externalId: 'warm-up-before-deadlock', publishedAt: '2026-03-01T10:00:00Z' })] });
      expect(warm.errors).toBeUndefined();
      const other = new pg.Client({ connectionString: server.database.url });
      await other.connect();
      try {
        await other.query(`SET deadlock_timeout = '30s'`); // so that PostgreSQL aborts the server's transaction, not this one
        await other.query('BEGIN');
        await other.query(`INSERT INTO sources (name, platform) VALUES ('Zulu Desk', 'web')`);
        const docs = ['Alpha Desk', 'Zulu Desk'].map((name, i) =>
          documentInput({ externalId: `deadlock-${i}`, text: `The mayor said that power was restored in district ${i}.`, publishedAt: '2026-03-02T10:00:00Z', source: { name, platform: 'web' } }),
        );
        const answer = server.gql(INGEST, { docs });
        // wait until the batch waits for 'Zulu Desk' (it has inserted 'Alpha Desk' by then; sources go in key order)
        for (let i = 0; ; i++) {
          const waiting = await other.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'transactionid' AND pid <> pg_backend_pid()`);
          if (waiting.rowCount) break;
          if (i > 200) {
            const activity = await other.query(`SELECT state, wait_event_type, wait_event, left(query, 80) AS query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
            throw new Error(`the batch never waited for the other session: ${JSON.stringify(activity.rows)}`);
          }
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        await other.query(`INSERT INTO sources (name, platform) VALUES ('Alpha Desk', 'web')`); // the cycle: one of the two is aborted
        await other.query('COMMIT');

        const result = await answer;
        expect(result.errors).toBeUndefined();
        expect(result.data.ingestDocuments).toMatchObject({ created: 2, duplicates: 0 });
        const { rows } = await other.query(`SELECT name, count(*)::int AS n FROM sources WHERE name IN ('Alpha Desk', 'Zulu Desk') GROUP BY name ORDER BY name`);
        expect(rows).toEqual([{ name: 'Alpha Desk', n: 1 }, { name: 'Zulu Desk', n: 1 }]);
        const stored = await other.query(`SELECT count(*)::int AS n FROM documents WHERE external_id LIKE 'deadlock-%'`);
        expect(stored.rows[0].n).toBe(2);
      } finally {
        await other.end();
      }
    });
  }
});
