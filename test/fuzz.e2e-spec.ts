import fc from 'fast-check';
import { LIMITS } from '@app/domain';
import { CREATE_NARRATIVE, INGEST, documentInput } from './factories/documents.js';
import { DATABASES, startTestServer, type GqlResponse, type TestServer } from './support/test-app.js';

/**
 * Every GraphQL input under hostile values, over real HTTP: the answer is data or BAD_USER_INPUT
 * naming the input, never a 500, an INTERNAL_SERVER_ERROR, a stack trace or SQL.
 */

const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\uFEFF\u200B\u200D',
  '\u202Eevil',
  "'; DROP TABLE claims; --",
  "1' OR '1'='1' --",
  '%_\\%',
  '$1',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'e\u0301\u0301',
  'ﷺ ﬁ İ',
  '👩‍👩‍👧‍👦🇺🇦',
  'Мо\u0441ква Kиїв ёлка',
  '2026-03-01T00:00:00Z',
  '-1',
  '99999999999999999999999',
  '1e400',
];
const WORDS = ['Kyiv', 'said', 'the', 'army', 'is', 'collapsing', 'Песков', 'заявил', 'що', '«', '»', '.', '!', '(', ')', 'AND', 'OR', 'NOT', '*', 'lang:ru', '\n'];

const hostile = (maxLength = 120): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.constantFrom(...NASTY),
    fc.array(fc.constantFrom(...WORDS, ...NASTY), { maxLength: 25 }).map((p) => p.join(' ')),
  );
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const dateish = fc.oneof(
  fc.constantFrom('2026-03-01T00:00:00Z', '2026-03-08T00:00:00.000Z', '1970-01-01T00:00:00Z', '2026-02-30T00:00:00Z', 'yesterday', '', '275760-09-13T00:00:00Z'),
  hostile(30),
);
const hugeInt = fc.oneof(fc.integer({ min: -5, max: 600 }), fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 100_000_000));

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const LEAK = /\bat [\w.<>]+ \(|node_modules|\.ts:\d+|QueryFailedError|\bSELECT\b|\bINSERT\b|\bUPDATE\b.*\bSET\b|syntax error at/;

/** Data, or errors that are all the client's (BAD_USER_INPUT), with nothing internal leaking. */
function expectHandled(res: GqlResponse<unknown>, what: string): void {
  const context = `${what}: ${JSON.stringify(res.errors ?? null).slice(0, 500)}`;
  expect({ context, status: res.status < 500 }).toEqual({ context, status: true });
  for (const error of res.errors ?? []) {
    expect({ context, code: error.extensions?.code }).toEqual({ context, code: 'BAD_USER_INPUT' });
    expect(error.message).not.toMatch(LEAK);
    expect(JSON.stringify(error.extensions)).not.toMatch(/stacktrace|exception/i);
  }
}

describe.each(DATABASES)('fuzzing every GraphQL input on %s', (db) => {
  let server: TestServer;
  let narrativeId: string;
  let claimId: string;

  beforeAll(async () => {
    server = await startTestServer({ db });
    narrativeId = (await server.gql(CREATE_NARRATIVE, { input: { slug: 'fuzz-target', name: 'Army collapse', keywords: ['collapse'] } })).data.createNarrative.id;
    const ingest = await server.gql(INGEST, { docs: [documentInput({ text: 'Kyiv said the army is not collapsing. Moscow claims otherwise.' })] });
    claimId = ingest.data.ingestDocuments.documents[0].document.claims[0].id;
  });
  afterAll(async () => {
    await server?.close();
  });

  afterEach(async () => {
    expect((await fetch(`${server.baseUrl}/health`)).status).toBe(200);
  });

  it('ingestDocuments: text, title, source, ids, language and dates', async () => {
    const doc = fc.record({
      externalId: maybe(fc.option(hostile(40))),
      url: maybe(fc.option(hostile(40))),
      title: maybe(fc.option(hostile(80))),
      text: hostile(400),
      language: maybe(fc.option(fc.oneof(fc.constantFrom('en', 'ru', 'uk', 'EN', 'zz-top'), hostile(8)))),
      publishedAt: dateish,
      source: fc.record({ name: hostile(40), platform: maybe(fc.option(hostile(12))), country: maybe(fc.option(hostile(6))) }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(doc, { minLength: 1, maxLength: 3 }), async (docs) => {
        const res = await server.gql(INGEST, { docs });
        expectHandled(res, 'ingestDocuments');
        if (!res.errors) {
          const r = (res.data as any).ingestDocuments;
          expect(r.created + r.duplicates).toBe(docs.length);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('claims: filter search, language, ids, dates, page size and cursor', async () => {
    const filter = fc.record(
      {
        narrativeId: fc.oneof(hostile(20), fc.constant(narrativeId)),
        status: fc.constantFrom('SUGGESTED', 'CONFIRMED', 'REJECTED'),
        untagged: fc.boolean(),
        sourceId: hostile(20),
        language: hostile(10),
        from: dateish,
        to: dateish,
        search: hostile(200),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(filter, hugeInt, maybe(hostile(60)), async (f, first, after) => {
        const res = await server.gql(
          `query($f: ClaimFilter, $first: Int, $after: String) { claims(filter: $f, first: $first, after: $after) { totalCount pageInfo { endCursor } edges { cursor node { id text } } } }`,
          { f, first, after },
        );
        expectHandled(res, 'claims');
      }),
      { numRuns: RUNS },
    );
  });

  it('claim, narrative and sources lookups by hostile ids and slugs', async () => {
    await fc.assert(
      fc.asyncProperty(hostile(40), hostile(40), async (id, slug) => {
        expectHandled(await server.gql(`query($id: ID!) { claim(id: $id) { id } }`, { id }), 'claim');
        expectHandled(await server.gql(`query($id: ID, $slug: String) { narrative(id: $id, slug: $slug) { id } }`, { id, slug }), 'narrative');
      }),
      { numRuns: RUNS },
    );
  });

  it('createNarrative and updateNarrative: slug, name, description, parent, keywords, rule', async () => {
    const input = fc.record(
      {
        slug: fc.oneof(hostile(40), fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,2}$/)),
        name: hostile(80),
        description: fc.option(hostile(200)),
        parentSlug: fc.option(fc.oneof(hostile(20), fc.constant('fuzz-target'))),
        keywords: fc.option(fc.array(hostile(20), { maxLength: 6 })),
        rule: fc.option(fc.oneof(hostile(80), fc.constantFrom('collapse AND NOT "front line"', 'lang:ru OR мобилизац*', '((('))),
      },
      { requiredKeys: ['slug', 'name'] },
    );
    await fc.assert(
      fc.asyncProperty(input, async (i) => {
        expectHandled(await server.gql(`mutation($i: NarrativeInput!) { createNarrative(input: $i) { id slug } }`, { i }), 'createNarrative');
        const { slug: _slug, ...update } = i;
        expectHandled(
          await server.gql(`mutation($id: ID!, $i: NarrativeUpdateInput!) { updateNarrative(id: $id, input: $i) { id } }`, { id: narrativeId, i: update }),
          'updateNarrative',
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('narrativeTrends: ids, dates, granularity, grouping and statuses', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(fc.array(fc.oneof(hostile(20), fc.constant(narrativeId)), { maxLength: 4 })),
        dateish,
        dateish,
        fc.constantFrom('HOUR', 'DAY', 'WEEK', 'MONTH'),
        fc.constantFrom('NONE', 'SOURCE', 'LANGUAGE', 'PLATFORM', 'STANCE'),
        fc.option(fc.array(fc.constantFrom('SUGGESTED', 'CONFIRMED', 'REJECTED'), { maxLength: 3 })),
        async (ids, from, to, g, by, status) => {
          const res = await server.gql(
            `query($ids: [ID!], $from: DateTime!, $to: DateTime!, $g: Granularity!, $by: TrendGroupBy!, $status: [TagStatus!]) {
               narrativeTrends(narrativeIds: $ids, from: $from, to: $to, granularity: $g, groupBy: $by, status: $status) { group total points { count } }
             }`,
            { ids, from, to, g, by, status },
          );
          expectHandled(res, 'narrativeTrends');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('suggestNarratives: text, language and limit', async () => {
    await fc.assert(
      fc.asyncProperty(hostile(400), maybe(hostile(10)), hugeInt, async (text, language, limit) => {
        const res = await server.gql(`query($t: String!, $l: String, $n: Int) { suggestNarratives(text: $t, language: $l, limit: $n) { score stance evidence narrative { slug } } }`, {
          t: text,
          l: language,
          n: limit,
        });
        expectHandled(res, 'suggestNarratives');
      }),
      { numRuns: RUNS },
    );
  });

  it('tagClaim, rejectTag and untagClaim with hostile ids', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostile(20), fc.constant(claimId)), fc.oneof(hostile(20), fc.constant(narrativeId)), async (c, n) => {
        expectHandled(await server.gql(`mutation($c: ID!, $n: ID!) { tagClaim(claimId: $c, narrativeId: $n, stance: NEUTRAL) { id } }`, { c, n }), 'tagClaim');
        expectHandled(await server.gql(`mutation($c: ID!, $n: ID!) { rejectTag(claimId: $c, narrativeId: $n) { id } }`, { c, n }), 'rejectTag');
        expectHandled(await server.gql(`mutation($c: ID!, $n: ID!) { untagClaim(claimId: $c, narrativeId: $n) }`, { c, n }), 'untagClaim');
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('empty, NUL, lone-surrogate, SQL-like, 200k-character and script-tag texts in ingest and search', async () => {
    const big = 'The grid operator said power returned to the city. '.repeat(Math.ceil(LIMITS.maxTextLength / 51) + 1).slice(0, LIMITS.maxTextLength);
    const cases: Array<[string, string, 'data' | 'bad' | 'either']> = [
      ['empty', '', 'bad'],
      ['NUL', 'power\u0000grid', 'bad'],
      ['lone surrogate', 'power \uD800 grid', 'bad'],
      ['SQL', "Robert'); DROP TABLE documents; -- said the grid is down.", 'data'],
      ['200k', big, 'data'],
      ['200k + 1', big + 'x', 'bad'],
      ['script tag', '<script>alert("x")</script> The minister said the grid holds.', 'data'],
    ];
    for (const [name, text, expected] of cases) {
      const ingest = await server.gql(INGEST, { docs: [documentInput({ text })] });
      expectHandled(ingest, `ingest ${name}`);
      if (expected === 'bad') expect({ name, extensions: ingest.errors?.[0]?.extensions }).toEqual({ name, extensions: { code: 'BAD_USER_INPUT', field: 'documents[0].text' } });
      if (expected === 'data') {
        expect(ingest.errors).toBeUndefined();
        expect((ingest.data as any).ingestDocuments.created).toBe(1);
      }
      const search = await server.gql(`query($s: String) { claims(filter: { search: $s }) { totalCount edges { node { text } } } }`, { s: text });
      expectHandled(search, `search ${name}`);
      const suggest = await server.gql(`query($t: String!) { suggestNarratives(text: $t) { score } }`, { t: text });
      expectHandled(suggest, `suggest ${name}`);
    }
    const script = await server.gql(`{ claims(filter: { search: "<script>" }) { edges { node { text } } } }`);
    expect((script.data as any).claims.edges.map((e: any) => e.node.text)).toContain('<script>alert("x")</script> The minister said the grid holds.');
    const sql = await server.gql(`{ claims(filter: { search: "DROP TABLE" }) { totalCount } }`);
    expect((sql.data as any).claims.totalCount).toBeGreaterThanOrEqual(1);
  });
});
