import { jest } from '@jest/globals';
import { Writable } from 'node:stream';
import { CLAIMS, NARRATIVES } from '../../../../test/fixtures/export-claims.js';
import { buildStixBundle, pairTotalsKey, STIX_ID_PATTERN, writeStixBundle, type ExportClaim, type ExportNarrative, type StixBundle, type StixObject, type StixTotals } from './index.js';

const ID_RE = /^[a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TIMESTAMP_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Every `*_ref` / `*_refs` value anywhere in an object (custom properties included). */
function refsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsOf(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.endsWith('_ref') && typeof v === 'string') out.push(v);
      else if (k.endsWith('_refs') && Array.isArray(v)) out.push(...(v as string[]));
      else refsOf(v, out);
    }
  }
  return out;
}

const byType = (bundle: StixBundle, type: string) => bundle.objects.filter((o) => o.type === type);
/** `related-to` from a source identity to a narrative */
const sourceLinks = (bundle: StixBundle) => byType(bundle, 'relationship').filter((r) => r.relationship_type === 'related-to' && String(r.source_ref).startsWith('identity--'));
/** `related-to` from a claim's note to a narrative */
const claimLinks = (bundle: StixBundle) => byType(bundle, 'relationship').filter((r) => r.relationship_type === 'related-to' && String(r.source_ref).startsWith('note--'));
const find = (bundle: StixBundle, pred: (o: StixObject) => boolean) => bundle.objects.find(pred)!;

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('buildStixBundle', () => {
  const bundle = buildStixBundle(NARRATIVES, CLAIMS);

  it('gives every object (and the bundle) a type--uuid id, spec_version 2.1 and unique ids', () => {
    expect(bundle.type).toBe('bundle');
    expect(bundle.id).toMatch(/^bundle--/);
    expect(bundle.id).toMatch(ID_RE);
    for (const o of bundle.objects) {
      expect(o.id).toMatch(ID_RE);
      expect(o.id).toMatch(STIX_ID_PATTERN);
      expect(o.id.startsWith(`${o.type}--`)).toBe(true);
      expect(o.spec_version).toBe('2.1');
    }
    expect(new Set(bundle.objects.map((o) => o.id)).size).toBe(bundle.objects.length);
  });

  it('only refers to objects that are in the bundle', () => {
    const ids = new Set(bundle.objects.map((o) => o.id));
    const refs = bundle.objects.flatMap((o) => refsOf(o));
    expect(refs.length).toBeGreaterThan(20);
    expect(refs.filter((r) => !ids.has(r))).toEqual([]);
  });

  it('is deterministic: same input, identical bundle; claim order does not change the id or the objects', () => {
    expect(JSON.stringify(buildStixBundle(NARRATIVES, CLAIMS))).toBe(JSON.stringify(bundle));
    const other = buildStixBundle(shuffled(NARRATIVES, 7), shuffled(CLAIMS, 3));
    expect(other.id).toBe(bundle.id);
    const sort = (b: StixBundle) => [...b.objects].sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(sort(other)).toEqual(sort(bundle));
  });

  it('changes the bundle id when the content changes, and ids with the namespace', () => {
    const edited = CLAIMS.map((c, i) => (i === 0 ? { ...c, text: `${c.text} (edited)` } : c));
    const changed = buildStixBundle(NARRATIVES, edited);
    expect(changed.id).not.toBe(bundle.id);
    // the claim's note keeps its id: ids are keyed on natural keys (document, position), not content
    expect(changed.objects.map((o) => o.id)).toEqual(bundle.objects.map((o) => o.id));
    const otherNs = buildStixBundle(NARRATIVES, CLAIMS, { namespace: '6ba7b811-9dad-11d1-80b4-00c04fd430c8' });
    expect(otherNs.objects.find((o) => o.type === 'note')!.id).not.toBe(bundle.objects.find((o) => o.type === 'note')!.id);
  });

  it('takes created/modified from the data, never from the clock', () => {
    jest.useFakeTimers({ now: new Date('2031-01-01T00:00:00Z') });
    try {
      const later = buildStixBundle(NARRATIVES, CLAIMS);
      expect(later).toEqual(bundle);
      for (const o of later.objects) {
        expect(o.created).toMatch(TIMESTAMP_RE);
        if (o.type !== 'marking-definition') expect(o.modified! >= o.created!).toBe(true);
        expect(String(o.created).startsWith('2031')).toBe(false);
      }
    } finally {
      jest.useRealTimers();
    }
  });

  it('uses a Narratrace identity as author and a TLP marking on every object', () => {
    const [producer, marking] = bundle.objects;
    expect(producer).toMatchObject({ type: 'identity', name: 'Narratrace', identity_class: 'organization', object_marking_refs: [marking.id] });
    expect(marking).toEqual({
      type: 'marking-definition',
      spec_version: '2.1',
      id: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
      created: '2017-01-20T00:00:00.000Z',
      definition_type: 'tlp',
      name: 'TLP:WHITE',
      definition: { tlp: 'white' },
    });
    for (const o of bundle.objects.slice(2)) {
      expect(o.created_by_ref).toBe(producer.id);
      expect(o.object_marking_refs).toEqual([marking.id]);
    }
    const unmarked = buildStixBundle(NARRATIVES, CLAIMS, { tlp: null });
    expect(byType(unmarked, 'marking-definition')).toEqual([]);
    expect(unmarked.objects.some((o) => 'object_marking_refs' in o)).toBe(false);
    expect(byType(buildStixBundle(NARRATIVES, CLAIMS, { tlp: 'amber' }), 'marking-definition')[0].id).toBe(
      'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
    );
  });

  it('exports narratives as OpenCTI narrative objects, including ones only known from tags', () => {
    const narratives = byType(bundle, 'narrative');
    expect(narratives.map((n) => n.name).sort()).toEqual([
      'Donated weapons are resold on the black market',
      'Footage of strikes is staged',
      'Grain corridor hides arms shipments',
      'Western aid is stolen',
    ]);
    const aid = find(bundle, (o) => o.type === 'narrative' && o.name === 'Western aid is stolen');
    expect(aid).toMatchObject({
      created: '2023-11-01T00:00:00.000Z',
      modified: '2024-02-01T00:00:00.000Z',
      description: 'Aid sent to Ukraine is said to be resold or embezzled.',
      external_references: [{ source_name: 'narratrace', external_id: 'western-aid-stolen' }],
      extensions: { 'extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba': { extension_type: 'new-sdo' } },
    });
    // no dates given: from its tagged claims (first publication, last tag update)
    const weapons = find(bundle, (o) => o.type === 'narrative' && o.x_narratrace_slug === 'weapons-resold');
    expect(weapons).toMatchObject({ created: '2024-03-01T18:30:00.000Z', modified: '2024-03-02T09:00:00.000Z', narrative_types: ['disinformation'] });
    expect(weapons).not.toHaveProperty('description');
  });

  it('links a narrative to its parent with subnarrative-of, skipping unknown parents', () => {
    const subs = byType(bundle, 'relationship').filter((r) => r.relationship_type === 'subnarrative-of');
    const weapons = find(bundle, (o) => o.x_narratrace_slug === 'weapons-resold');
    const aid = find(bundle, (o) => o.x_narratrace_slug === 'western-aid-stolen');
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ source_ref: weapons.id, target_ref: aid.id });
  });

  it('exports claims as notes pointing at their source and (non-rejected) narratives', () => {
    const notes = byType(bundle, 'note');
    expect(notes).toHaveLength(CLAIMS.length);
    const tvSource = find(bundle, (o) => o.type === 'identity' && o.name === 'TV Digest');
    const aid = find(bundle, (o) => o.x_narratrace_slug === 'western-aid-stolen');
    const c2 = find(bundle, (o) => o.x_narratrace_claim_id === 'c-2');
    expect(c2).toMatchObject({
      type: 'note',
      created: '2024-03-09T20:00:00.000Z',
      modified: '2024-03-10T08:05:00.000Z', // the rejected tag's later update counts: it took a narrative out of object_refs
      content: CLAIMS[1].text,
      lang: 'ru',
      object_refs: [tvSource.id, aid.id],
      external_references: [{ source_name: 'TV Digest', description: 'Эфир, 9 марта', url: 'https://tv-digest.example/clips/044', external_id: 'tv-digest-044' }],
      x_narratrace_tags: [{ narrative_ref: aid.id, narrative_slug: 'western-aid-stolen', status: 'confirmed', origin: 'manual', stance: 'supports', confidence: 100, tagged_by: 'analyst-2', updated: '2024-03-10T08:00:00.000Z' }],
    });
    expect(c2).not.toHaveProperty('authors');
    // nothing to point at (no title, url or external id): no external reference, as STIX requires
    expect(find(bundle, (o) => o.x_narratrace_claim_id === 'c-4')).not.toHaveProperty('external_references');
    expect(find(bundle, (o) => o.x_narratrace_claim_id === 'c-1')).toMatchObject({ authors: ['anonymous channels'] });
    // the claimant is the note's author; who posted the document is kept beside it
    expect(find(bundle, (o) => o.x_narratrace_claim_id === 'c-1')).toMatchObject({ x_narratrace_document_author: 'Olena Kovalenko' });
    expect(c2).not.toHaveProperty('x_narratrace_document_author');
    const untagged = find(bundle, (o) => o.x_narratrace_claim_id === 'c-4');
    expect(untagged.object_refs).toEqual([tvSource.id]);
    expect(String(find(bundle, (o) => o.x_narratrace_claim_id === 'c-3').abstract).length).toBeLessThanOrEqual(140);
  });

  it('exports sources as organisations and relates them to narratives over the claims time span', () => {
    const sources = byType(bundle, 'identity').slice(1);
    expect(sources.map((s) => [s.name, s.identity_class, s.created, s.modified])).toEqual(
      expect.arrayContaining([
        ['TV Digest', 'organization', '2024-03-09T20:00:00.000Z', '2024-03-15T21:00:00.000Z'],
        ['Фронтовий Огляд', 'organization', '2024-03-01T18:30:00.000Z', '2024-03-12T07:00:00.000Z'],
      ]),
    );
    const tv = find(bundle, (o) => o.type === 'identity' && o.name === 'TV Digest');
    const aid = find(bundle, (o) => o.x_narratrace_slug === 'western-aid-stolen');
    const staged = find(bundle, (o) => o.x_narratrace_slug === 'staged-footage');
    const related = sourceLinks(bundle);
    expect(related).toHaveLength(4); // fo→weapons, fo→aid, fo→grain, tv→aid (tv→staged was rejected)
    expect(related.some((r) => r.target_ref === staged.id)).toBe(false);
    const tvAid = related.find((r) => r.source_ref === tv.id && r.target_ref === aid.id)!;
    expect(tvAid).toMatchObject({
      start_time: '2024-03-09T20:00:00.000Z',
      stop_time: '2024-03-15T21:00:00.000Z',
      created: '2024-03-09T20:00:00.000Z',
      modified: '2024-03-16T08:00:00.000Z',
      confidence: 100,
      labels: ['stance:supports'],
      description: '2 claims from TV Digest support the narrative "Western aid is stolen" (2 confirmed by analysts, 0 not yet).',
      x_narratrace_claim_count: 2,
      x_narratrace_confirmed_count: 2,
      x_narratrace_stance: 'supports',
    });
    // a single claim: no stop_time (STIX wants it strictly after start_time)
    for (const r of related.filter((x) => x.x_narratrace_claim_count === 1)) expect(r).not.toHaveProperty('stop_time');
  });

  it('keys every id on natural keys: other database ids (and tag order) give the same ids', () => {
    // the same data as another Narratrace database would hold it: every row id different
    const renumber = (id: string) => `other-${id}`;
    const narratives = NARRATIVES.map((n) => ({ ...n, id: renumber(n.id) }));
    const claims = CLAIMS.map((c) => ({
      ...c,
      id: renumber(c.id),
      documentId: renumber(c.documentId),
      source: { ...c.source, id: renumber(c.source.id) },
      tags: [...c.tags].reverse().map((t) => ({ ...t, narrativeId: renumber(t.narrativeId) })),
    }));
    const other = buildStixBundle(narratives, claims);
    expect(other.objects.map((o) => o.id)).toEqual(bundle.objects.map((o) => o.id));
    // and every reference between them too: only the x_narratrace_*_id row ids differ
    const rowIds = (o: StixObject) => {
      const { x_narratrace_claim_id, x_narratrace_document_id, x_narratrace_source_id, ...rest } = o;
      return rest;
    };
    expect(other.objects.map(rowIds)).toEqual(bundle.objects.map(rowIds));
  });

  it('derives a note id from its document (external id, else source and fingerprint) and position', () => {
    const noteId = (claim: ExportClaim) => buildStixBundle([], [claim]).objects.find((o) => o.type === 'note')!.id;
    const [withExternal, , withoutExternal] = CLAIMS;
    expect(withoutExternal.documentExternalId).toBeNull();
    const base = { external: noteId(withExternal), fingerprint: noteId(withoutExternal) };
    // an external id is unique on its own: the source does not count
    expect(noteId({ ...withExternal, source: { ...withExternal.source, nameKey: 'another source' } })).toBe(base.external);
    expect(noteId({ ...withExternal, documentExternalId: 'frontovyi_ohliad/4' })).not.toBe(base.external);
    expect(noteId({ ...withExternal, position: 1 })).not.toBe(base.external);
    // without one, the source's natural key (lower(name), platform) and the text fingerprint do
    expect(noteId({ ...withoutExternal, source: { ...withoutExternal.source, name: 'ФРОНТОВИЙ ОГЛЯД' } })).toBe(base.fingerprint);
    expect(noteId({ ...withoutExternal, source: { ...withoutExternal.source, platform: 'web' } })).not.toBe(base.fingerprint);
    expect(noteId({ ...withoutExternal, documentFingerprint: 'fp-other' })).not.toBe(base.fingerprint);
    expect(noteId({ ...withoutExternal, position: 0 })).not.toBe(base.fingerprint);
    // the same source under another display case is one identity
    const sources = (claims: ExportClaim[]) => byType(buildStixBundle([], claims), 'identity').slice(1);
    expect(sources([CLAIMS[0], { ...CLAIMS[2], source: { ...CLAIMS[2].source, id: 's-other', name: 'ФРОНТОВИЙ огляд' } }])).toHaveLength(1);
  });

  it('links a narrative that came in through a claim\'s other tag to its parent, from the known narratives', () => {
    // as `export --narrative western-aid-stolen`: only the selected narrative given, the rest known
    const aidOnly = buildStixBundle([NARRATIVES[0]], [CLAIMS[0]], { knownNarratives: NARRATIVES });
    const weapons = find(aidOnly, (o) => o.x_narratrace_slug === 'weapons-resold');
    const aid = find(aidOnly, (o) => o.x_narratrace_slug === 'western-aid-stolen');
    expect(weapons).toMatchObject({ narrative_types: ['disinformation'] }); // the known record, not just the tag's fields
    const subs = byType(aidOnly, 'relationship').filter((r) => r.relationship_type === 'subnarrative-of');
    expect(subs.map((r) => [r.source_ref, r.target_ref])).toEqual([[weapons.id, aid.id]]);
    // without the known narratives the tag does not say who the parent is: no link, as before
    const blind = buildStixBundle([NARRATIVES[0]], [CLAIMS[0]]);
    expect(byType(blind, 'relationship').filter((r) => r.relationship_type === 'subnarrative-of')).toEqual([]);
  });

  it('brings a narrative\'s whole parent chain into the bundle, so the hierarchy is never cut', () => {
    const chain: ExportNarrative[] = [
      { id: '1', slug: 'root', name: 'Root', description: null, parentSlug: null },
      { id: '2', slug: 'middle', name: 'Middle', description: null, parentSlug: 'root' },
      { id: '3', slug: 'leaf', name: 'Leaf', description: null, parentSlug: 'middle' },
      { id: '4', slug: 'loop-a', name: 'Loop A', description: null, parentSlug: 'loop-b' },
      { id: '5', slug: 'loop-b', name: 'Loop B', description: null, parentSlug: 'loop-a' },
      { id: '6', slug: 'other-child', name: 'Other child of root', description: null, parentSlug: 'root' },
    ];
    const leafOnly = buildStixBundle([chain[2], chain[3]], [], { knownNarratives: chain });
    expect(byType(leafOnly, 'narrative').map((n) => n.x_narratrace_slug).sort()).toEqual(['leaf', 'loop-a', 'loop-b', 'middle', 'root']);
    const slugOf = new Map(byType(leafOnly, 'narrative').map((n) => [n.id, n.x_narratrace_slug]));
    const links = byType(leafOnly, 'relationship').map((r) => `${slugOf.get(r.source_ref as string)}→${slugOf.get(r.target_ref as string)}`);
    expect(links.sort()).toEqual(['leaf→middle', 'loop-a→loop-b', 'loop-b→loop-a', 'middle→root']);
  });

  it('lets the caller choose which tags count', () => {
    const all = buildStixBundle(NARRATIVES, CLAIMS, { includeTag: () => true });
    expect(sourceLinks(all)).toHaveLength(5);
    expect(claimLinks(all)).toHaveLength(claimLinks(bundle).length + 1);
  });

  it('links each claim to each narrative it is tagged with, the stance and review state where OpenCTI keeps them', () => {
    const links = claimLinks(bundle);
    const live = CLAIMS.flatMap((c) => c.tags.filter((t) => t.status !== 'rejected'));
    expect(links).toHaveLength(live.length);
    const c1 = find(bundle, (o) => o.x_narratrace_claim_id === 'c-1');
    const weapons = find(bundle, (o) => o.x_narratrace_slug === 'weapons-resold');
    expect(links.find((r) => r.source_ref === c1.id && r.target_ref === weapons.id)).toMatchObject({
      relationship_type: 'related-to',
      created: '2024-03-01T18:30:00.000Z',
      modified: '2024-03-02T09:00:00.000Z',
      confidence: 92,
      labels: ['stance:refutes', 'review:confirmed'],
      description: 'The claim refutes the narrative "Donated weapons are resold on the black market" (confirmed by analyst-7, rule tag).',
    });
    // every note's narratives are exactly its links' targets
    for (const note of byType(bundle, 'note')) {
      const targets = links.filter((r) => r.source_ref === note.id).map((r) => r.target_ref).sort();
      expect((note.object_refs as string[]).filter((r) => r.startsWith('narrative--')).sort()).toEqual(targets);
    }
  });

  it('splits a source\'s link to a narrative by stance: a source refuting it is not drawn as spreading it', () => {
    const [c1, , c3] = CLAIMS;
    const supporting: ExportClaim = { ...c3, id: 'c-3b', position: 9, tags: [{ ...c1.tags[0], stance: 'supports', status: 'suggested', updatedAt: new Date('2024-03-12T08:00:00Z') }] };
    const mixed = buildStixBundle(NARRATIVES, [c1, supporting]);
    const weapons = find(mixed, (o) => o.x_narratrace_slug === 'weapons-resold');
    const toWeapons = sourceLinks(mixed).filter((r) => r.target_ref === weapons.id);
    expect(toWeapons.map((r) => [r.x_narratrace_stance, r.x_narratrace_claim_count, r.description]).sort()).toEqual([
      ['refutes', 1, '1 claim from Фронтовий Огляд refutes the narrative "Donated weapons are resold on the black market" (1 confirmed by analysts, 0 not yet).'],
      ['supports', 1, '1 claim from Фронтовий Огляд supports the narrative "Donated weapons are resold on the black market" (0 confirmed by analysts, 1 not yet).'],
    ]);
    expect(new Set(toWeapons.map((r) => r.id)).size).toBe(2);
  });

  it('tells apart names OpenCTI would merge: narratives of one name, sources of one name on two platforms', () => {
    const twin: ExportNarrative = { ...NARRATIVES[0], id: 'n-twin', slug: 'aid-stolen-2', name: 'WESTERN aid is stolen ', parentSlug: NARRATIVES[0].slug };
    const web = { ...CLAIMS[0].source, id: 's-fo-web', platform: 'web' };
    const claims = [CLAIMS[0], { ...CLAIMS[2], source: web, tags: [{ ...CLAIMS[0].tags[1], narrativeSlug: 'aid-stolen-2', narrativeId: 'n-twin' }] }];
    const b = buildStixBundle([...NARRATIVES, twin], claims);
    const names = byType(b, 'narrative').map((n) => n.name).sort();
    expect(names).toEqual(expect.arrayContaining(['Western aid is stolen (western-aid-stolen)', 'WESTERN aid is stolen  (aid-stolen-2)']));
    expect(names).toContain('Donated weapons are resold on the black market'); // a name of its own stays as it is
    expect(claimLinks(b).map((r) => r.description).join('\n')).toContain('the narrative "Western aid is stolen (western-aid-stolen)"');
    expect(byType(b, 'identity').slice(1).map((i) => i.name).sort()).toEqual(['Фронтовий Огляд (telegram)', 'Фронтовий Огляд (web)']);
    // no relationship from an object to itself
    expect(byType(b, 'relationship').filter((r) => r.source_ref === r.target_ref)).toEqual([]);
    // the database's list of shared names applies even when the other source is not in this export
    const alone = buildStixBundle(NARRATIVES, [CLAIMS[0]], { totals: { sources: new Map(), pairs: new Map(), sharedSourceNames: new Set(['фронтовий огляд']) } });
    expect(byType(alone, 'identity').slice(1).map((i) => i.name)).toEqual(['Фронтовий Огляд (telegram)']);
  });

  it('takes source and source–narrative figures from the database totals, so a filtered export writes the same objects', () => {
    const totals: StixTotals = {
      sources: new Map([['s-fo', { first: new Date('2023-12-01T00:00:00Z'), last: new Date('2024-05-01T00:00:00Z') }]]),
      pairs: new Map([
        [pairTotalsKey('s-fo', 'weapons-resold', 'refutes'), { count: 7, confirmed: 3, first: new Date('2024-01-02T00:00:00Z'), last: new Date('2024-04-02T00:00:00Z'), lastUpdate: new Date('2024-04-03T00:00:00Z'), maxConfidence: 0.95 }],
      ]),
      sharedSourceNames: new Set(),
    };
    const full = buildStixBundle(NARRATIVES, CLAIMS, { totals });
    const march1 = buildStixBundle(NARRATIVES, [CLAIMS[0]], { totals });
    const fo = find(full, (o) => o.type === 'identity' && o.x_narratrace_source_id === 's-fo');
    expect(fo).toMatchObject({ created: '2023-12-01T00:00:00.000Z', modified: '2024-05-01T00:00:00.000Z' });
    expect(find(march1, (o) => o.id === fo.id)).toEqual(fo);
    const weapons = find(full, (o) => o.x_narratrace_slug === 'weapons-resold');
    const link = sourceLinks(full).find((r) => r.source_ref === fo.id && r.target_ref === weapons.id)!;
    expect(link).toMatchObject({ created: '2024-01-02T00:00:00.000Z', modified: '2024-04-03T00:00:00.000Z', start_time: '2024-01-02T00:00:00.000Z', stop_time: '2024-04-02T00:00:00.000Z', confidence: 95, x_narratrace_claim_count: 7, x_narratrace_confirmed_count: 3 });
    expect(find(march1, (o) => o.id === link.id)).toEqual(link);
  });
});

describe('writeStixBundle', () => {
  function sink(opts: { slow?: boolean } = {}) {
    const chunks: string[] = [];
    const stream = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _enc, cb) {
        chunks.push(chunk.toString());
        if (opts.slow) setImmediate(cb);
        else cb();
      },
    });
    return { stream, text: () => chunks.join('') };
  }

  async function* slowly<T>(items: T[]): AsyncGenerator<T> {
    for (const item of items) {
      await new Promise((r) => setImmediate(r));
      yield item;
    }
  }

  it('streams the same bundle as buildStixBundle, from an async claim source, honouring back-pressure', async () => {
    const { stream, text } = sink({ slow: true });
    const result = await writeStixBundle(stream, NARRATIVES, slowly(CLAIMS));
    const written = JSON.parse(text()) as StixBundle;
    const built = buildStixBundle(NARRATIVES, CLAIMS);
    expect(written).toEqual(built);
    expect(result).toEqual({ bundleId: built.id, objectCount: built.objects.length });
    expect(text().split('\n').length).toBeGreaterThan(built.objects.length); // one object per line
  });

  it('keeps memory bounded by sources and narratives: 20 000 generated claims stream through', async () => {
    const { stream, text } = sink();
    function* many() {
      for (let i = 0; i < 20_000; i++) {
        const base = CLAIMS[i % CLAIMS.length];
        yield { ...base, id: `gen-${i}`, documentId: `doc-${i}`, publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000) };
      }
    }
    const { objectCount } = await writeStixBundle(stream, NARRATIVES, many());
    const parsed = JSON.parse(text()) as StixBundle;
    expect(parsed.objects).toHaveLength(objectCount);
    expect(byType(parsed, 'note')).toHaveLength(20_000);
    expect(byType(parsed, 'identity')).toHaveLength(3);
    expect(parsed.id).toMatch(ID_RE);
  });
});
