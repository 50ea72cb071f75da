import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { v5 as uuidv5 } from 'uuid';
import type { ExportClaim, ExportNarrative, ExportSource, ExportTag } from './types.js';

/**
 * STIX 2.1 export shaped for OpenCTI.
 *
 * - Narratives are OpenCTI's `narrative` SDO (name, description, narrative_types), marked as a
 *   new SDO through OpenCTI's extension definition; a parent becomes `subnarrative-of`.
 * - Sources are `identity` objects with identity_class `organization`.
 * - Claims are standard `note` objects: content = claim text, authors = claimant,
 *   object_refs = the source identity and the narratives it is tagged with, the document as an
 *   external reference; per-tag details (stance, status, confidence...) ride along in
 *   `x_narratrace_tags`.
 * - Each (source, narrative) pair with tagged claims becomes a `related-to` relationship whose
 *   start_time/stop_time span the claims' publication dates.
 * - Everything is `created_by_ref` a Narratrace identity and carries a TLP marking (default CLEAR).
 *
 * Ids are `type--uuidv5(namespace, stable key)`, timestamps come from the data, so the same
 * input always gives the same objects; the bundle id is derived from all objects, independent of
 * the order in which claims arrive.
 */

/** Namespace of Narratrace's deterministic STIX ids (a fixed random v4 UUID). */
export const NARRATRACE_STIX_NAMESPACE = 'a053ded9-4b39-4311-9e7a-0d30ddb41dc5';

/** OpenCTI's extension definition for its own SDO types (opencti-graphql `types/stix-extensions`). */
export const OPENCTI_EXTENSION_DEFINITION = 'extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba';

export const STIX_ID_PATTERN = /^[a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export type TlpLevel = 'clear' | 'white' | 'green' | 'amber' | 'red';

/** The TLP marking definitions predefined by STIX 2.1 (§7.2.1.4); OpenCTI maps WHITE's id to TLP:CLEAR. */
const TLP: Record<'white' | 'green' | 'amber' | 'red', string> = {
  white: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
};

export interface StixOptions {
  /** Namespace UUID for the ids; change it only to keep two deployments' ids apart. */
  namespace?: string;
  /** Name of the producing identity (`created_by_ref`). Default "Narratrace". */
  producerName?: string;
  /** `created` of the producing identity, which has no data of its own. Default 2024-01-01. */
  producerCreated?: Date;
  /** TLP marking put on every object; null for none. Default `clear`. */
  tlp?: TlpLevel | null;
  /** Which tags count as links to a narrative. Default: every tag whose status is not `rejected`. */
  includeTag?: (tag: ExportTag, claim: ExportClaim) => boolean;
  /** Maximum length of a note's abstract. Default 140. */
  abstractLength?: number;
}

export type StixObject = { type: string; id: string; spec_version?: string } & Record<string, unknown>;

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

const DEFAULT_PRODUCER_CREATED = new Date('2024-01-01T00:00:00.000Z');

const defaultIncludeTag = (tag: ExportTag): boolean => tag.status.toLowerCase() !== 'rejected';

function ts(date: Date): string {
  return date.toISOString();
}

function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/** Drops undefined, null, empty-string and empty-array properties so that objects stay minimal and stable. */
function compact<T extends Record<string, unknown>>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out as T;
}

function toStixConfidence(confidence: number | null | undefined): number | undefined {
  if (confidence === null || confidence === undefined || !Number.isFinite(confidence)) return undefined;
  return Math.max(0, Math.min(100, Math.round(confidence * 100)));
}

function abstractOf(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Order-independent digest of a set of serialised objects (sum of SHA-256 values mod 2^256). */
class SetDigest {
  private sum = 0n;
  private count = 0;
  private static readonly MOD = 1n << 256n;

  add(serialised: string): void {
    const h = createHash('sha256').update(serialised).digest('hex');
    this.sum = (this.sum + BigInt(`0x${h}`)) % SetDigest.MOD;
    this.count += 1;
  }

  value(): string {
    return `${this.count}:${this.sum.toString(16).padStart(64, '0')}`;
  }
}

interface NarrativeAgg {
  narrative: ExportNarrative;
  firstSeen: Date | null;
  lastUpdate: Date | null;
}

interface SourceAgg {
  source: ExportSource;
  first: Date;
  last: Date;
}

interface PairAgg {
  sourceId: string;
  narrativeId: string;
  count: number;
  first: Date;
  last: Date;
  lastUpdate: Date;
  maxConfidence: number | null;
  stances: Record<string, number>;
}

/**
 * Incremental STIX object builder shared by `buildStixBundle` and `writeStixBundle`:
 * `start()` once, `addClaim()` per claim (memory stays proportional to the number of sources
 * and narratives, not claims), `finish()` once.
 */
export class StixBundleBuilder {
  readonly namespace: string;
  private readonly producerId: string;
  private readonly markingId: string | null;
  private readonly includeTag: (tag: ExportTag, claim: ExportClaim) => boolean;
  private readonly abstractLength: number;
  private readonly narratives = new Map<string, NarrativeAgg>();
  private readonly sources = new Map<string, SourceAgg>();
  private readonly pairs = new Map<string, PairAgg>();
  private readonly digest = new SetDigest();
  private objectCount = 0;

  constructor(
    narratives: readonly ExportNarrative[],
    private readonly options: StixOptions = {},
  ) {
    this.namespace = options.namespace ?? NARRATRACE_STIX_NAMESPACE;
    this.producerId = this.id('identity', `producer:${options.producerName ?? 'Narratrace'}`);
    const tlp = options.tlp === undefined ? 'clear' : options.tlp;
    this.markingId = tlp === null ? null : TLP[tlp === 'clear' ? 'white' : tlp];
    this.includeTag = options.includeTag ?? defaultIncludeTag;
    this.abstractLength = options.abstractLength ?? 140;
    for (const n of narratives) {
      if (!this.narratives.has(n.id)) this.narratives.set(n.id, { narrative: n, firstSeen: null, lastUpdate: null });
    }
  }

  /** `type--uuidv5(namespace, key)`. */
  id(type: string, key: string): string {
    return `${type}--${uuidv5(key, this.namespace)}`;
  }

  narrativeId(narrativeId: string): string {
    return this.id('narrative', `narrative:${narrativeId}`);
  }

  sourceId(sourceId: string): string {
    return this.id('identity', `source:${sourceId}`);
  }

  claimId(claimId: string): string {
    return this.id('note', `claim:${claimId}`);
  }

  /** Serialises an object and folds it into the bundle digest. */
  serialise(obj: StixObject): string {
    const json = JSON.stringify(obj);
    this.digest.add(json);
    this.objectCount += 1;
    return json;
  }

  get count(): number {
    return this.objectCount;
  }

  /** Bundle id from every object serialised so far. */
  bundleId(): string {
    return this.id('bundle', `bundle:${this.digest.value()}`);
  }

  private common(): { created_by_ref: string; object_marking_refs?: string[] } {
    return this.markingId
      ? { created_by_ref: this.producerId, object_marking_refs: [this.markingId] }
      : { created_by_ref: this.producerId };
  }

  /** The producing identity and the marking definition. */
  start(): StixObject[] {
    const created = ts(this.options.producerCreated ?? DEFAULT_PRODUCER_CREATED);
    const objects: StixObject[] = [
      compact({
        type: 'identity',
        spec_version: '2.1',
        id: this.producerId,
        created,
        modified: created,
        name: this.options.producerName ?? 'Narratrace',
        description: 'Narrative-analysis platform that produced this export.',
        identity_class: 'organization',
      }),
    ];
    if (this.markingId) {
      const level = (Object.keys(TLP) as (keyof typeof TLP)[]).find((k) => TLP[k] === this.markingId)!;
      objects.push({
        type: 'marking-definition',
        spec_version: '2.1',
        id: this.markingId,
        created: '2017-01-20T00:00:00.000Z',
        definition_type: 'tlp',
        name: `TLP:${level.toUpperCase()}`,
        definition: { tlp: level },
      });
    }
    return objects;
  }

  /** The note for one claim; also records what the closing objects need. */
  addClaim(claim: ExportClaim): StixObject {
    const published = claim.publishedAt;
    const sourceRef = this.sourceId(claim.source.id);

    const src = this.sources.get(claim.source.id);
    if (src) {
      src.first = minDate(src.first, published);
      src.last = maxDate(src.last, published);
    } else {
      this.sources.set(claim.source.id, { source: claim.source, first: published, last: published });
    }

    const tags = claim.tags
      .filter((t) => this.includeTag(t, claim))
      .slice()
      .sort((a, b) => (a.narrativeId < b.narrativeId ? -1 : a.narrativeId > b.narrativeId ? 1 : 0));
    let modified = published;
    const narrativeRefs = new Set<string>();
    for (const tag of tags) {
      modified = maxDate(modified, tag.updatedAt);
      narrativeRefs.add(this.narrativeId(tag.narrativeId));

      let agg = this.narratives.get(tag.narrativeId);
      if (!agg) {
        agg = {
          narrative: {
            id: tag.narrativeId,
            slug: tag.narrativeSlug,
            name: tag.narrativeName,
            description: tag.narrativeDescription,
            parentSlug: null,
          },
          firstSeen: null,
          lastUpdate: null,
        };
        this.narratives.set(tag.narrativeId, agg);
      }
      agg.firstSeen = agg.firstSeen ? minDate(agg.firstSeen, published) : published;
      agg.lastUpdate = agg.lastUpdate ? maxDate(agg.lastUpdate, tag.updatedAt) : tag.updatedAt;

      const pairKey = `${claim.source.id}\u0000${tag.narrativeId}`;
      const confidence = tag.confidence ?? null;
      const pair = this.pairs.get(pairKey);
      if (pair) {
        pair.count += 1;
        pair.first = minDate(pair.first, published);
        pair.last = maxDate(pair.last, published);
        pair.lastUpdate = maxDate(pair.lastUpdate, tag.updatedAt);
        if (confidence !== null) pair.maxConfidence = Math.max(pair.maxConfidence ?? 0, confidence);
      } else {
        this.pairs.set(pairKey, {
          sourceId: claim.source.id,
          narrativeId: tag.narrativeId,
          count: 1,
          first: published,
          last: published,
          lastUpdate: maxDate(published, tag.updatedAt),
          maxConfidence: confidence,
          stances: {},
        });
      }
      const p = this.pairs.get(pairKey)!;
      const stance = tag.stance ?? 'unknown';
      p.stances[stance] = (p.stances[stance] ?? 0) + 1;
    }

    return compact({
      type: 'note',
      spec_version: '2.1',
      id: this.claimId(claim.id),
      created: ts(published),
      modified: ts(modified),
      ...this.common(),
      abstract: abstractOf(claim.text, this.abstractLength),
      content: claim.text,
      authors: claim.claimant ? [claim.claimant] : undefined,
      object_refs: [sourceRef, ...[...narrativeRefs].sort()],
      lang: claim.language ?? undefined,
      external_references: [
        compact({
          source_name: claim.source.name,
          description: claim.documentTitle ?? undefined,
          url: claim.documentUrl ?? undefined,
          external_id: claim.documentId,
        }),
      ],
      x_narratrace_claim_id: claim.id,
      x_narratrace_document_id: claim.documentId,
      x_narratrace_tags: tags.map((t) =>
        compact({
          narrative_ref: this.narrativeId(t.narrativeId),
          narrative_slug: t.narrativeSlug,
          status: t.status,
          origin: t.origin,
          stance: t.stance ?? undefined,
          confidence: toStixConfidence(t.confidence),
          tagged_by: t.taggedBy ?? undefined,
          updated: ts(t.updatedAt),
        }),
      ),
    });
  }

  /** Narratives, sub-narrative links, source identities and source→narrative relationships. */
  finish(): StixObject[] {
    const fallback = this.options.producerCreated ?? DEFAULT_PRODUCER_CREATED;
    const out: StixObject[] = [];
    const bySlug = new Map<string, ExportNarrative>();
    for (const { narrative } of this.narratives.values()) bySlug.set(narrative.slug, narrative);

    const narrativeTimes = new Map<string, { created: Date; modified: Date }>();
    const narratives = [...this.narratives.values()].sort((a, b) =>
      this.narrativeId(a.narrative.id) < this.narrativeId(b.narrative.id) ? -1 : 1,
    );
    for (const agg of narratives) {
      const n = agg.narrative;
      const created = n.createdAt ?? agg.firstSeen ?? fallback;
      const modified = maxDate(created, n.updatedAt ?? agg.lastUpdate ?? created);
      narrativeTimes.set(n.id, { created, modified });
      out.push(
        compact({
          type: 'narrative',
          spec_version: '2.1',
          id: this.narrativeId(n.id),
          created: ts(created),
          modified: ts(modified),
          ...this.common(),
          name: n.name,
          description: n.description ?? undefined,
          narrative_types: n.narrativeTypes && n.narrativeTypes.length > 0 ? [...n.narrativeTypes] : undefined,
          external_references: [{ source_name: 'narratrace', external_id: n.slug }],
          x_narratrace_slug: n.slug,
          extensions: { [OPENCTI_EXTENSION_DEFINITION]: { extension_type: 'new-sdo' } },
        }),
      );
    }

    for (const agg of narratives) {
      const n = agg.narrative;
      if (!n.parentSlug) continue;
      const parent = bySlug.get(n.parentSlug);
      if (!parent || parent.id === n.id) continue;
      const times = narrativeTimes.get(n.id)!;
      const sourceRef = this.narrativeId(n.id);
      const targetRef = this.narrativeId(parent.id);
      out.push(
        compact({
          type: 'relationship',
          spec_version: '2.1',
          id: this.id('relationship', `subnarrative-of:${n.id}:${parent.id}`),
          created: ts(times.created),
          modified: ts(times.modified),
          ...this.common(),
          relationship_type: 'subnarrative-of',
          source_ref: sourceRef,
          target_ref: targetRef,
        }),
      );
    }

    const sources = [...this.sources.values()].sort((a, b) =>
      this.sourceId(a.source.id) < this.sourceId(b.source.id) ? -1 : 1,
    );
    for (const s of sources) {
      out.push(
        compact({
          type: 'identity',
          spec_version: '2.1',
          id: this.sourceId(s.source.id),
          created: ts(s.first),
          modified: ts(s.last),
          ...this.common(),
          name: s.source.name,
          description: s.source.platform ? `Source on ${s.source.platform}` : undefined,
          identity_class: 'organization',
          x_narratrace_source_id: s.source.id,
          x_narratrace_platform: s.source.platform ?? undefined,
          x_narratrace_country: s.source.country ?? undefined,
        }),
      );
    }

    const pairs = [...this.pairs.values()]
      .map((p) => ({ p, id: this.id('relationship', `related-to:${p.sourceId}:${p.narrativeId}`) }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const { p, id } of pairs) {
      const source = this.sources.get(p.sourceId)!.source;
      const narrative = this.narratives.get(p.narrativeId)!.narrative;
      const stances = Object.keys(p.stances)
        .sort()
        .reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: p.stances[k] }), {});
      out.push(
        compact({
          type: 'relationship',
          spec_version: '2.1',
          id,
          created: ts(p.first),
          modified: ts(maxDate(p.lastUpdate, p.last)),
          ...this.common(),
          relationship_type: 'related-to',
          description: `${p.count} claim(s) from ${source.name} tagged with the narrative "${narrative.name}".`,
          source_ref: this.sourceId(p.sourceId),
          target_ref: this.narrativeId(p.narrativeId),
          start_time: ts(p.first),
          // STIX requires stop_time to be later than start_time.
          stop_time: p.last.getTime() > p.first.getTime() ? ts(p.last) : undefined,
          confidence: toStixConfidence(p.maxConfidence),
          x_narratrace_claim_count: p.count,
          x_narratrace_stances: stances,
        }),
      );
    }
    return out;
  }
}

/** The whole bundle in memory; fine for moderate exports (use `writeStixBundle` for big ones). */
export function buildStixBundle(
  narratives: readonly ExportNarrative[],
  claims: Iterable<ExportClaim>,
  options: StixOptions = {},
): StixBundle {
  const builder = new StixBundleBuilder(narratives, options);
  const objects: StixObject[] = [];
  const take = (obj: StixObject): void => {
    builder.serialise(obj);
    objects.push(obj);
  };
  builder.start().forEach(take);
  for (const claim of claims) take(builder.addClaim(claim));
  builder.finish().forEach(take);
  return { type: 'bundle', id: builder.bundleId(), objects };
}

/** Anything with a Node-style `write` (a file stream, process.stdout, a PassThrough). */
export interface TextSink {
  write(chunk: string): boolean;
  once?(event: 'drain', listener: () => void): unknown;
}

/**
 * Streams the bundle as JSON, one object per line, honouring back-pressure. Claims are read
 * once, in the order given; the bundle `id` is written last (JSON key order does not matter)
 * because it depends on every object. Produces the same bundle as `buildStixBundle`.
 */
export async function writeStixBundle(
  out: TextSink,
  narratives: readonly ExportNarrative[],
  claims: Iterable<ExportClaim> | AsyncIterable<ExportClaim>,
  options: StixOptions = {},
): Promise<{ bundleId: string; objectCount: number }> {
  const builder = new StixBundleBuilder(narratives, options);
  let first = true;
  const write = async (chunk: string): Promise<void> => {
    if (!out.write(chunk) && typeof out.once === 'function') {
      await once(out as unknown as NodeJS.EventEmitter, 'drain');
    }
  };
  const put = async (obj: StixObject): Promise<void> => {
    const json = builder.serialise(obj);
    await write(`${first ? '' : ',\n'}${json}`);
    first = false;
  };

  await write('{"type":"bundle","objects":[\n');
  for (const obj of builder.start()) await put(obj);
  for await (const claim of claims) await put(builder.addClaim(claim));
  for (const obj of builder.finish()) await put(obj);
  const bundleId = builder.bundleId();
  await write(`\n],"id":${JSON.stringify(bundleId)}}\n`);
  return { bundleId, objectCount: builder.count };
}
