import { CREATE_NARRATIVE, INGEST } from './factories/documents.js';
import { DATABASES, startTestServer, type TestServer } from './support/test-app.js';

/** An analyst's workflow: narratives from a name and a sentence, a few tagged examples, then unseen claims. */
const NARRATIVES = [
  { slug: 'collapse', name: 'Ukraine faces imminent collapse', description: 'Claims that the Ukrainian army or state is about to break down, with the front falling apart and reserves exhausted.' },
  { slug: 'abandon', name: 'The West is abandoning Ukraine', description: 'Claims that Western allies are tired of Ukraine and are cutting weapons deliveries and financial aid.' },
  { slug: 'staged', name: 'Atrocities are staged provocations', description: 'Claims that reported killings of civilians were staged by Ukraine with actors to frame Russia.' },
];
const EXAMPLES: Record<string, string[]> = {
  collapse: ['The Ukrainian front is crumbling and Kyiv has no reserves left.', 'Армия Украины на грани развала, фронт сыплется.'],
  abandon: ['Washington is quietly winding down military aid to Kyiv.', 'Європа втомилася від України і скорочує допомогу.'],
  staged: ['The footage of the dead civilians was staged with paid actors.', 'Кадры с телами в Буче — постановка, заявили в Москве.'],
};

const TAG = `mutation($c: ID!, $n: ID!) { tagClaim(claimId: $c, narrativeId: $n) { status } }`;
const REJECT = `mutation($c: ID!, $n: ID!) { rejectTag(claimId: $c, narrativeId: $n) { status } }`;
const TAGS_OF = `query($id: ID!) { claim(id: $id) { tags { status origin stance confidence evidence narrative { slug } } } }`;

let seq = 0;
const doc = (text: string, language: string, source = 'Engine Test Wire') => ({
  externalId: `engine-${++seq}`,
  text,
  language,
  publishedAt: new Date(Date.UTC(2026, 9, 1 + (seq % 20), 8)).toISOString(),
  source: { name: source, platform: 'web' },
});

describe.each(DATABASES)('narrative engine over HTTP on %s', (db) => {
  let server: TestServer;
  const ids: Record<string, string> = {};

  const ingestOne = async (text: string, language: string, source?: string, publishedAt?: string) => {
    const res = await server.gql(INGEST, { docs: [{ ...doc(text, language, source), ...(publishedAt ? { publishedAt } : {}) }] });
    expect(res.errors).toBeUndefined();
    return res.data.ingestDocuments.documents[0].document.claims as Array<{ id: string; text: string }>;
  };
  const bestTag = async (claimId: string) => {
    const tags = (await server.gql(TAGS_OF, { id: claimId })).data.claim.tags.filter((t: any) => t.status !== 'REJECTED');
    return tags.sort((a: any, b: any) => b.confidence - a.confidence)[0] ?? null;
  };

  beforeAll(async () => {
    server = await startTestServer({ db });
    for (const n of NARRATIVES) ids[n.slug] = (await server.gql(CREATE_NARRATIVE, { input: n })).data.createNarrative.id;
    for (const [slug, texts] of Object.entries(EXAMPLES)) {
      for (const text of texts) {
        const [claim] = await ingestOne(text, /[а-яіїє]/i.test(text) ? (/[іїє]/i.test(text) ? 'uk' : 'ru') : 'en');
        expect((await server.gql(TAG, { c: claim!.id, n: ids[slug] })).data.tagClaim.status).toBe('CONFIRMED');
      }
    }
  });
  afterAll(async () => server?.close());

  it('suggests the right narrative for unseen claims in three languages, with evidence, and none for off-topic ones', async () => {
    const cases: Array<[string, string, string | null]> = [
      ['Kyiv is running out of soldiers and the whole front could fall apart within weeks.', 'en', 'collapse'],
      ['Оборона ВСУ вот-вот рухнет, резервы исчерпаны.', 'ru', 'collapse'],
      ['Партнери відмовляються постачати Україні зброю та фінансову допомогу.', 'uk', 'abandon'],
      ['The massacre photos were a provocation staged by Kyiv for Western media.', 'en', 'staged'],
      ['Heavy snow closed several mountain roads in the Carpathians on Monday.', 'en', null],
      ['Сборная Украины по футболу сыграла вничью с Исландией.', 'ru', null],
    ];
    for (const [text, language, expected] of cases) {
      const [claim] = await ingestOne(text, language);
      const best = await bestTag(claim!.id);
      expect({ text, slug: best?.narrative.slug ?? null }).toEqual({ text, slug: expected });
      if (best) {
        expect(best).toMatchObject({ status: 'SUGGESTED', origin: 'SIMILARITY' });
        expect(best.confidence).toBeGreaterThan(0);
        expect(best.confidence).toBeLessThanOrEqual(1);
        expect(best.evidence.length).toBeGreaterThan(0);
      }
    }
  });

  it('detects a rebuttal as REFUTES', async () => {
    const [claim] = await ingestOne('The General Staff denied that the front is collapsing and called the reports fake.', 'en');
    const best = await bestTag(claim!.id);
    expect(best?.narrative.slug).toBe('collapse');
    expect(best?.stance).toBe('REFUTES');
  });

  it('ranks narratives for any text with suggestNarratives', async () => {
    const res = await server.gql(`{ suggestNarratives(text: "Америка бросает Украину и прекращает поставки оружия", language: "ru", limit: 2) { narrative { slug } score accepted evidence } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.suggestNarratives[0].narrative.slug).toBe('abandon');
    expect(res.data.suggestNarratives[0].accepted).toBe(true);
    expect(res.data.suggestNarratives.length).toBeLessThanOrEqual(2);
    const empty = await server.gql(`{ suggestNarratives(text: "   ") { score } }`);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });

  it('never brings a rejected suggestion back, even after reclassify', async () => {
    const [claim] = await ingestOne('Western capitals are tired of Kyiv and want to cut the aid.', 'en');
    expect((await bestTag(claim!.id))?.narrative.slug).toBe('abandon');
    expect((await server.gql(REJECT, { c: claim!.id, n: ids.abandon })).data.rejectTag.status).toBe('REJECTED');
    const re = await server.gql(`mutation($n: ID!) { reclassify(narrativeId: $n) { narrativeId scanned suggested removed } }`, { n: ids.abandon });
    expect(re.errors).toBeUndefined();
    expect(re.data.reclassify.scanned).toBeGreaterThan(0);
    const tags = (await server.gql(TAGS_OF, { id: claim!.id })).data.claim.tags.filter((t: any) => t.narrative.slug === 'abandon');
    expect(tags).toEqual([expect.objectContaining({ status: 'REJECTED', origin: 'MANUAL' })]);
    const reAgain = await server.gql(INGEST, { docs: [] });
    expect(reAgain.errors).toBeUndefined();
  });

  it('learns from a rejection: a near-copy of a rejected claim is no longer suggested', async () => {
    const text = 'Officials in Brussels say support for Ukraine will continue for as long as it takes.';
    const [first] = await ingestOne(text, 'en');
    const before = await bestTag(first!.id);
    if (before?.narrative.slug === 'abandon') await server.gql(REJECT, { c: first!.id, n: ids.abandon });
    const [second] = await ingestOne('Officials in Brussels said support for Ukraine would continue as long as it takes.', 'en', 'Another Wire');
    const after = await bestTag(second!.id);
    expect(after?.narrative.slug ?? null).not.toBe('abandon');
  });

  it('tags rule matches with origin RULE, previews rules, and refuses bad rule syntax with its position', async () => {
    const bad = await server.gql(CREATE_NARRATIVE, { input: { slug: 'bad-rule', name: 'Bad rule', rule: 'kupiansk AND (captured OR' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.field).toBe('input.rule');
    expect(typeof bad.errors?.[0]?.extensions?.position).toBe('number');
    const rule = '(kupiansk OR купянск* OR куп\'янськ*) AND NOT lang:en';
    const preview0 = await server.gql(`query($r: String!) { previewRule(rule: $r) { count scanned sample { text } } }`, { r: rule });
    expect(preview0.data.previewRule.count).toBe(0);
    const created = await server.gql(CREATE_NARRATIVE, { input: { slug: 'kupiansk', name: 'Kupiansk has fallen', rule } });
    expect(created.errors).toBeUndefined();
    const [ru] = await ingestOne('Армия России полностью освободила Купянск.', 'ru');
    const [en] = await ingestOne('Russia claims it took Kupiansk.', 'en');
    const ruTags = (await server.gql(TAGS_OF, { id: ru!.id })).data.claim.tags;
    expect(ruTags.find((t: any) => t.narrative.slug === 'kupiansk')).toMatchObject({ status: 'SUGGESTED', origin: 'RULE' });
    const enTags = (await server.gql(TAGS_OF, { id: en!.id })).data.claim.tags;
    expect(enTags.find((t: any) => t.narrative.slug === 'kupiansk')).toBeUndefined();
    const preview = await server.gql(`query($r: String!) { previewRule(rule: $r, sample: 5) { count sample { text } } }`, { r: rule });
    expect(preview.data.previewRule).toEqual({ count: 1, sample: [{ text: 'Армия России полностью освободила Купянск.' }] });
    const badPreview = await server.gql(`{ previewRule(rule: "\\"unclosed") { count } }`);
    expect(badPreview.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rule' });
  });

  it('groups copy-paste amplification into clusters across sources', async () => {
    const base = 'Exclusive: the commander of the 47th brigade has fled to Poland with the unit payroll, insiders say.';
    const [a] = await ingestOne(base, 'en', 'Channel One Copy', '2026-11-02T06:00:00Z');
    const [b] = await ingestOne(`BREAKING 🔥 ${base} https://t.me/some/1`, 'en', 'Channel Two Copy', '2026-11-02T06:40:00Z');
    const [c] = await ingestOne('Exclusive: the commander of the 47th brigade fled to Poland with the unit payroll, insiders claim.', 'en', 'Channel Three Copy', '2026-11-02T09:10:00Z');
    const [d] = await ingestOne('Farmers in Poltava expect a record sunflower harvest this autumn.', 'en', 'Channel Three Copy');
    const cluster = async (id: string) => (await server.gql(`query($id: ID!) { claim(id: $id) { cluster { id size sources firstSeen firstSource { name } } } }`, { id })).data.claim.cluster;
    const ca = await cluster(a!.id);
    expect(ca).toMatchObject({ id: a!.id, size: 3, sources: 3, firstSeen: '2026-11-02T06:00:00.000Z', firstSource: { name: 'Channel One Copy' } });
    expect((await cluster(b!.id)).id).toBe(a!.id);
    expect((await cluster(c!.id)).id).toBe(a!.id);
    expect(await cluster(d!.id)).toMatchObject({ id: d!.id, size: 1 });
  });
});
