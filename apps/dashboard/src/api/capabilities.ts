/**
 * Optional server features (share of voice, spikes, rule preview, claim suggestions, stored
 * evidence, first seen per language and platform) are found
 * through schema introspection rather than by sending operations that may not validate: an
 * invalid operation answers HTTP 400, which browsers log as a console error.
 */
import { graphql } from './graphql-client';

interface TypeRef { kind: string; name: string | null; ofType?: TypeRef | null }
interface FieldInfo { name: string; args?: { name: string }[]; type: TypeRef }
interface TypeInfo { name: string; fields: FieldInfo[] | null }

export interface Capabilities {
  introspection: boolean;
  /** narrativeTrends(normalize: Boolean) */
  trendsNormalize: boolean;
  /** narrativeTrends(groupLimit: Int): only the N loudest groups of each narrative */
  trendsGroupLimit: boolean;
  /** spikes(...): its argument names and how a spike names its narrative */
  spikes: { args: string[]; narrativeField: string } | null;
  /** narrativeStats(narrativeId, from, to) with firstSeen { at }, and how much more it tells */
  narrativeStats: NarrativeStatsCapability | null;
  /** previewRule(...) arguments and the fields to ask for */
  previewRule: { args: string[]; fields: string } | null;
  /** Claim.suggestions returning NarrativeSuggestion-like objects */
  claimSuggestions: boolean;
  /** ClaimTag.evidence: why the engine suggested the tag, as stored with it */
  tagEvidence: boolean;
  narrativeKeywords: boolean;
  narrativeRule: boolean;
  /** Document.author: who wrote or posted the document */
  documentAuthor: boolean;
  /** a TrendPoint field holding the normalised value (share of voice), when the server has one */
  pointShareField: string | null;
}

export interface NarrativeStatsCapability {
  /** the selection for a FirstSeen: `at`, and source, claim, key, total when the server has them */
  firstSeen: string;
  /** firstSeenByLanguage / firstSeenByPlatform lists, each entry naming its `key` */
  byLanguage: boolean;
  byPlatform: boolean;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const TYPE_FIELDS = `name fields { name args { name } type { ${TYPE_REF} } }`;

export const NO_CAPABILITIES: Capabilities = {
  introspection: false,
  trendsNormalize: false,
  trendsGroupLimit: false,
  spikes: null,
  narrativeStats: null,
  previewRule: null,
  claimSuggestions: false,
  tagEvidence: false,
  narrativeKeywords: false,
  narrativeRule: false,
  documentAuthor: false,
  pointShareField: null,
};

let pending: Promise<Capabilities> | null = null;

export function namedType(ref: TypeRef | null | undefined): string | null {
  while (ref && !ref.name) ref = ref.ofType;
  return ref?.name ?? null;
}

function isList(ref: TypeRef | null | undefined): boolean {
  for (; ref; ref = ref.ofType) if (ref.kind === 'LIST') return true;
  return false;
}

async function typesByName(names: string[]): Promise<Record<string, TypeInfo | null>> {
  if (!names.length) return {};
  const aliases = names.map((n, i) => `t${i}: __type(name: ${JSON.stringify(n)}) { ${TYPE_FIELDS} }`).join('\n');
  const data = await graphql<Record<string, TypeInfo | null>>(`query DashboardCapabilities {\n${aliases}\n}`);
  return Object.fromEntries(names.map((n, i) => [n, data[`t${i}`] ?? null]));
}

const SCALAR_KINDS = new Set(['SCALAR', 'ENUM']);

/** A selection for an unknown object type: its scalar fields, and `name` of object fields that have one. */
async function selectionFor(typeName: string, depth = 0): Promise<string> {
  const info = (await typesByName([typeName]))[typeName];
  if (!info?.fields) return '__typename';
  const parts: string[] = [];
  for (const f of info.fields) {
    if (f.args?.length) continue;
    let ref: TypeRef | null | undefined = f.type;
    while (ref && !ref.name) ref = ref.ofType;
    if (!ref) continue;
    if (SCALAR_KINDS.has(ref.kind)) parts.push(f.name);
    else if (depth < 1 && ref.kind === 'OBJECT' && ref.name) {
      const sub = await selectionFor(ref.name, depth + 1);
      parts.push(`${f.name} { ${sub} }`);
    }
  }
  return parts.length ? parts.join(' ') : '__typename';
}

/** What narrativeStats answers: which FirstSeen fields, and whether per-language / per-platform lists exist. */
async function narrativeStatsShape(stats: TypeInfo | null | undefined): Promise<NarrativeStatsCapability | null> {
  const fields = new Map((stats?.fields ?? []).map((f) => [f.name, f]));
  const firstSeenType = namedType(fields.get('firstSeen')?.type);
  if (!firstSeenType) return null;
  const fs = (await typesByName([firstSeenType]))[firstSeenType];
  const names = new Set((fs?.fields ?? []).map((f) => f.name));
  if (!names.has('at')) return null;
  const parts = ['at'];
  if (names.has('key')) parts.push('key');
  if (names.has('total')) parts.push('total');
  if (names.has('source')) parts.push('source { id name platform }');
  if (names.has('claim')) parts.push('claim { id text language document { url title } }');
  const list = (name: string) => names.has('key') && namedType(fields.get(name)?.type) === firstSeenType;
  return { firstSeen: parts.join(' '), byLanguage: list('firstSeenByLanguage'), byPlatform: list('firstSeenByPlatform') };
}

async function detect(): Promise<Capabilities> {
  try {
    const t = await typesByName(['Query', 'Claim', 'ClaimTag', 'Narrative', 'TrendPoint', 'Document']);
    const queryFields = new Map((t.Query?.fields ?? []).map((f) => [f.name, f]));
    const trends = queryFields.get('narrativeTrends');
    const spikes = queryFields.get('spikes');
    const preview = queryFields.get('previewRule');
    const stats = queryFields.get('narrativeStats');
    const claimFields = new Map((t.Claim?.fields ?? []).map((f) => [f.name, f]));
    const narrativeFields = new Set((t.Narrative?.fields ?? []).map((f) => f.name));
    const tagEvidence = (t.ClaimTag?.fields ?? []).some((f) => f.name === 'evidence' && isList(f.type) && namedType(f.type) === 'String');
    const suggestionsType = namedType(claimFields.get('suggestions')?.type);
    const spikeType = spikes ? namedType(spikes.type) : null;
    const statsType = stats?.args?.some((a) => a.name === 'narrativeId') ? namedType(stats.type) : null;
    // the second round asks for every type named in the first at once
    const more = await typesByName([suggestionsType, spikeType, statsType].filter((n): n is string => !!n));
    let claimSuggestions = false;
    if (suggestionsType) {
      const names = new Set((more[suggestionsType]?.fields ?? []).map((f) => f.name));
      claimSuggestions = ['narrative', 'score', 'stance', 'evidence'].every((n) => names.has(n));
    }
    let spikesCap: Capabilities['spikes'] = null;
    if (spikes && spikeType) {
      const names = new Set((more[spikeType]?.fields ?? []).map((f) => f.name));
      const narrativeField = names.has('narrativeId') ? 'narrativeId' : names.has('narrative') ? 'narrative { id }' : null;
      if (narrativeField && ['bucket', 'count', 'expected', 'score'].every((n) => names.has(n))) {
        spikesCap = { args: (spikes.args ?? []).map((a) => a.name), narrativeField };
      }
    }
    const previewType = preview ? namedType(preview.type) : null;
    const [previewFields, narrativeStats] = await Promise.all([
      preview ? (previewType ? selectionFor(previewType) : Promise.resolve('__typename')) : Promise.resolve(null),
      statsType ? narrativeStatsShape(more[statsType]) : Promise.resolve(null),
    ]);
    const previewRule: Capabilities['previewRule'] = preview && previewFields ? { args: (preview.args ?? []).map((a) => a.name), fields: previewFields } : null;
    return {
      introspection: true,
      trendsNormalize: !!trends?.args?.some((a) => a.name === 'normalize'),
      trendsGroupLimit: !!trends?.args?.some((a) => a.name === 'groupLimit'),
      spikes: spikesCap,
      narrativeStats,
      previewRule,
      claimSuggestions,
      tagEvidence,
      narrativeKeywords: narrativeFields.has('keywords'),
      narrativeRule: narrativeFields.has('rule'),
      documentAuthor: (t.Document?.fields ?? []).some((f) => f.name === 'author'),
      pointShareField: ['share', 'value', 'ratio', 'percent', 'normalized'].find((n) => (t.TrendPoint?.fields ?? []).some((f) => f.name === n)) ?? null,
    };
  } catch (err) {
    console.info('Narratrace: schema introspection unavailable; optional features are off.', (err as Error).message);
    return NO_CAPABILITIES;
  }
}

/** Detected once per page load. */
export function capabilities(): Promise<Capabilities> {
  pending ??= detect();
  return pending;
}

/** Forgets what was detected, e.g. after the token changed and introspection may now be allowed. */
export function resetCapabilities(): void {
  pending = null;
}
