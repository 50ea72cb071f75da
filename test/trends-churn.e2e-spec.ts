import fc from 'fast-check';
import { CREATE_NARRATIVE, INGEST } from './factories/documents.js';
import { DATABASES, startTestServer, type TestServer } from './support/test-app.js';

/**
 * Property: after any sequence of ingest / confirm / reject / untag / re-ingest, every trend answer
 * (each granularity, grouping and status set, aligned or not) equals a naive count over raw rows.
 */
const SOURCES = [
  { name: 'Churn Web', platform: 'web' },
  { name: 'Churn Channel', platform: 'telegram' },
  { name: 'Churn TV', platform: 'tv' },
  { name: 'Churn Blog', platform: 'web' },
];
const WORDS = ['collapse', 'advance', 'aid', 'weather', 'football'];
const START = Date.parse('2026-05-04T00:00:00Z'); // a Monday

type Op =
  | { kind: 'ingest'; source: number; day: number; hour: number; words: number[]; language: 'en' | 'ru' | 'uk'; id: number }
  | { kind: 'reingest' }
  | { kind: 'confirm' | 'reject' | 'untag'; claim: number; narrative: number; stance: 'SUPPORTS' | 'REFUTES' | 'NEUTRAL' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('ingest' as const),
    source: fc.nat(3),
    day: fc.nat(40),
    hour: fc.nat(23),
    words: fc.array(fc.nat(4), { minLength: 1, maxLength: 3 }),
    language: fc.constantFrom('en' as const, 'ru' as const, 'uk' as const),
    id: fc.nat(60),
  }),
  fc.constant({ kind: 'reingest' as const }),
  fc.record({
    kind: fc.constantFrom('confirm' as const, 'reject' as const, 'untag' as const),
    claim: fc.nat(1000),
    narrative: fc.nat(2),
    stance: fc.constantFrom('SUPPORTS' as const, 'REFUTES' as const, 'NEUTRAL' as const),
  }),
);

const UNIT = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month' } as const;
const GROUP = { NONE: 'NULL::text', SOURCE: 's.name', LANGUAGE: 'c.language', PLATFORM: "coalesce(s.platform, 'unknown')", STANCE: 't.stance' } as const;

describe.each(DATABASES)('trends under churn on %s', (db) => {
  let server: TestServer;
  let narrativeIds: string[];
  const sent: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    server = await startTestServer({ db });
    narrativeIds = [];
    for (const [slug, keyword] of [['n-collapse', 'collapse'], ['n-advance', 'advance'], ['n-aid', 'aid']]) {
      const res = await server.gql(CREATE_NARRATIVE, { input: { slug, name: slug, keywords: [keyword] } });
      narrativeIds.push(res.data.createNarrative.id);
    }
  });
  afterAll(async () => server?.close());

  async function apply(op: Op): Promise<void> {
    if (op.kind === 'ingest') {
      const at = new Date(START + op.day * 86_400_000 + op.hour * 3_600_000 + 17 * 60_000);
      const doc = {
        externalId: `churn-${op.id}`,
        text: op.words.map((w, i) => `Sentence ${i} reports ${WORDS[w]} near the line.`).join(' '),
        language: op.language,
        publishedAt: at.toISOString(),
        source: SOURCES[op.source],
      };
      const res = await server.gql(INGEST, { docs: [doc] });
      expect(res.errors).toBeUndefined();
      if (!res.data.ingestDocuments.documents[0].duplicate) sent.push(doc);
      return;
    }
    if (op.kind === 'reingest') {
      if (sent.length) expect((await server.gql(INGEST, { docs: sent.slice(-5) })).data.ingestDocuments.created).toBe(0);
      return;
    }
    const claims = await server.db().query<{ id: string }>('SELECT id FROM claims ORDER BY id');
    if (claims.length === 0) return;
    const claimId = claims[op.claim % claims.length].id;
    const narrativeId = narrativeIds[op.narrative];
    const mutation =
      op.kind === 'confirm'
        ? `mutation($c: ID!, $n: ID!, $s: Stance) { tagClaim(claimId: $c, narrativeId: $n, stance: $s) { id } }`
        : op.kind === 'reject'
          ? `mutation($c: ID!, $n: ID!) { rejectTag(claimId: $c, narrativeId: $n) { id } }`
          : `mutation($c: ID!, $n: ID!) { untagClaim(claimId: $c, narrativeId: $n) }`;
    const res = await server.gql(mutation, { c: claimId, n: narrativeId, ...(op.kind === 'confirm' ? { s: op.stance } : {}) });
    expect(res.errors).toBeUndefined();
  }

  async function naive(granularity: keyof typeof UNIT, groupBy: keyof typeof GROUP, statuses: string[], from: Date, to: Date) {
    const rows = await server.db().query<{ n: string; bucket: Date; g: string | null; count: number; sources: number }>(
      `SELECT t.narrative_id::text AS n, (date_trunc('${UNIT[granularity]}', c.published_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') AS bucket,
              ${GROUP[groupBy]} AS g, count(*)::int AS count, count(DISTINCT c.source_id)::int AS sources
         FROM claim_tags t JOIN claims c ON c.id = t.claim_id JOIN sources s ON s.id = c.source_id
        WHERE t.status = ANY($1::text[]) AND c.published_at >= $2 AND c.published_at < $3
        GROUP BY 1, 2, 3`,
      [statuses, from.toISOString(), to.toISOString()],
    );
    const out = new Map<string, { count: number; sources: number }>();
    for (const r of rows) out.set(`${r.n}|${r.g ?? ''}|${new Date(r.bucket).toISOString()}`, { count: r.count, sources: r.sources });
    return out;
  }

  async function checkAll(): Promise<void> {
    const ranges: Array<[Date, Date]> = [
      [new Date(START - 7 * 86_400_000), new Date(START + 49 * 86_400_000)], // aligned to weeks
      [new Date(START + 3 * 86_400_000), new Date(START + 33 * 86_400_000)], // day-aligned, cuts weeks and months
      [new Date(START + 2 * 86_400_000 + 5 * 3_600_000), new Date(START + 20 * 86_400_000 + 13 * 3_600_000)], // cuts days
    ];
    for (const [from, to] of ranges) {
      for (const granularity of ['HOUR', 'DAY', 'WEEK', 'MONTH'] as const) {
        if (granularity === 'HOUR' && to.getTime() - from.getTime() > 20 * 86_400_000) continue;
        for (const groupBy of ['NONE', 'SOURCE', 'LANGUAGE', 'PLATFORM', 'STANCE'] as const) {
          for (const statuses of [['CONFIRMED'], ['CONFIRMED', 'SUGGESTED'], ['REJECTED', 'SUGGESTED']]) {
            const res = await server.gql(
              `query($from: DateTime!, $to: DateTime!, $g: Granularity!, $by: TrendGroupBy!, $s: [TagStatus!]) {
                 narrativeTrends(from: $from, to: $to, granularity: $g, groupBy: $by, status: $s) { narrative { id } group total points { bucket count sources } } }`,
              { from: from.toISOString(), to: to.toISOString(), g: granularity, by: groupBy, s: statuses },
            );
            expect(res.errors).toBeUndefined();
            const expected = await naive(granularity, groupBy, statuses, from, to);
            const got = new Map<string, { count: number; sources: number }>();
            for (const series of res.data.narrativeTrends) {
              expect(series.total).toBe(series.points.reduce((a: number, p: any) => a + p.count, 0));
              for (const p of series.points) {
                if (p.count > 0 || p.sources > 0) got.set(`${series.narrative.id}|${series.group ?? ''}|${p.bucket}`, { count: p.count, sources: p.sources });
              }
            }
            expect({ granularity, groupBy, statuses, from, got: Object.fromEntries(got) }).toEqual({
              granularity,
              groupBy,
              statuses,
              from,
              got: Object.fromEntries(expected),
            });
          }
        }
      }
    }
  }

  it('matches a naive count over raw rows after random ingest, tag, reject, untag and re-ingest sequences', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 3, maxLength: 12 }), async (ops) => {
        for (const op of ops) await apply(op);
        await server.settle();
        await checkAll();
      }),
      { numRuns: 6, seed: 20261125, endOnFailure: true },
    );
  });
});
