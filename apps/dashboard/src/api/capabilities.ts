/**
 * Optional server features (share of voice, spikes, rule preview, claim suggestions) are found
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
  /** narrativeStats(narrativeId, from, to) with firstSeen { at } */
  narrativeStats: boolean;
  /** previewRule(...) arguments and the fields to ask for */
  previewRule: { args: string[]; fields: string } | null;
  /** Claim.suggestions returning NarrativeSuggestion-like objects */
  claimSuggestions: boolean;
  narrativeKeywords: boolean;
  narrativeRule: boolean;
  /** a TrendPoint field holding the normalised value (share of voice), when the server has one */
  pointShareField: string | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const TYPE_FIELDS = `name fields { name args { name } type { ${TYPE_REF} } }`;

export const NO_CAPABILITIES: Capabilities = {
  introspection: false,
  trendsNormalize: false,
  trendsGroupLimit: false,
  spikes: null,
  narrativeStats: false,
  previewRule: null,
  claimSuggestions: false,
  narrativeKeywords: false,
  narrativeRule: false,
  pointShareField: null,
};

let pending: Promise<Capabilities> | null = null;

export function namedType(ref: TypeRef | null | undefined): string | null {
  while (ref && !ref.name) ref = ref.ofType;
  return ref?.name ?? null;
}

async function typesByName(names: string[]): Promise<Record<string, TypeInfo | null>> {
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

async function detect(): Promise<Capabilities> {
  try {
    const t = await typesByName(['Query', 'Claim', 'Narrative', 'TrendPoint']);
    const queryFields = new Map((t.Query?.fields ?? []).map((f) => [f.name, f]));
    const trends = queryFields.get('narrativeTrends');
    const spikes = queryFields.get('spikes');
    const preview = queryFields.get('previewRule');
    const claimFields = new Map((t.Claim?.fields ?? []).map((f) => [f.name, f]));
    const narrativeFields = new Set((t.Narrative?.fields ?? []).map((f) => f.name));
    const suggestionsType = namedType(claimFields.get('suggestions')?.type);
    let claimSuggestions = false;
    if (suggestionsType) {
      const st = (await typesByName([suggestionsType]))[suggestionsType];
      const names = new Set((st?.fields ?? []).map((f) => f.name));
      claimSuggestions = ['narrative', 'score', 'stance', 'evidence'].every((n) => names.has(n));
    }
    let spikesCap: Capabilities['spikes'] = null;
    const spikeType = spikes ? namedType(spikes.type) : null;
    if (spikes && spikeType) {
      const st = (await typesByName([spikeType]))[spikeType];
      const names = new Set((st?.fields ?? []).map((f) => f.name));
      const narrativeField = names.has('narrativeId') ? 'narrativeId' : names.has('narrative') ? 'narrative { id }' : null;
      if (narrativeField && ['bucket', 'count', 'expected', 'score'].every((n) => names.has(n))) {
        spikesCap = { args: (spikes.args ?? []).map((a) => a.name), narrativeField };
      }
    }
    let previewRule: Capabilities['previewRule'] = null;
    if (preview) {
      const typeName = namedType(preview.type);
      previewRule = { args: (preview.args ?? []).map((a) => a.name), fields: typeName ? await selectionFor(typeName) : '__typename' };
    }
    return {
      introspection: true,
      trendsNormalize: !!trends?.args?.some((a) => a.name === 'normalize'),
      trendsGroupLimit: !!trends?.args?.some((a) => a.name === 'groupLimit'),
      spikes: spikesCap,
      narrativeStats: !!queryFields.get('narrativeStats')?.args?.some((a) => a.name === 'narrativeId'),
      previewRule,
      claimSuggestions,
      narrativeKeywords: narrativeFields.has('keywords'),
      narrativeRule: narrativeFields.has('rule'),
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
