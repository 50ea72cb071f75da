import { CREATE_NARRATIVE, INGEST } from './factories/documents.js';
import { DATABASES, startTestServer, type TestServer } from './support/test-app.js';

const DAY = 86_400_000;
const START = Date.parse('2026-06-01T00:00:00Z'); // a Monday

describe.each(DATABASES)('narrative stats and spikes on %s', (db) => {
  let server: TestServer;
  let narrativeId: string;
  let quietId: string;

  const confirmAll = async (claimIds: string[], narrative: string) => {
    for (const c of claimIds) {
      const res = await server.gql(`mutation($c: ID!, $n: ID!) { tagClaim(claimId: $c, narrativeId: $n) { id } }`, { c, n: narrative });
      expect(res.errors).toBeUndefined();
    }
  };

  beforeAll(async () => {
    server = await startTestServer({ db });
    narrativeId = (await server.gql(CREATE_NARRATIVE, { input: { slug: 'encirclement', name: 'An encirclement is imminent' } })).data.createNarrative.id;
    quietId = (await server.gql(CREATE_NARRATIVE, { input: { slug: 'steady', name: 'A steady narrative' } })).data.createNarrative.id;
    const docs: any[] = [];
    // 42 days: two claims a day from a web outlet for `encirclement`, one from TV for `steady`;
    // on day 35 a Telegram channel floods `encirclement` with 24 claims.
    for (let d = 0; d < 42; d += 1) {
      const at = (h: number) => new Date(START + d * DAY + h * 3_600_000).toISOString();
      docs.push({ externalId: `w-${d}-a`, text: `Day ${d}: the pocket near the town is closing, the outlet claims.`, language: 'en', publishedAt: at(9), source: { name: 'Steppe Web', platform: 'web' } });
      docs.push({ externalId: `w-${d}-b`, text: `Day ${d}: another report says the garrison is cut off.`, language: 'en', publishedAt: at(15), source: { name: 'Steppe Web', platform: 'web' } });
      docs.push({ externalId: `tv-${d}`, text: `Day ${d}: the evening show repeated the usual line.`, language: 'en', publishedAt: at(20), source: { name: 'Evening TV', platform: 'tv' } });
    }
    for (let i = 0; i < 24; i += 1) {
      docs.push({ externalId: `tg-${i}`, text: `Сообщение ${i}: котёл вокруг города вот-вот захлопнется.`, language: 'ru', publishedAt: new Date(START + 35 * DAY + (i % 20) * 3_600_000 + i * 60_000).toISOString(), source: { name: 'Front Channel', platform: 'telegram' } });
    }
    docs.push({ externalId: 'uk-1', text: 'Оточення міста — вигадка, заявили у штабі.', language: 'uk', publishedAt: new Date(START + 38 * DAY).toISOString(), source: { name: 'Kyiv Web', platform: 'web' } });
    const res = await server.gql(INGEST, { docs });
    expect(res.errors).toBeUndefined();
    const claimsOf = (prefix: string) =>
      res.data.ingestDocuments.documents.filter((d: any) => d.externalId.startsWith(prefix)).flatMap((d: any) => d.document.claims.map((c: any) => c.id));
    await confirmAll([...claimsOf('w-'), ...claimsOf('tg-'), ...claimsOf('uk-')], narrativeId);
    await confirmAll(claimsOf('tv-'), quietId);
  });
  afterAll(async () => server?.close());

  it('tells when and where a narrative was first seen, per language and platform, and who carried it', async () => {
    const res = await server.gql(
      `query($n: ID!) { narrativeStats(narrativeId: $n) {
         narrative { slug } total confirmed suggested rejected confirmedShare
         firstSeen { at source { name } claim { text } }
         firstSeenByLanguage { key at total source { name } }
         firstSeenByPlatform { key at total }
         topSources { count share source { name } }
       } }`,
      { n: narrativeId },
    );
    expect(res.errors).toBeUndefined();
    const s = res.data.narrativeStats;
    expect(s).toMatchObject({ narrative: { slug: 'encirclement' }, total: 84 + 24 + 1, confirmed: 109, suggested: 0, rejected: 0, confirmedShare: 1 });
    expect(s.firstSeen.at).toBe('2026-06-01T09:00:00.000Z');
    expect(s.firstSeen.source.name).toBe('Steppe Web');
    expect(s.firstSeenByLanguage.map((f: any) => [f.key, f.total])).toEqual([['en', 84], ['ru', 24], ['uk', 1]]);
    expect(s.firstSeenByLanguage[1].at).toBe(new Date(START + 35 * DAY).toISOString());
    expect(s.firstSeenByPlatform.map((f: any) => f.key)).toEqual(['web', 'telegram']);
    expect(s.topSources.map((t: any) => [t.source.name, t.count])).toEqual([['Steppe Web', 84], ['Front Channel', 24], ['Kyiv Web', 1]]);
    const windowed = await server.gql(`query($n: ID!) { narrativeStats(narrativeId: $n, from: "2026-07-06T00:00:00Z", to: "2026-07-07T00:00:00Z") { total firstSeen { source { name } } } }`, { n: narrativeId });
    // that day the channel posted from midnight, before the outlet's 09:00 report
    expect(windowed.data.narrativeStats).toEqual({ total: 24 + 2, firstSeen: { source: { name: 'Front Channel' } } });
    const unknown = await server.gql(`{ narrativeStats(narrativeId: "987654") { total } }`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'narrativeId' });
  });

  it('finds the planted surge with the source that drove it, and no surge in the steady narrative', async () => {
    const res = await server.gql(
      `query($from: DateTime!, $to: DateTime!) { spikes(from: $from, to: $to, granularity: DAY) {
         narrative { slug } bucket count expected score topSources { count source { name } } } }`,
      { from: new Date(START + 14 * DAY).toISOString(), to: new Date(START + 42 * DAY).toISOString() },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.spikes).toHaveLength(1);
    const [spike] = res.data.spikes;
    expect(spike).toMatchObject({ narrative: { slug: 'encirclement' }, bucket: new Date(START + 35 * DAY).toISOString(), count: 26, expected: 2 });
    expect(spike.score).toBeGreaterThan(5);
    expect(spike.topSources[0]).toEqual({ count: 24, source: { name: 'Front Channel' } });
    // six weeks of collection are too short a past for weekly or monthly surges: the empty weeks
    // and months before the first claim gathered are not taken for a quiet past
    for (const granularity of ['WEEK', 'MONTH']) {
      const coarse = await server.gql(`query($from: DateTime!, $to: DateTime!) { spikes(from: $from, to: $to, granularity: ${granularity}) { bucket count expected } }`, {
        from: new Date(START).toISOString(),
        to: new Date(START + 42 * DAY).toISOString(),
      });
      expect([granularity, coarse.errors, coarse.data.spikes]).toEqual([granularity, undefined, []]);
    }
    const tooWide = await server.gql(`{ spikes(from: "1990-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z", granularity: HOUR) { count } }`);
    expect(tooWide.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives share of voice: each point as a share of all claims published in its bucket', async () => {
    const res = await server.gql(
      `query($n: [ID!]) { narrativeTrends(narrativeIds: $n, from: "2026-07-06T00:00:00Z", to: "2026-07-08T00:00:00Z", normalize: true) { points { bucket count share } } }`,
      { n: [narrativeId, quietId] },
    );
    expect(res.errors).toBeUndefined();
    const [loud, quiet] = res.data.narrativeTrends;
    // 6 July (day 35): 2 web + 24 telegram for `encirclement`, 1 TV for `steady`: 27 claims that day
    expect(loud.points[0]).toEqual({ bucket: '2026-07-06T00:00:00.000Z', count: 26, share: 26 / 27 });
    expect(quiet.points[0].share).toBeCloseTo(1 / 27, 10);
    expect(loud.points[1]).toEqual({ bucket: '2026-07-07T00:00:00.000Z', count: 2, share: 2 / 3 });
  });
});
