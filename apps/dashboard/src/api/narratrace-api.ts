/** Every operation the dashboard sends, as small typed functions. */
import { capabilities, type Capabilities } from './capabilities';
import { graphql, graphqlRaw, GraphQLRequestError, describeErrors } from './graphql-client';
import type {
  Claim, ClaimConnection, ClaimFilter, ClaimTag, FirstSeen, Granularity, Narrative, Source, Spike, Stance, Suggestion,
  TagStatus, TrendGroupBy, TrendSeries,
} from './types';

const NARRATIVE_FIELDS = 'id slug name description parent { id slug name } children { id slug name }';
const TAG_FIELDS = 'id status origin stance confidence taggedBy updatedAt narrative { id name slug }';
/** A tag with the evidence stored for it, when the server has ClaimTag.evidence. */
const tagFields = (caps: Capabilities): string => `${TAG_FIELDS}${caps.tagEvidence ? ' evidence' : ''}`;
const TREND_FIELDS = 'narrative { id name slug } group total points { bucket count }';

function claimFields(caps: Capabilities): string {
  const suggestions = caps.claimSuggestions ? ' suggestions { narrative { id name slug } score stance evidence }' : '';
  return `id text language publishedAt claimant source { id name platform } document { id url title${caps.documentAuthor ? ' author' : ''} } tags { ${tagFields(caps)} }${suggestions}`;
}

export async function fetchNarratives(signal?: AbortSignal): Promise<Narrative[]> {
  const caps = await capabilities();
  const extra = `${caps.narrativeKeywords ? ' keywords' : ''}${caps.narrativeRule ? ' rule' : ''}`;
  const data = await graphql<{ narratives: Narrative[] }>(`query DashboardNarratives { narratives { ${NARRATIVE_FIELDS}${extra} } }`, {}, signal);
  return data.narratives;
}

export async function fetchNarrative(id: string, signal?: AbortSignal): Promise<(Narrative & { counts: Record<TagStatus | 'ALL', number> }) | null> {
  const caps = await capabilities();
  const extra = `${caps.narrativeKeywords ? ' keywords' : ''}${caps.narrativeRule ? ' rule' : ''}`;
  const data = await graphql<{ narrative: (Narrative & Record<string, number>) | null }>(
    `query DashboardNarrative($id: ID!) { narrative(id: $id) { ${NARRATIVE_FIELDS}${extra}
      all: claimCount suggested: claimCount(status: SUGGESTED) confirmed: claimCount(status: CONFIRMED) rejected: claimCount(status: REJECTED) } }`,
    { id },
    signal,
  );
  const n = data.narrative;
  if (!n) return null;
  return { ...n, counts: { ALL: n.all, SUGGESTED: n.suggested, CONFIRMED: n.confirmed, REJECTED: n.rejected } };
}

export async function fetchSources(signal?: AbortSignal): Promise<Source[]> {
  const data = await graphql<{ sources: Source[] }>('query DashboardSources { sources { id name platform country } }', {}, signal);
  return data.sources;
}

export interface TrendArgs {
  narrativeIds?: string[] | null;
  from: string;
  to: string;
  granularity: Granularity;
  groupBy?: TrendGroupBy;
  status?: TagStatus[];
  /** with a groupBy: the N loudest groups of each narrative; only for servers that have it (capabilities) */
  groupLimit?: number;
}

function trendArgs(a: TrendArgs, prefix = ''): { decl: string; call: string; vars: Record<string, unknown> } {
  const vars: Record<string, unknown> = {
    [`${prefix}ids`]: a.narrativeIds ?? null,
    [`${prefix}from`]: a.from,
    [`${prefix}to`]: a.to,
    [`${prefix}granularity`]: a.granularity,
    [`${prefix}groupBy`]: a.groupBy ?? 'NONE',
    [`${prefix}status`]: a.status ?? ['CONFIRMED', 'SUGGESTED'],
  };
  let decl = `$${prefix}ids: [ID!], $${prefix}from: DateTime!, $${prefix}to: DateTime!, $${prefix}granularity: Granularity!, $${prefix}groupBy: TrendGroupBy!, $${prefix}status: [TagStatus!]`;
  let call = `narrativeIds: $${prefix}ids, from: $${prefix}from, to: $${prefix}to, granularity: $${prefix}granularity, groupBy: $${prefix}groupBy, status: $${prefix}status`;
  // only sent when asked for, so servers without the argument still validate the query
  if (a.groupLimit !== undefined) {
    decl += `, $${prefix}groupLimit: Int`;
    call += `, groupLimit: $${prefix}groupLimit`;
    vars[`${prefix}groupLimit`] = a.groupLimit;
  }
  return { decl, call, vars };
}

export async function fetchTrends(a: TrendArgs, signal?: AbortSignal): Promise<TrendSeries[]> {
  const t = trendArgs(a);
  const data = await graphql<{ narrativeTrends: TrendSeries[] }>(
    `query DashboardTrends(${t.decl}) { narrativeTrends(${t.call}) { ${TREND_FIELDS} } }`,
    t.vars,
    signal,
  );
  return data.narrativeTrends;
}

/**
 * Server-normalised (share of voice) series when the server has `normalize`; null otherwise so
 * the caller computes shares itself.
 */
export async function fetchNormalizedTrends(a: TrendArgs, signal?: AbortSignal): Promise<TrendSeries[] | null> {
  const caps = await capabilities();
  // without a field for the normalised value there is no telling what `count` would mean
  if (!caps.trendsNormalize || !caps.pointShareField) return null;
  const t = trendArgs(a);
  try {
    const data = await graphql<{ narrativeTrends: TrendSeries[] }>(
      `query DashboardShareOfVoice(${t.decl}) { narrativeTrends(${t.call}, normalize: true) { narrative { id name slug } group total points { bucket count${caps.pointShareField ? ` share: ${caps.pointShareField}` : ''} } } }`,
      t.vars,
      signal,
    );
    return data.narrativeTrends;
  } catch (err) {
    if (err instanceof GraphQLRequestError && !err.isAuth) return null; // fall back to client-side shares
    throw err;
  }
}

/** Spikes from the server when it has the query; null when it does not. */
export async function fetchSpikes(a: { from: string; to: string; narrativeIds: string[]; granularity: Granularity }, signal?: AbortSignal): Promise<Spike[] | null> {
  const caps = await capabilities();
  if (!caps.spikes) return null;
  const decl: string[] = [];
  const call: string[] = [];
  const vars: Record<string, unknown> = {};
  const known: Record<string, [string, unknown]> = {
    from: ['DateTime!', a.from],
    to: ['DateTime!', a.to],
    narrativeIds: ['[ID!]', a.narrativeIds],
    granularity: ['Granularity', a.granularity],
  };
  for (const name of caps.spikes.args) {
    const k = known[name];
    if (!k) continue;
    decl.push(`$${name}: ${k[0]}`);
    call.push(`${name}: $${name}`);
    vars[name] = k[1];
  }
  try {
    const data = await graphql<{ spikes: (Spike & { narrative?: { id: string } })[] }>(
      `query DashboardSpikes${decl.length ? `(${decl.join(', ')})` : ''} { spikes${call.length ? `(${call.join(', ')})` : ''} { ${caps.spikes.narrativeField} bucket count expected score } }`,
      vars,
      signal,
    );
    return data.spikes.map((s) => ({ narrativeId: s.narrativeId ?? s.narrative?.id ?? '', bucket: s.bucket, count: s.count, expected: s.expected, score: s.score }));
  } catch (err) {
    if (err instanceof GraphQLRequestError) return null; // optional feature: never fail the chart
    throw err;
  }
}

export async function fetchClaims(filter: ClaimFilter, first: number, after: string | null, signal?: AbortSignal): Promise<ClaimConnection> {
  const caps = await capabilities();
  const data = await graphql<{ claims: ClaimConnection }>(
    `query DashboardClaims($filter: ClaimFilter, $first: Int, $after: String) {
      claims(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${claimFields(caps)} } } }
    }`,
    { filter: cleanFilter(filter), first, after },
    signal,
  );
  return data.claims;
}

function cleanFilter(filter: ClaimFilter): ClaimFilter | null {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== '' && v !== null && v !== false) out[k] = v;
  return Object.keys(out).length ? (out as ClaimFilter) : null;
}

export async function suggestNarratives(text: string, language: string | undefined, limit = 5): Promise<Suggestion[]> {
  const data = await graphql<{ suggestNarratives: Suggestion[] }>(
    'query DashboardSuggest($text: String!, $language: String, $limit: Int) { suggestNarratives(text: $text, language: $language, limit: $limit) { narrative { id name slug } score stance evidence } }',
    { text, language: language || null, limit },
  );
  return data.suggestNarratives;
}

// ---- tag mutations -------------------------------------------------------------------------

export type TagAction =
  | { kind: 'confirm'; claimId: string; narrativeId: string; stance?: Stance }
  | { kind: 'reject'; claimId: string; narrativeId: string }
  | { kind: 'untag'; claimId: string; narrativeId: string };

export interface TagActionResult { action: TagAction; tag?: ClaimTag; removed?: boolean; error?: GraphQLRequestError }

/**
 * Runs several tag mutations as one GraphQL request (one alias each) so a bulk action is one
 * round trip; each action gets its own result or error.
 */
export async function runTagActions(actions: TagAction[]): Promise<TagActionResult[]> {
  const out: TagActionResult[] = [];
  // servers cap aliases per operation (Narratrace: 50), so large selections go in several requests
  for (let i = 0; i < actions.length; i += MAX_ALIASES) out.push(...(await runTagBatch(actions.slice(i, i + MAX_ALIASES))));
  return out;
}

const MAX_ALIASES = 40;

async function runTagBatch(actions: TagAction[]): Promise<TagActionResult[]> {
  if (!actions.length) return [];
  const decl: string[] = [];
  const body: string[] = [];
  const vars: Record<string, unknown> = {};
  actions.forEach((a, i) => {
    decl.push(`$c${i}: ID!`, `$n${i}: ID!`);
    vars[`c${i}`] = a.claimId;
    vars[`n${i}`] = a.narrativeId;
    if (a.kind === 'confirm') {
      if (a.stance) {
        decl.push(`$s${i}: Stance`);
        vars[`s${i}`] = a.stance;
        body.push(`a${i}: tagClaim(claimId: $c${i}, narrativeId: $n${i}, stance: $s${i}) { ${TAG_FIELDS} }`);
      } else body.push(`a${i}: tagClaim(claimId: $c${i}, narrativeId: $n${i}) { ${TAG_FIELDS} }`);
    } else if (a.kind === 'reject') body.push(`a${i}: rejectTag(claimId: $c${i}, narrativeId: $n${i}) { ${TAG_FIELDS} }`);
    else body.push(`a${i}: untagClaim(claimId: $c${i}, narrativeId: $n${i})`);
  });
  let res;
  try {
    res = await graphqlRaw<Record<string, ClaimTag | boolean | null>>(`mutation DashboardTagActions(${decl.join(', ')}) {\n${body.join('\n')}\n}`, vars);
  } catch (err) {
    const e = err instanceof GraphQLRequestError ? err : new GraphQLRequestError((err as Error).message);
    return actions.map((action) => ({ action, error: e }));
  }
  const errors = res.errors ?? [];
  const globalErrors = errors.filter((e) => !e.path?.length);
  return actions.map((action, i) => {
    const key = `a${i}`;
    const own = errors.filter((e) => e.path?.[0] === key);
    const value = res.data?.[key];
    if (own.length || globalErrors.length || value === null || value === undefined || value === false) {
      const list = own.length ? own : globalErrors;
      return { action, error: new GraphQLRequestError(list.length ? describeErrors(list) : 'The server refused the change', list) };
    }
    return typeof value === 'boolean' ? { action, removed: true } : { action, tag: value };
  });
}

// ---- narratives ----------------------------------------------------------------------------

export interface NarrativeForm { slug?: string; name: string; description?: string | null; parentSlug?: string; keywords?: string[]; rule?: string }

export async function createNarrative(input: NarrativeForm): Promise<Narrative> {
  const data = await graphql<{ createNarrative: Narrative }>(
    `mutation DashboardCreateNarrative($input: NarrativeInput!) { createNarrative(input: $input) { ${NARRATIVE_FIELDS} } }`,
    { input },
  );
  return data.createNarrative;
}

export async function updateNarrative(id: string, input: Omit<NarrativeForm, 'slug'>): Promise<Narrative> {
  const data = await graphql<{ updateNarrative: Narrative }>(
    `mutation DashboardUpdateNarrative($id: ID!, $input: NarrativeUpdateInput!) { updateNarrative(id: $id, input: $input) { ${NARRATIVE_FIELDS} } }`,
    { id, input },
  );
  return data.updateNarrative;
}

export interface RulePreview { count: number | null; sample: Partial<Claim>[]; raw: unknown }

/** Server-side rule preview; null when the server has no previewRule. */
export async function previewRule(rule: string, from: string, to: string, signal?: AbortSignal): Promise<RulePreview | null> {
  const caps = await capabilities();
  if (!caps.previewRule) return null;
  const types: Record<string, [string, unknown]> = { rule: ['String!', rule], from: ['DateTime', from], to: ['DateTime', to] };
  const used = caps.previewRule.args.filter((a) => types[a]);
  const decl = used.map((a) => `$${a}: ${types[a][0]}`).join(', ');
  const call = used.map((a) => `${a}: $${a}`).join(', ');
  const data = await graphql<{ previewRule: Record<string, unknown> | null }>(
    `query DashboardPreviewRule${decl ? `(${decl})` : ''} { previewRule${call ? `(${call})` : ''} { ${caps.previewRule.fields} } }`,
    Object.fromEntries(used.map((a) => [a, types[a][1]])),
    signal,
  );
  const r = data.previewRule ?? {};
  const sample = Array.isArray(r.sample) ? (r.sample as Partial<Claim>[]) : [];
  return { count: typeof r.count === 'number' ? r.count : null, sample, raw: r };
}

/** Fallback preview: full-text search per keyword (counts and a few examples) in one request. */
export async function previewKeywords(keywords: string[], from: string, to: string, signal?: AbortSignal): Promise<{ keyword: string; count: number; sample: Claim[] }[]> {
  const list = keywords.slice(0, 12);
  if (!list.length) return [];
  const caps = await capabilities();
  const decl = list.map((_, i) => `$f${i}: ClaimFilter`).join(', ');
  const body = list
    .map((_, i) => `k${i}: claims(filter: $f${i}, first: 3) { totalCount edges { node { ${claimFields({ ...caps, claimSuggestions: false })} } } }`)
    .join('\n');
  const vars = Object.fromEntries(list.map((k, i) => [`f${i}`, { search: k, from, to }]));
  const data = await graphql<Record<string, { totalCount: number; edges: { node: Claim }[] }>>(`query DashboardKeywordPreview(${decl}) {\n${body}\n}`, vars, signal);
  return list.map((keyword, i) => ({ keyword, count: data[`k${i}`].totalCount, sample: data[`k${i}`].edges.map((e) => e.node) }));
}

export interface NarrativeSpread {
  /** the earliest live claim, null without claims */
  first: FirstSeen | null;
  /** per language / platform, earliest first; null when the server does not tell */
  byLanguage: FirstSeen[] | null;
  byPlatform: FirstSeen[] | null;
  /** the latest live claim (claims come newest first), null without claims */
  last: { at: string; source?: Source; claim?: FirstSeen['claim'] } | null;
}

/**
 * How a narrative spread over all time: its first claim overall and per language and platform
 * (narrativeStats) and its latest claim, in one request; null when the server has no narrativeStats.
 */
export async function fetchNarrativeSpread(narrativeId: string, signal?: AbortSignal): Promise<NarrativeSpread | null> {
  const caps = await capabilities();
  const stats = caps.narrativeStats;
  if (!stats) return null;
  const lists = `${stats.byLanguage ? ` firstSeenByLanguage { ${stats.firstSeen} }` : ''}${stats.byPlatform ? ` firstSeenByPlatform { ${stats.firstSeen} }` : ''}`;
  const data = await graphql<{
    narrativeStats: { firstSeen: FirstSeen | null; firstSeenByLanguage?: FirstSeen[]; firstSeenByPlatform?: FirstSeen[] };
    latest: { edges: { node: Claim }[] };
  }>(
    `query DashboardNarrativeSpread($id: ID!, $filter: ClaimFilter) {
      narrativeStats(narrativeId: $id) { firstSeen { ${stats.firstSeen} }${lists} }
      latest: claims(filter: $filter, first: 1) { edges { node { id text language publishedAt source { id name platform } document { url title } } } }
    }`,
    { id: narrativeId, filter: { narrativeId } },
    signal,
  );
  const s = data.narrativeStats;
  const latest = data.latest.edges[0]?.node;
  return {
    first: s.firstSeen,
    byLanguage: s.firstSeenByLanguage ?? null,
    byPlatform: s.firstSeenByPlatform ?? null,
    last: latest ? { at: latest.publishedAt, source: latest.source, claim: { id: latest.id, text: latest.text, language: latest.language, document: latest.document } } : null,
  };
}
