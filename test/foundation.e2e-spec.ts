import { CLAIM_COUNT, CREATE_NARRATIVE, INGEST, documentInput } from './factories/documents.js';
import { DATABASES, startTestServer, type TestServer } from './support/test-app.js';

const TREND = `query Trend($ids: [ID!], $from: DateTime!, $to: DateTime!, $g: Granularity!, $by: TrendGroupBy!, $status: [TagStatus!]) {
  narrativeTrends(narrativeIds: $ids, from: $from, to: $to, granularity: $g, groupBy: $by, status: $status) {
    narrative { slug } group total points { bucket count sources }
  }
}`;

describe.each(DATABASES)('foundation over HTTP on %s', (db) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ db });
  });
  afterAll(async () => {
    await server?.close();
  });

  const claimCount = async () => (await server.gql<{ claims: { totalCount: number } }>(CLAIM_COUNT)).data.claims.totalCount;

  it('answers /health once the database is ready', async () => {
    const res = await fetch(`${server.baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: db });
  });

  it('starts with no narratives when DEMO_DATA is off', async () => {
    const res = await server.gql(`{ narratives { id } }`);
    expect(res.data.narratives).toEqual([]);
  });

  it('creates narratives with a parent and refuses a duplicate slug as BAD_USER_INPUT', async () => {
    const parent = await server.gql(CREATE_NARRATIVE, {
      input: { slug: 'ukraine-collapse', name: 'Ukraine faces imminent collapse', description: 'Claims that the Ukrainian state or army is about to fall apart.', keywords: ['collapse', 'коллапс'] },
    });
    expect(parent.errors).toBeUndefined();
    expect(parent.data.createNarrative).toMatchObject({ slug: 'ukraine-collapse', keywords: ['collapse', 'коллапс'], parent: null, claimCount: 0 });
    const child = await server.gql(CREATE_NARRATIVE, {
      input: { slug: 'front-collapse', name: 'The front line is collapsing', parentSlug: 'ukraine-collapse' },
    });
    expect(child.data.createNarrative.parent).toEqual({ slug: 'ukraine-collapse' });
    const dup = await server.gql(CREATE_NARRATIVE, { input: { slug: 'ukraine-collapse', name: 'Again' } });
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.slug' });
    const list = await server.gql(`{ narratives { slug children { slug } } }`);
    expect(list.data.narratives).toHaveLength(2);
    expect(list.data.narratives.find((n: any) => n.slug === 'ukraine-collapse').children).toEqual([{ slug: 'front-collapse' }]);
    const bySlug = await server.gql(`{ narrative(slug: "front-collapse") { name } }`);
    expect(bySlug.data.narrative.name).toBe('The front line is collapsing');
    const parentId = (await server.gql(`{ narrative(slug: "ukraine-collapse") { id } }`)).data.narrative.id;
    expect((await server.gql(`query($id: ID!) { narrative(id: $id, slug: "ukraine-collapse") { slug } }`, { id: parentId })).data.narrative).toEqual({ slug: 'ukraine-collapse' });
    // id and slug of two different narratives: said, not answered with null
    const crossed = await server.gql(`query($id: ID!) { narrative(id: $id, slug: "front-collapse") { slug } }`, { id: parentId });
    expect(crossed.errors?.[0]).toMatchObject({ message: expect.stringContaining('has slug "ukraine-collapse", not "front-collapse"'), extensions: { code: 'BAD_USER_INPUT', field: 'slug' } });
    const badParent = await server.gql(CREATE_NARRATIVE, { input: { slug: 'orphan', name: 'Orphan', parentSlug: 'nope' } });
    expect(badParent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentSlug' });
  });

  describe('ingest, tags and trends', () => {
    const docs = [
      documentInput({ externalId: 'a-1', text: 'Moscow says its troops captured Kupiansk. Kyiv denies it.', publishedAt: '2026-03-01T08:00:00Z', source: { name: 'Alpha Wire', platform: 'web' } }),
      documentInput({ externalId: 'a-2', text: 'The army of Ukraine is close to collapse, a Kremlin-friendly blogger wrote.', publishedAt: '2026-03-01T20:00:00Z', source: { name: 'Beta Channel', platform: 'telegram' } }),
      documentInput({ externalId: 'a-3', text: 'Генштаб ЗСУ спростував заяви про оточення військ.', language: 'uk', publishedAt: '2026-03-03T12:00:00Z', source: { name: 'Alpha Wire', platform: 'web' } }),
    ];
    let first: any;

    it('ingests 3 documents from 2 sources, then recognises all 3 as duplicates', async () => {
      const before = await claimCount();
      const res = await server.gql(INGEST, { docs });
      expect(res.errors).toBeUndefined();
      first = res.data.ingestDocuments;
      expect(first).toMatchObject({ created: 3, duplicates: 0 });
      expect(first.claims).toBeGreaterThanOrEqual(3);
      expect(new Set(first.documents.map((d: any) => d.document.source.id)).size).toBe(2);
      expect(first.documents[0].document.claims.map((c: any) => c.text)).toEqual(['Moscow says its troops captured Kupiansk.', 'Kyiv denies it.']);
      expect(await claimCount()).toBe(before + first.claims);

      const again = await server.gql(INGEST, { docs });
      expect(again.data.ingestDocuments).toMatchObject({ created: 0, duplicates: 3, claims: 0 });
      expect(again.data.ingestDocuments.documents.map((d: any) => d.document.id)).toEqual(first.documents.map((d: any) => d.document.id));
      expect(again.data.ingestDocuments.documents.every((d: any) => d.duplicate)).toBe(true);
      expect(await claimCount()).toBe(before + first.claims);
    });

    it('recognises a re-sent document without externalId by source and normalised text', async () => {
      const doc = documentInput({ externalId: null, text: 'Sanctions  hit the “Ural” export price.', source: { name: 'Gamma TV', platform: 'tv' } });
      const a = await server.gql(INGEST, { docs: [doc] });
      const b = await server.gql(INGEST, { docs: [{ ...doc, text: 'sanctions hit the "ural" export price.' }] });
      expect(a.data.ingestDocuments.created).toBe(1);
      expect(b.data.ingestDocuments).toMatchObject({ created: 0, duplicates: 1 });
      expect(b.data.ingestDocuments.documents[0].document.id).toBe(a.data.ingestDocuments.documents[0].document.id);
    });

    it('refuses a batch with an empty text or a bad date and stores none of it', async () => {
      const before = await claimCount();
      const empty = await server.gql(INGEST, { docs: [documentInput(), documentInput({ text: '   ' })] });
      expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documents[1].text' });
      const badDate = await server.gql(INGEST, { docs: [documentInput(), documentInput({ publishedAt: 'yesterday' })] });
      expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(badDate.errors?.[0]?.message).toMatch(/publishedAt/);
      const inline = await server.gql(`mutation { ingestDocuments(documents: [{ text: "x", publishedAt: "yesterday", source: { name: "S" } }]) { created } }`);
      expect(inline.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const missingText = await server.gql(INGEST, { docs: [{ publishedAt: '2026-03-01T00:00:00Z', source: { name: 'S' } }] });
      expect(missingText.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      // a day the calendar does not have is refused, not rolled over into the next month
      for (const day of ['2026-02-30T00:00:00Z', '2026-04-31T12:00:00+03:00', '2025-02-29']) {
        const impossible = await server.gql(INGEST, { docs: [documentInput(), documentInput({ publishedAt: day })] });
        expect(impossible.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documents[1].publishedAt' });
      }
      const zeroWidth = await server.gql(INGEST, { docs: [documentInput({ text: '\u200b\u200b\ufeff ' })] });
      expect(zeroWidth.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documents[0].text' });
      // values written into the query text are named by their argument path too
      const inlinePath = await server.gql(
        `mutation { ingestDocuments(documents: [{ text: "A valid one.", publishedAt: "2026-03-01T00:00:00Z", source: { name: "S" } }, { text: "x", publishedAt: "2026-02-30T00:00:00Z", source: { name: "S" } }]) { created } }`,
      );
      expect(inlinePath.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documents[1].publishedAt' });
      const inlineMissing = await server.gql(`mutation { ingestDocuments(documents: [{ publishedAt: "2026-03-01T00:00:00Z", source: { name: "S" } }]) { created } }`);
      expect(inlineMissing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documents[0].text' });
      expect(await claimCount()).toBe(before);
    });

    it('records a Cyrillic analyst name from X-Analyst as sent (raw UTF-8 or percent-encoded)', async () => {
      const ingested = await server.gql(INGEST, { docs: [documentInput({ externalId: 'analyst-1' })] });
      const claimId = ingested.data.ingestDocuments.documents[0].document.claims[0].id;
      const narrativeId = (await server.gql(`{ narrative(slug: "ukraine-collapse") { id } }`)).data.narrative.id;
      const TAG = `mutation($c: ID!, $n: ID!) { tagClaim(claimId: $c, narrativeId: $n) { taggedBy } }`;
      // what curl -H 'X-Analyst: Олена Коваль' puts on the wire: the name's UTF-8 bytes
      const raw = await server.gql(TAG, { c: claimId, n: narrativeId }, { 'x-analyst': Buffer.from('Олена Коваль', 'utf8').toString('latin1') });
      expect(raw.data.tagClaim.taggedBy).toBe('Олена Коваль');
      const encoded = await server.gql(TAG, { c: claimId, n: narrativeId }, { 'x-analyst': encodeURIComponent('Дар’я Ґонта') });
      expect(encoded.data.tagClaim.taggedBy).toBe('Дар’я Ґонта');
      // leave the narrative's counts as the later tests expect them
      expect((await server.gql(`mutation($c: ID!, $n: ID!) { untagClaim(claimId: $c, narrativeId: $n) }`, { c: claimId, n: narrativeId })).data.untagClaim).toBe(true);
    });

    it('keeps one source for a name written with extra spaces, and country codes in capitals', async () => {
      const a = await server.gql(INGEST, { docs: [documentInput({ externalId: 'sp-1', source: { name: 'Spacing  Wire', platform: 'web', country: 'gb' } })] });
      const b = await server.gql(INGEST, { docs: [documentInput({ externalId: 'sp-2', text: 'Another claim about the grain corridor being closed.', source: { name: ' Spacing Wire ', platform: 'web' } })] });
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      const sources = (await server.gql(`{ sources { id name country } }`)).data.sources.filter((s: any) => s.name.startsWith('Spacing'));
      expect(sources).toEqual([expect.objectContaining({ name: 'Spacing Wire', country: 'GB' })]);
      // a country's name in Ukrainian (or English, Russian) is stored as its code
      const c = await server.gql(INGEST, { docs: [documentInput({ externalId: 'sp-3', source: { name: 'Named Country Desk', platform: 'web', country: 'Україна' } })] });
      expect(c.errors).toBeUndefined();
      const named = (await server.gql(`{ sources { name country } }`)).data.sources.find((s: any) => s.name === 'Named Country Desk');
      expect(named.country).toBe('UA');
    });

    it('keeps who wrote a document (whitespace tidied) and refuses an over-long author, naming the field', async () => {
      const res = await server.gql(INGEST, { docs: [documentInput({ externalId: 'by-1', author: '  Олена   Коваль ' }), documentInput({ externalId: 'by-2', author: '   ' })] });
      expect(res.errors).toBeUndefined();
      const AUTHOR = `query($c: ID!) { claim(id: $c) { document { author } } }`;
      const named = await server.gql(AUTHOR, { c: res.data.ingestDocuments.documents[0].document.claims[0].id });
      expect(named.data.claim.document.author).toBe('Олена Коваль');
      const blank = await server.gql(AUTHOR, { c: res.data.ingestDocuments.documents[1].document.claims[0].id });
      expect(blank.data.claim.document.author).toBeNull();
      const before = await claimCount();
      const long = await server.gql(INGEST, { docs: [documentInput({ externalId: 'by-3' }), documentInput({ externalId: 'by-4', author: 'x'.repeat(2001) })] });
      expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documents[1].author' });
      expect(await claimCount()).toBe(before);
    });

    it('tags, rejects and untags claims, refusing unknown ids', async () => {
      const narratives = (await server.gql(`{ narratives { id slug } }`)).data.narratives;
      const collapse = narratives.find((n: any) => n.slug === 'ukraine-collapse').id;
      const claimId = first.documents[1].document.claims[0].id;
      const tag = await server.gql(
        `mutation($c: ID!, $n: ID!) { tagClaim(claimId: $c, narrativeId: $n, stance: SUPPORTS) { status origin stance confidence taggedBy claim { id } narrative { slug } } }`,
        { c: claimId, n: collapse },
      );
      expect(tag.errors).toBeUndefined();
      expect(tag.data.tagClaim).toMatchObject({ status: 'CONFIRMED', origin: 'MANUAL', stance: 'SUPPORTS', claim: { id: claimId }, narrative: { slug: 'ukraine-collapse' } });

      const refuting = first.documents[2].document.claims[0].id;
      const tag2 = await server.gql(`mutation($c: ID!, $n: ID!) { tagClaim(claimId: $c, narrativeId: $n, stance: REFUTES) { status stance } }`, { c: refuting, n: collapse });
      expect(tag2.data.tagClaim).toEqual({ status: 'CONFIRMED', stance: 'REFUTES' });

      const other = first.documents[0].document.claims[0].id;
      const rejected = await server.gql(`mutation($c: ID!, $n: ID!) { rejectTag(claimId: $c, narrativeId: $n) { status origin } }`, { c: other, n: collapse });
      expect(rejected.data.rejectTag).toEqual({ status: 'REJECTED', origin: 'MANUAL' });

      const tags = await server.gql(`query($id: ID!) { claim(id: $id) { tags { status narrative { slug } } } }`, { id: other });
      expect(tags.data.claim.tags).toEqual([{ status: 'REJECTED', narrative: { slug: 'ukraine-collapse' } }]);

      const unknown = await server.gql(`mutation($n: ID!) { tagClaim(claimId: "999999", narrativeId: $n) { status } }`, { n: collapse });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'claimId' });
      const unknownNarrative = await server.gql(`mutation($c: ID!) { rejectTag(claimId: $c, narrativeId: "424242") { status } }`, { c: other });
      expect(unknownNarrative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'narrativeId' });

      const untag = await server.gql(`mutation($c: ID!, $n: ID!) { untagClaim(claimId: $c, narrativeId: $n) }`, { c: other, n: collapse });
      expect(untag.data.untagClaim).toBe(true);
      const untagAgain = await server.gql(`mutation($c: ID!, $n: ID!) { untagClaim(claimId: $c, narrativeId: $n) }`, { c: other, n: collapse });
      expect(untagAgain.data.untagClaim).toBe(false);
      const count = await server.gql(`query($id: ID!) { narrative(id: $id) { claimCount confirmed: claimCount(status: CONFIRMED) } }`, { id: collapse });
      expect(count.data.narrative).toEqual({ claimCount: 2, confirmed: 2 });
    });

    it('draws daily trends with every bucket, zeros, distinct sources and the status filter', async () => {
      const collapse = (await server.gql(`{ narrative(slug: "ukraine-collapse") { id } }`)).data.narrative.id;
      // a second confirmed claim on 1 March, from the other source
      const sameDay = first.documents[0].document.claims[1].id;
      // no stance given: the engine reads "Kyiv denies it." as a rebuttal
      const implicit = await server.gql(`mutation($c: ID!, $n: ID!) { tagClaim(claimId: $c, narrativeId: $n) { status stance } }`, { c: sameDay, n: collapse });
      expect(implicit.data.tagClaim).toEqual({ status: 'CONFIRMED', stance: 'REFUTES' });
      const res = await server.gql(TREND, { ids: [collapse], from: '2026-03-01T00:00:00Z', to: '2026-03-05T00:00:00Z', g: 'DAY', by: 'NONE', status: ['CONFIRMED'] });
      expect(res.errors).toBeUndefined();
      const [series] = res.data.narrativeTrends;
      expect(series.group).toBeNull();
      expect(series.points).toEqual([
        { bucket: '2026-03-01T00:00:00.000Z', count: 2, sources: 2 },
        { bucket: '2026-03-02T00:00:00.000Z', count: 0, sources: 0 },
        { bucket: '2026-03-03T00:00:00.000Z', count: 1, sources: 1 },
        { bucket: '2026-03-04T00:00:00.000Z', count: 0, sources: 0 },
      ]);
      expect(series.total).toBe(3);

      const rejectedOnly = await server.gql(TREND, { ids: [collapse], from: '2026-03-01T00:00:00Z', to: '2026-03-05T00:00:00Z', g: 'DAY', by: 'NONE', status: ['REJECTED'] });
      expect(rejectedOnly.data.narrativeTrends[0].total).toBe(0);

      const byStance = await server.gql(TREND, { ids: [collapse], from: '2026-03-01T00:00:00Z', to: '2026-03-05T00:00:00Z', g: 'WEEK', by: 'STANCE', status: ['CONFIRMED'] });
      const stanceTotals = Object.fromEntries(byStance.data.narrativeTrends.map((s: any) => [s.group, s.total]));
      expect(stanceTotals.REFUTES).toBe(2);
      expect(stanceTotals.REFUTES + (stanceTotals.SUPPORTS ?? 0) + (stanceTotals.NEUTRAL ?? 0)).toBe(3);
      // 2026-03-01 is a Sunday: its Monday week starts on 23 February
      expect(byStance.data.narrativeTrends[0].points.map((p: any) => p.bucket)).toEqual(['2026-02-23T00:00:00.000Z', '2026-03-02T00:00:00.000Z']);

      const bySource = await server.gql(TREND, { ids: [collapse], from: '2026-03-01T00:00:00Z', to: '2026-03-05T00:00:00Z', g: 'DAY', by: 'SOURCE', status: ['CONFIRMED'] });
      expect(Object.fromEntries(bySource.data.narrativeTrends.map((s: any) => [s.group, s.total]))).toEqual({ 'Alpha Wire': 2, 'Beta Channel': 1 });
      const loudest = await server.gql(
        `query($ids: [ID!]) { narrativeTrends(narrativeIds: $ids, from: "2026-03-01T00:00:00Z", to: "2026-03-05T00:00:00Z", groupBy: SOURCE, status: [CONFIRMED], groupLimit: 1) { group total } }`,
        { ids: [collapse] },
      );
      expect(loudest.data.narrativeTrends).toEqual([{ group: 'Alpha Wire', total: 2 }]);
    });

    it('refuses from after to, too many buckets and unknown narratives as BAD_USER_INPUT', async () => {
      const backwards = await server.gql(TREND, { from: '2026-03-05T00:00:00Z', to: '2026-03-01T00:00:00Z', g: 'DAY', by: 'NONE' });
      expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
      const tooMany = await server.gql(TREND, { from: '2000-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z', g: 'HOUR', by: 'NONE' });
      expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const unknown = await server.gql(TREND, { ids: ['99999'], from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z', g: 'DAY', by: 'NONE' });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'narrativeIds' });
      const impossible = await server.gql(TREND, { from: '2026-09-31T00:00:00Z', to: '2026-10-05T00:00:00Z', g: 'DAY', by: 'NONE' });
      expect(impossible.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
      // mistakes written into the query text: named by argument, all BAD_USER_INPUT
      const inline: Array<[string, string]> = [
        [`{ narrativeTrends(from: "yesterday", to: "2026-03-02T00:00:00Z") { total } }`, 'from'],
        [`{ narrativeTrends(from: "2026-03-01T00:00:00Z", to: 2026) { total } }`, 'to'],
        [`{ narrativeTrends(from: "2026-03-01T00:00:00Z", to: "2026-03-02T00:00:00Z", granularity: YEAR) { total } }`, 'granularity'],
        [`{ claims(first: "ten") { totalCount } }`, 'first'],
        [`{ claims(filter: { status: BOGUS }) { totalCount } }`, 'filter.status'],
      ];
      for (const [query, field] of inline) {
        const res = await server.gql(query);
        expect({ query, ext: res.errors?.[0]?.extensions }).toMatchObject({ query, ext: { code: 'BAD_USER_INPUT', field } });
      }
      const viaVariable = await server.gql(`query($g: Granularity!) { narrativeTrends(from: "2026-03-01T00:00:00Z", to: "2026-03-02T00:00:00Z", granularity: $g) { total } }`, { g: 'YEAR' });
      expect(viaVariable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'granularity' });
      // a variable inside an argument's value is named by where it sits
      const nested: Array<[string, Record<string, unknown>, string]> = [
        [`query($s: TagStatus) { claims(filter: { status: $s }) { totalCount } }`, { s: 'BOGUS' }, 'filter.status'],
        [`query($x: DateTime) { claims(filter: { from: $x }) { totalCount } }`, { x: '2026-02-30T00:00:00Z' }, 'filter.from'],
        [`mutation($n: String!) { ingestDocuments(documents: [{ text: "x y z", publishedAt: "2026-01-01T00:00:00Z", source: { name: $n } }]) { created } }`, { n: null }, 'documents[0].source.name'],
      ];
      for (const [query, variables, field] of nested) {
        const res = await server.gql(query, variables);
        expect({ query, ext: res.errors?.[0]?.extensions }).toMatchObject({ query, ext: { code: 'BAD_USER_INPUT', field } });
      }
    });

    it('answers an empty range (from = to) with empty series, not an error', async () => {
      for (const at of ['2026-03-01T00:00:00Z', '2026-03-01T10:30:00Z']) {
        for (const by of ['NONE', 'SOURCE']) {
          const empty = await server.gql(TREND, { from: at, to: at, g: 'HOUR', by });
          expect(empty.errors).toBeUndefined();
          for (const s of empty.data.narrativeTrends) expect(s).toMatchObject({ total: 0, points: [] });
          if (by === 'NONE') expect(empty.data.narrativeTrends.length).toBeGreaterThan(0);
        }
      }
    });

    it('lists claims as a Relay connection with filters and cursors', async () => {
      const all = await server.gql(`{ claims(first: 2) { totalCount edges { cursor node { id publishedAt } } pageInfo { hasNextPage endCursor } } }`);
      expect(all.data.claims.edges).toHaveLength(2);
      expect(all.data.claims.pageInfo.hasNextPage).toBe(true);
      const next = await server.gql(`query($a: String) { claims(first: 100, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }`, { a: all.data.claims.pageInfo.endCursor });
      expect(next.data.claims.edges).toHaveLength(all.data.claims.totalCount - 2);
      expect(next.data.claims.pageInfo.hasNextPage).toBe(false);
      const ids = [...all.data.claims.edges, ...next.data.claims.edges].map((e: any) => e.node?.id ?? e.node.id);
      expect(new Set(ids).size).toBe(all.data.claims.totalCount);

      const uk = await server.gql(`{ claims(filter: { language: "uk" }) { totalCount edges { node { language } } } }`);
      expect(uk.data.claims.totalCount).toBe(1);
      // the language as people also write it: a region, upper case, or Ukraine's country code
      for (const spelling of ['uk-UA', 'UA', ' ukr ']) {
        const same = await server.gql(`query($l: String) { claims(filter: { language: $l }) { totalCount } }`, { l: spelling });
        expect([spelling, same.data.claims.totalCount]).toEqual([spelling, 1]);
      }
      // what is no language code is a mistake to report, as at ingest, not an empty list
      for (const wrong of ['klingon', 'ru;en']) {
        const refused = await server.gql(`query($l: String) { claims(filter: { language: $l }) { totalCount } }`, { l: wrong });
        expect([wrong, refused.errors?.[0]?.extensions]).toEqual([wrong, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'filter.language' })]);
      }
      const search = await server.gql(`{ claims(filter: { search: "KUPIANSK" }) { edges { node { text } } } }`);
      expect(search.data.claims.edges.map((e: any) => e.node.text)).toEqual(['Moscow says its troops captured Kupiansk.']);
      const collapse = (await server.gql(`{ narrative(slug: "ukraine-collapse") { id } }`)).data.narrative.id;
      const tagged = await server.gql(`query($n: ID!) { claims(filter: { narrativeId: $n, status: CONFIRMED }) { totalCount } }`, { n: collapse });
      expect(tagged.data.claims.totalCount).toBe(3);
      const untagged = await server.gql(`{ claims(filter: { untagged: true }) { totalCount } }`);
      expect(untagged.data.claims.totalCount).toBe(all.data.claims.totalCount - 3);
      const window = await server.gql(`{ claims(filter: { from: "2026-03-03T00:00:00Z", to: "2026-03-04T00:00:00Z" }) { totalCount } }`);
      expect(window.data.claims.totalCount).toBe(1);
      const tooBig = await server.gql(`{ claims(first: 100000000) { totalCount } }`);
      expect(tooBig.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      const badCursor = await server.gql(`{ claims(after: "not-a-cursor") { totalCount } }`);
      expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      for (const forged of ['+275760-09-13T00:00:00.000Z|5', '2026-02-30T00:00:00.000Z|5', '2026-03-01T00:00:00.000Z|99999999999999999999', '2026-03-01T00:00:00.000Z|9223372036854775808']) {
        const res = await server.gql(`query($a: String) { claims(after: $a) { totalCount } }`, { a: Buffer.from(forged).toString('base64url') });
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      }
      const none = await server.gql(`{ claims(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`);
      expect(none.data.claims).toMatchObject({ edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
      expect(none.data.claims.totalCount).toBeGreaterThan(0);
      for (const key of ['narrativeId', 'sourceId']) {
        const unknownId = await server.gql(`{ claims(filter: { ${key}: "987654" }) { totalCount } }`);
        expect(unknownId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `filter.${key}` });
      }
      const sources = await server.gql(`{ sources { name platform } }`);
      expect(sources.data.sources.map((s: any) => s.name)).toEqual(expect.arrayContaining(['Alpha Wire', 'Beta Channel']));
    });
  });
});
