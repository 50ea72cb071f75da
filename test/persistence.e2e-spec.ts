import pg from 'pg';
import { MIGRATIONS } from '@app/migrations';
import { bigints, Database, encodeBigintArray } from '@app/persistence';
import { CREATE_NARRATIVE, INGEST, documentInput } from './factories/documents.js';
import { createPostgresDatabase, DATABASES, startTestServer } from './support/test-app.js';

describe.each(DATABASES)('persistence on %s', (db) => {
  it('keeps everything across a restart on the same database, and a second start runs no migration', async () => {
    const first = await startTestServer({ db });
    let second: Awaited<ReturnType<typeof startTestServer>> | undefined;
    try {
      await first.gql(CREATE_NARRATIVE, { input: { slug: 'west-abandons', name: 'The West is abandoning Ukraine' } });
      const ingest = await first.gql(INGEST, { docs: [documentInput({ externalId: 'restart-1' })] });
      expect(ingest.data.ingestDocuments.created).toBe(1);
      await first.stop();

      second = await startTestServer({ db, database: first.database });
      const after = await second.gql(`{ narratives { slug } claims { totalCount } }`);
      expect(after.data.narratives).toEqual([{ slug: 'west-abandons' }]);
      expect(after.data.claims.totalCount).toBe(ingest.data.ingestDocuments.claims);
      const again = await second.gql(INGEST, { docs: [documentInput({ externalId: 'restart-1' })] });
      expect(again.data.ingestDocuments).toMatchObject({ created: 0, duplicates: 1 });
      if (db === 'postgres') {
        const client = new pg.Client({ connectionString: first.database.url });
        await client.connect();
        const { rows } = await client.query('SELECT count(*)::int AS n FROM migrations');
        await client.end();
        expect(rows[0].n).toBe(MIGRATIONS.length);
      }
    } finally {
      await second?.stop();
      await first.close();
    }
  });

  describe('with the demo corpus', () => {
    let first: Awaited<ReturnType<typeof startTestServer>>;
    let server: Awaited<ReturnType<typeof startTestServer>>;
    beforeAll(async () => {
      first = server = await startTestServer({ db, demo: true });
    });
    afterAll(async () => {
      await server?.stop();
      await first?.close();
    });

    it('loads the demo corpus into an empty database with DEMO_DATA=on, once', async () => {
      const res = await server.gql(`{ narratives { slug claimCount } sources { name platform } claims(first: 1) { totalCount } }`);
      expect(res.data.narratives.length).toBeGreaterThanOrEqual(6);
      expect(res.data.sources.length).toBeGreaterThanOrEqual(12);
      expect(new Set(res.data.sources.map((s: any) => s.platform))).toEqual(new Set(['web', 'telegram', 'tv']));
      expect(res.data.claims.totalCount).toBeGreaterThanOrEqual(300);
      const langs = await Promise.all(
        ['en', 'ru', 'uk'].map(async (language) => (await server.gql(`query($l: String) { claims(filter: { language: $l }) { totalCount } }`, { l: language })).data.claims.totalCount),
      );
      expect(Math.min(...langs)).toBeGreaterThan(50);
      const tagged = await server.gql(`{ claims(first: 0, filter: { untagged: false }) { totalCount } }`);
      expect(tagged.data.claims.totalCount / res.data.claims.totalCount).toBeGreaterThan(0.5);
      const refuting = await server.gql(
        `{ narrativeTrends(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z", granularity: MONTH, groupBy: STANCE) { group total } }`,
      );
      const refutes = refuting.data.narrativeTrends.filter((s: any) => s.group === 'REFUTES').reduce((a: number, s: any) => a + s.total, 0);
      expect(refutes).toBeGreaterThan(20);
      await server.stop();
      const restarted = await startTestServer({ db, demo: true, database: server.database });
      try {
        const again = await restarted.gql(`{ claims(first: 1) { totalCount } }`);
        expect(again.data.claims.totalCount).toBe(res.data.claims.totalCount);
      } finally {
        await restarted.stop();
      }
      server = await startTestServer({ db, demo: true, database: server.database });
    });

    it('batches nested lookups: claims → tags → narrative, source and document cost a few statements, not one per row', async () => {
      const query = `{ claims(first: 200) { edges { node { id source { name } document { title source { name } } tags { status narrative { slug parent { slug } } } cluster { size firstSource { name } } } } } }`;
      const before = server.statements();
      const res = await server.gql(query);
      const used = server.statements() - before;
      expect(res.data.claims.edges).toHaveLength(200);
      expect(used).toBeLessThanOrEqual(12);
    });
  });
});

describe('bigint[] parameters', () => {
  it('are encoded in PostgreSQL\'s binary array format, or left to the text format when a value is not a safe integer', () => {
    const one = encodeBigintArray([1]);
    // 1 dimension, no nulls, element type int8 (20), 1 element from index 1, then its length and 8 bytes
    expect(one?.toString('hex')).toBe(['00000001', '00000000', '00000014', '00000001', '00000001', '00000008', '0000000000000001'].join(''));
    expect(encodeBigintArray([])?.toString('hex')).toBe('000000000000000000000014');
    expect(encodeBigintArray([2 ** 53])).toBeNull();
    expect(encodeBigintArray(['12x'])).toBeNull();
  });

  it.each(DATABASES)('arrive on %s as the integers sent, negative and past 32 bits included', async (kind) => {
    const server = kind === 'postgres' ? await createPostgresDatabase() : null;
    const db = await Database.open({ url: server?.url, dataDir: 'memory://' }, { migrate: false });
    try {
      const values = [0, 1, -5, 4294967295, 4294967296, -4294967297, 2 ** 53 - 1, -(2 ** 53 - 1), '123', '9007199254740991'];
      const rows = await db.query<{ v: string }>(`SELECT v::text AS v FROM unnest($1::bigint[]) WITH ORDINALITY AS t(v, i) ORDER BY i`, [bigints(values)]);
      expect(rows.map((r) => r.v)).toEqual(values.map(String));
      expect(await db.query(`SELECT cardinality($1::bigint[]) AS n`, [bigints([])])).toEqual([{ n: 0 }]);
      // not an integer: sent as text, and PostgreSQL says why it refuses it
      await expect(db.query(`SELECT $1::bigint[] AS a`, [bigints(['12x'])])).rejects.toThrow(/invalid input syntax/);
    } finally {
      await db.close();
      await server?.drop();
    }
  });
});
