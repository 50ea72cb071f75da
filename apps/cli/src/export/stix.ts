import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import { v5 as uuidv5 } from 'uuid';
import { writeAll } from './output.js';
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
 * - Each tag that counts is also a `related-to` relationship from the claim's note to the
 *   narrative, carrying what OpenCTI keeps of a relationship (description, confidence, labels)
 *   and therefore the stance and review state, which it drops from custom properties.
 * - Each (source, narrative, stance) with tagged claims becomes a `related-to` relationship whose
 *   start_time/stop_time span the claims' publication dates, so that a source refuting a
 *   narrative is never drawn as one spreading it.
 * - Names that OpenCTI would merge (it derives a narrative's id from its name and an
 *   organisation's from its name) are told apart: a narrative sharing its name with another gets
 *   its slug in brackets, a source sharing its name with one on another platform its platform.
 * - Everything is `created_by_ref` a Narratrace identity and carries a TLP marking (default CLEAR).
 *
 * Ids are `type--uuidv5(namespace, natural key)`, where the natural keys follow the database's
 * own uniqueness rules and never use row ids: a narrative's slug; a source's lower(name) and
 * platform; a claim's document (its external id, else source and text fingerprint) and position
 * in it; a relationship's two ends. So the same data exported from another Narratrace database,
 * or imported there in another order, gets the same ids, and a re-import into OpenCTI updates
 * objects instead of duplicating them. Timestamps come from the data, so the same input always
 * gives the same objects; the bundle id is derived from all objects, independent of the order in
 * which claims arrive.
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
  /**
   * Narratives to look up beyond the ones given: the parents of narratives in the bundle, and
   * the full record (parent, dates) of a narrative that arrives only through a claim's tag. They
   * enter the bundle only as a tag's narrative or as an ancestor. Default: none.
   */
  knownNarratives?: readonly ExportNarrative[];
  /**
   * Figures over the whole database instead of the claims of this export, so that a source's or
   * a source–narrative relationship's properties do not depend on the export's filters (one STIX
   * id, one content). Without them the figures come from the exported claims.
   */
  totals?: StixTotals;
}

/** What the database holds beyond one export's claims (see `StixOptions.totals`). */
export interface StixTotals {
  /** By source row id: its first and last claim. */
  sources: ReadonlyMap<string, { first: Date; last: Date }>;
  /** By `pairTotalsKey(source row id, narrative slug, stance)`: that source's live tags of that narrative and stance. */
  pairs: ReadonlyMap<string, PairTotals>;
  /** `lower(name)` of every source that shares its name with another source (on another platform). */
  sharedSourceNames: ReadonlySet<string>;
}

export interface PairTotals {
  count: number;
  /** how many of them analysts confirmed */
  confirmed: number;
  first: Date;
  last: Date;
  lastUpdate: Date;
  /** 0..1 */
  maxConfidence: number | null;
}

/** A tag's stance as the relationships group it: `supports`, `refutes`, `neutral` or `unspecified`. */
export function stanceOf(tag: Pick<ExportTag, 'stance'>): string {
  return tag.stance ? tag.stance.toLowerCase() : 'unspecified';
}

export function pairTotalsKey(sourceId: string, narrativeSlug: string, stance: string): string {
  return naturalKey(sourceId, narrativeSlug, stance);
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

interface PairAgg extends PairTotals {
  source: ExportSource;
  narrativeSlug: string;
  stance: string;
}

/** How a relationship's description says what one claim / several claims do to the narrative. */
const STANCE_VERBS: Record<string, [one: string, many: string]> = {
  supports: ['supports', 'support'],
  refutes: ['refutes', 'refute'],
  neutral: ['mentions, neutrally,', 'mention, neutrally,'],
  unspecified: ['is tagged with', 'are tagged with'],
};

function stanceVerb(stance: string, count: number): string {
  const verbs = STANCE_VERBS[stance];
  if (verbs) return verbs[count === 1 ? 0 : 1];
  return `${count === 1 ? 'has' : 'have'} the stance "${stance}" towards`;
}

function claimCount(n: number): string {
  return n === 1 ? '1 claim' : `${n} claims`;
}

/** The name key OpenCTI merges on (its ids for narratives and organisations come from the name). */
function nameKeyOf(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * The key an id is derived from: the natural key's parts as a JSON array, so that no separator
 * can make two different keys equal.
 */
function naturalKey(...parts: Array<string | number>): string {
  return JSON.stringify(parts);
}

/** A source's natural key, as the unique index `sources_name_platform_key`: lower(name), coalesce(platform, ''). */
function sourceKeyParts(source: Pick<ExportSource, 'nameKey' | 'platform'>): string[] {
  return [source.nameKey, source.platform ?? ''];
}

/**
 * A document's natural key, as its unique indexes: the external id when it has one
 * (`documents_external_id_key`), else source and text fingerprint (`documents_source_fingerprint_key`).
 */
function documentKeyParts(claim: Pick<ExportClaim, 'documentExternalId' | 'documentFingerprint' | 'source'>): string[] {
  return claim.documentExternalId !== null
    ? ['external-id', claim.documentExternalId]
    : ['fingerprint', ...sourceKeyParts(claim.source), claim.documentFingerprint];
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
  /** By slug: the narratives in the bundle so far. */
  private readonly narratives = new Map<string, NarrativeAgg>();
  /** By slug: every narrative that can be looked up (parents, full records of tag-only narratives). */
  private readonly known = new Map<string, ExportNarrative>();
  /** By source natural key. */
  private readonly sources = new Map<string, SourceAgg>();
  private readonly pairs = new Map<string, PairAgg>();
  /** lower(name) → how many known narratives bear it */
  private readonly narrativeNames = new Map<string, number>();
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
    for (const n of options.knownNarratives ?? []) if (!this.known.has(n.slug)) this.known.set(n.slug, n);
    for (const n of narratives) {
      if (!this.known.has(n.slug)) this.known.set(n.slug, n);
      if (!this.narratives.has(n.slug)) this.narratives.set(n.slug, { narrative: n, firstSeen: null, lastUpdate: null });
    }
    for (const n of this.known.values()) this.narrativeNames.set(nameKeyOf(n.name), (this.narrativeNames.get(nameKeyOf(n.name)) ?? 0) + 1);
  }

  /** A narrative's name, with its slug when another known narrative has the same name. */
  private narrativeName(n: ExportNarrative): string {
    return (this.narrativeNames.get(nameKeyOf(n.name)) ?? 0) > 1 ? `${n.name} (${n.slug})` : n.name;
  }

  /** `type--uuidv5(namespace, key)`. */
  id(type: string, key: string): string {
    return `${type}--${uuidv5(key, this.namespace)}`;
  }

  /** A narrative's id, from its slug (unique in every Narratrace database). */
  narrativeId(slug: string): string {
    return this.id('narrative', naturalKey('narrative', slug));
  }

  /** A source's id, from its natural key (lower(name), platform), not its row id. */
  sourceId(source: Pick<ExportSource, 'nameKey' | 'platform'>): string {
    return this.id('identity', naturalKey('source', ...sourceKeyParts(source)));
  }

  /** A claim's note id, from its document's natural key and its position in the document. */
  claimId(claim: Pick<ExportClaim, 'documentExternalId' | 'documentFingerprint' | 'source' | 'position'>): string {
    return this.id('note', naturalKey('claim', ...documentKeyParts(claim), claim.position));
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
        // marked like every other object of the bundle
        object_marking_refs: this.markingId ? [this.markingId] : undefined,
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

  /** The bundle's record of a narrative, added on first sight: the known record when there is one, else what the tag says. */
  private narrativeOf(tag: ExportTag): NarrativeAgg {
    let agg = this.narratives.get(tag.narrativeSlug);
    if (!agg) {
      const narrative = this.known.get(tag.narrativeSlug) ?? {
        id: tag.narrativeId,
        slug: tag.narrativeSlug,
        name: tag.narrativeName,
        description: tag.narrativeDescription,
        parentSlug: null,
      };
      agg = { narrative, firstSeen: null, lastUpdate: null };
      this.narratives.set(tag.narrativeSlug, agg);
    }
    return agg;
  }

  /**
   * The note for one claim and a relationship from it to each narrative it is tagged with; also
   * records what the closing objects need.
   */
  addClaim(claim: ExportClaim): StixObject[] {
    const published = claim.publishedAt;
    const sourceRef = this.sourceId(claim.source);
    const sourceKey = naturalKey(...sourceKeyParts(claim.source));

    const src = this.sources.get(sourceKey);
    if (src) {
      src.first = minDate(src.first, published);
      src.last = maxDate(src.last, published);
    } else {
      this.sources.set(sourceKey, { source: claim.source, first: published, last: published });
    }

    // by slug, not row id, so that the note's content does not depend on the database either
    const tags = claim.tags
      .filter((t) => this.includeTag(t, claim))
      .slice()
      .sort((a, b) => (a.narrativeSlug < b.narrativeSlug ? -1 : a.narrativeSlug > b.narrativeSlug ? 1 : 0));
    // every tag's last change counts, a rejection too: it takes a narrative out of object_refs
    let modified = published;
    for (const tag of claim.tags) modified = maxDate(modified, tag.updatedAt);
    const narrativeRefs = new Set<string>();
    for (const tag of tags) {
      narrativeRefs.add(this.narrativeId(tag.narrativeSlug));

      const agg = this.narrativeOf(tag);
      agg.firstSeen = agg.firstSeen ? minDate(agg.firstSeen, published) : published;
      agg.lastUpdate = agg.lastUpdate ? maxDate(agg.lastUpdate, tag.updatedAt) : tag.updatedAt;

      const stance = stanceOf(tag);
      const pairKey = naturalKey(...sourceKeyParts(claim.source), tag.narrativeSlug, stance);
      const confidence = tag.confidence ?? null;
      const confirmed = tag.status.toLowerCase() === 'confirmed' ? 1 : 0;
      const pair = this.pairs.get(pairKey);
      if (pair) {
        pair.count += 1;
        pair.confirmed += confirmed;
        pair.first = minDate(pair.first, published);
        pair.last = maxDate(pair.last, published);
        pair.lastUpdate = maxDate(pair.lastUpdate, tag.updatedAt);
        if (confidence !== null) pair.maxConfidence = Math.max(pair.maxConfidence ?? 0, confidence);
      } else {
        this.pairs.set(pairKey, {
          source: claim.source,
          narrativeSlug: tag.narrativeSlug,
          stance,
          count: 1,
          confirmed,
          first: published,
          last: published,
          lastUpdate: maxDate(published, tag.updatedAt),
          maxConfidence: confidence,
        });
      }
    }

    // STIX wants description, url or external_id beside source_name; without any, no reference.
    const reference = compact({
      source_name: claim.source.name,
      description: claim.documentTitle ?? undefined,
      url: claim.documentUrl ?? undefined,
      external_id: claim.documentExternalId ?? undefined,
    });
    const noteId = this.claimId(claim);
    const note = compact({
      type: 'note',
      spec_version: '2.1',
      id: noteId,
      created: ts(published),
      modified: ts(modified),
      ...this.common(),
      abstract: abstractOf(claim.text, this.abstractLength),
      content: claim.text,
      authors: claim.claimant ? [claim.claimant] : undefined,
      object_refs: [sourceRef, ...[...narrativeRefs].sort()],
      lang: claim.language ?? undefined,
      external_references: Object.keys(reference).length > 1 ? [reference] : undefined,
      x_narratrace_claim_id: claim.id,
      x_narratrace_document_id: claim.documentId,
      x_narratrace_document_author: claim.documentAuthor ?? undefined,
      x_narratrace_tags: tags.map((t) =>
        compact({
          narrative_ref: this.narrativeId(t.narrativeSlug),
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
    const links = tags.map((t) => {
      const stance = stanceOf(t);
      const review = t.status.toLowerCase();
      const who = t.taggedBy ? ` by ${t.taggedBy}` : '';
      return compact({
        type: 'relationship',
        spec_version: '2.1',
        id: this.id('relationship', naturalKey('claim-related-to', ...documentKeyParts(claim), claim.position, t.narrativeSlug)),
        created: ts(published),
        modified: ts(maxDate(published, t.updatedAt)),
        ...this.common(),
        relationship_type: 'related-to',
        description: `The claim ${stanceVerb(stance, 1)} the narrative "${this.narrativeName(this.narrativeOf(t).narrative)}" (${review}${who}, ${t.origin} tag).`,
        source_ref: noteId,
        target_ref: this.narrativeId(t.narrativeSlug),
        confidence: toStixConfidence(t.confidence),
        labels: [`stance:${stance}`, `review:${review}`],
        x_narratrace_stance: stance,
        x_narratrace_status: review,
        x_narratrace_origin: t.origin,
      });
    });
    return [note, ...links];
  }

  /**
   * Adds the known ancestors of every narrative in the bundle. A `subnarrative-of` link needs both
   * ends in the bundle, and a narrative that reached it through a claim's second tag (or through
   * `--narrative`) would otherwise arrive in OpenCTI without its place in the hierarchy. Ancestors
   * are one object per level, so the whole chain up to the root comes along; descendants do not
   * (they are other narratives, with claims of their own that this export did not select).
   */
  private addAncestors(): void {
    for (const slug of [...this.narratives.keys()]) {
      const seen = new Set<string>([slug]);
      for (let parent = this.narratives.get(slug)!.narrative.parentSlug; parent && !seen.has(parent); ) {
        seen.add(parent);
        const known = this.known.get(parent);
        if (!known) break;
        if (!this.narratives.has(parent)) this.narratives.set(parent, { narrative: known, firstSeen: null, lastUpdate: null });
        parent = this.narratives.get(parent)!.narrative.parentSlug;
      }
    }
  }

  /** Narratives, sub-narrative links, source identities and source→narrative relationships. */
  finish(): StixObject[] {
    const fallback = this.options.producerCreated ?? DEFAULT_PRODUCER_CREATED;
    const out: StixObject[] = [];
    this.addAncestors();

    const narrativeTimes = new Map<string, { created: Date; modified: Date }>();
    const narratives = [...this.narratives.values()]
      .map((agg) => ({ agg, id: this.narrativeId(agg.narrative.slug) }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const { agg, id } of narratives) {
      const n = agg.narrative;
      const created = n.createdAt ?? agg.firstSeen ?? fallback;
      const modified = maxDate(created, n.updatedAt ?? agg.lastUpdate ?? created);
      narrativeTimes.set(n.slug, { created, modified });
      out.push(
        compact({
          type: 'narrative',
          spec_version: '2.1',
          id,
          created: ts(created),
          modified: ts(modified),
          ...this.common(),
          name: this.narrativeName(n),
          description: n.description ?? undefined,
          narrative_types: n.narrativeTypes && n.narrativeTypes.length > 0 ? [...n.narrativeTypes] : undefined,
          external_references: [{ source_name: 'narratrace', external_id: n.slug }],
          x_narratrace_slug: n.slug,
          extensions: { [OPENCTI_EXTENSION_DEFINITION]: { extension_type: 'new-sdo' } },
        }),
      );
    }

    // every narrative whose parent is in the bundle (after addAncestors: every known parent)
    for (const { agg, id } of narratives) {
      const n = agg.narrative;
      if (!n.parentSlug || n.parentSlug === n.slug || !this.narratives.has(n.parentSlug)) continue;
      const times = narrativeTimes.get(n.slug)!;
      out.push(
        compact({
          type: 'relationship',
          spec_version: '2.1',
          id: this.id('relationship', naturalKey('subnarrative-of', n.slug, n.parentSlug)),
          created: ts(times.created),
          modified: ts(times.modified),
          ...this.common(),
          relationship_type: 'subnarrative-of',
          source_ref: id,
          target_ref: this.narrativeId(n.parentSlug),
        }),
      );
    }

    const totals = this.options.totals;
    const platformsByName = new Map<string, Set<string>>();
    for (const { source } of this.sources.values()) {
      const platforms = platformsByName.get(source.nameKey) ?? new Set<string>();
      platforms.add(source.platform ?? '');
      platformsByName.set(source.nameKey, platforms);
    }
    const sourceName = (source: ExportSource): string =>
      totals?.sharedSourceNames.has(source.nameKey) || (platformsByName.get(source.nameKey)?.size ?? 0) > 1
        ? `${source.name} (${source.platform ?? 'no platform'})`
        : source.name;

    const sources = [...this.sources.values()]
      .map((s) => ({ s, id: this.sourceId(s.source) }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const { s, id } of sources) {
      const span = totals?.sources.get(s.source.id) ?? s;
      out.push(
        compact({
          type: 'identity',
          spec_version: '2.1',
          id,
          created: ts(span.first),
          modified: ts(span.last),
          ...this.common(),
          name: sourceName(s.source),
          description: s.source.platform ? `Source on ${s.source.platform}` : undefined,
          identity_class: 'organization',
          x_narratrace_source_id: s.source.id,
          x_narratrace_platform: s.source.platform ?? undefined,
          x_narratrace_country: s.source.country ?? undefined,
        }),
      );
    }

    const pairs = [...this.pairs.values()]
      .map((p) => ({ p, id: this.id('relationship', naturalKey('related-to', ...sourceKeyParts(p.source), p.narrativeSlug, p.stance)) }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const { p, id } of pairs) {
      const narrative = this.narratives.get(p.narrativeSlug)!.narrative;
      const t: PairTotals = totals?.pairs.get(pairTotalsKey(p.source.id, p.narrativeSlug, p.stance)) ?? p;
      out.push(
        compact({
          type: 'relationship',
          spec_version: '2.1',
          id,
          created: ts(t.first),
          modified: ts(maxDate(t.lastUpdate, t.last)),
          ...this.common(),
          relationship_type: 'related-to',
          description: `${claimCount(t.count)} from ${sourceName(p.source)} ${stanceVerb(p.stance, t.count)} the narrative "${this.narrativeName(narrative)}" (${t.confirmed} confirmed by analysts, ${t.count - t.confirmed} not yet).`,
          source_ref: this.sourceId(p.source),
          target_ref: this.narrativeId(p.narrativeSlug),
          start_time: ts(t.first),
          // STIX requires stop_time to be later than start_time.
          stop_time: t.last.getTime() > t.first.getTime() ? ts(t.last) : undefined,
          confidence: toStixConfidence(t.maxConfidence),
          labels: [`stance:${p.stance}`],
          x_narratrace_claim_count: t.count,
          x_narratrace_confirmed_count: t.confirmed,
          x_narratrace_stance: p.stance,
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
  for (const claim of claims) builder.addClaim(claim).forEach(take);
  builder.finish().forEach(take);
  return { type: 'bundle', id: builder.bundleId(), objects };
}

/**
 * The bundle as JSON text, one object per line, in chunks: claims are read once, in the order
 * given; the bundle `id` comes last (JSON key order does not matter) because it depends on every
 * object. Returns the bundle id and object count. Produces the same bundle as `buildStixBundle`.
 */
export async function* stixBundleChunks(
  narratives: readonly ExportNarrative[],
  claims: Iterable<ExportClaim> | AsyncIterable<ExportClaim>,
  options: StixOptions = {},
): AsyncGenerator<string, { bundleId: string; objectCount: number }> {
  const builder = new StixBundleBuilder(narratives, options);
  let first = true;
  const line = (obj: StixObject): string => {
    const json = builder.serialise(obj);
    const chunk = `${first ? '' : ',\n'}${json}`;
    first = false;
    return chunk;
  };

  yield '{"type":"bundle","objects":[\n';
  for (const obj of builder.start()) yield line(obj);
  for await (const claim of claims) for (const obj of builder.addClaim(claim)) yield line(obj);
  for (const obj of builder.finish()) yield line(obj);
  const bundleId = builder.bundleId();
  yield `\n],"id":${JSON.stringify(bundleId)}}\n`;
  return { bundleId, objectCount: builder.count };
}

/** Streams the bundle of `stixBundleChunks` to `out` with `writeAll` (back-pressure, stream errors). */
export async function writeStixBundle(
  out: Writable,
  narratives: readonly ExportNarrative[],
  claims: Iterable<ExportClaim> | AsyncIterable<ExportClaim>,
  options: StixOptions = {},
): Promise<{ bundleId: string; objectCount: number }> {
  let result: { bundleId: string; objectCount: number } | undefined;
  await writeAll(
    out,
    (async function* () {
      result = yield* stixBundleChunks(narratives, claims, options);
    })(),
  );
  return result!;
}
