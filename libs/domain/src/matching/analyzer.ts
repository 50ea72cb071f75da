import { canonicalLanguage } from '../text/language-code.js';
import { normalizeText } from '../text/normalize.js';
import { CONCEPTS, CONFLICT_ANCHORS, NEGATION_FRAMES, NEGATION_RULES, PAIR_RULES, type ConceptDef, type CueDef } from './lexicon.js';
import { stemToken, type Lang } from './stemmers.js';

export type { Lang } from './stemmers.js';

// ── language ───────────────────────────────────────────────────────────────────────────────

const OUR_LANGUAGES: ReadonlySet<string> = new Set<Lang>(['en', 'ru', 'uk']);

const UK_ONLY = /[іїєґ]/;
const RU_ONLY = /[ыэъ]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const UK_WORDS = new Set(['що', 'це', 'як', 'та', 'від', 'він', 'вона', 'які', 'але', 'також', 'щодо', 'через', 'його', 'коли', 'після']);
const RU_WORDS = new Set(['что', 'это', 'как', 'от', 'он', 'она', 'которые', 'но', 'также', 'через', 'его', 'когда', 'после', 'уже']);

/** Maps a caller's language code to one of ours, or detects it from the text's script and letters. */
export function resolveLanguage(text: string, language?: string | null): Lang {
  if (language) {
    // a code as we spell it ("en") needs no trimming, lower-casing or splitting (done per claim)
    if (OUR_LANGUAGES.has(language)) return language as Lang;
    const code = canonicalLanguage(language);
    if (OUR_LANGUAGES.has(code)) return code as Lang;
  }
  return detectScriptLanguage(text);
}

function detectScriptLanguage(text: string): Lang {
  let cyr = 0;
  let lat = 0;
  let ukLetters = 0;
  let ruLetters = 0;
  for (const ch of text.toLowerCase()) {
    if (CYRILLIC.test(ch)) {
      cyr++;
      if (UK_ONLY.test(ch)) ukLetters++;
      else if (RU_ONLY.test(ch)) ruLetters++;
    } else if (LATIN.test(ch)) lat++;
  }
  if (cyr <= lat) return 'en';
  if (ukLetters > ruLetters) return 'uk';
  if (ruLetters > ukLetters) return 'ru';
  let uk = 0;
  let ru = 0;
  for (const w of text.toLowerCase().split(/[^\p{L}']+/u)) {
    if (UK_WORDS.has(w)) uk++;
    if (RU_WORDS.has(w)) ru++;
  }
  return uk > ru ? 'uk' : 'ru';
}

// ── tokens ─────────────────────────────────────────────────────────────────────────────────

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:'[\p{L}\p{M}]+)*/gu;
/** "US"/"U.S." the country, before lower-casing turns it into the pronoun "us". */
const US_RE = /\bU\.?S\.?(?:A\.?)?(?![\p{L}])/gu;
const HAS_US_RE = new RegExp(US_RE.source, 'u');

/** Normalised word tokens in order; hyphenated words split; English possessive 's dropped. */
export function tokenizeForMatching(text: string): string[] {
  return tokenizeWithGaps(text).tokens;
}

const SPACE_RE = /\s+/g;

/**
 * Tokens plus the punctuation written before each of them (`gaps[i]`, spaces removed; `gaps[n]`
 * is what follows the last token). A hyphen inside a word ("neo-Nazi") is no gap; a dash between
 * spaces is. Stance detection reads clause breaks, speaker labels and quotes from the gaps.
 */
export function tokenizeWithGaps(text: string, normalized?: string): { tokens: string[]; gaps: string[] } {
  // the caller's normalised text serves unless "U.S." has to be told from "us" first
  const norm = normalized !== undefined && !HAS_US_RE.test(text) ? normalized : normalizeText(text.replace(US_RE, ' USA '));
  const tokens: string[] = [];
  const gaps: string[] = [];
  const len = norm.length;
  let last = 0;
  // Plain ASCII words are read char by char; the regex (whose match array costs an allocation
  // per token) reads from anything non-ASCII or an apostrophe on, to the same tokens. Nothing
  // skipped before `pos` can start a token: ASCII other than letters and digits cannot.
  let pos = 0;
  while (pos < len) {
    const c = norm.charCodeAt(pos);
    if (c < 0x80 && !isAsciiWordChar(c)) {
      pos++;
      continue;
    }
    let start = pos;
    let end = pos + 1;
    let t: string;
    if (c < 0x80) while (end < len && isAsciiWordChar(norm.charCodeAt(end))) end++;
    const after = end < len ? norm.charCodeAt(end) : 0;
    if (c < 0x80 && after < 0x80 && after !== 0x27 /* ' */) {
      t = norm.slice(start, end);
    } else {
      TOKEN_RE.lastIndex = pos;
      const m = TOKEN_RE.exec(norm);
      if (m === null) break;
      start = m.index;
      t = m[0];
      end = start + t.length;
      if (t.endsWith("'s") && /^[a-z]/.test(t)) t = t.slice(0, -2);
    }
    gaps.push(gapOf(norm, last, start));
    tokens.push(t);
    last = pos = end;
  }
  gaps.push(gapOf(norm, last, len));
  return { tokens, gaps };
}

/** 0-9, A-Z, a-z */
function isAsciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

function gapOf(norm: string, from: number, to: number): string {
  if (to - from === 1) {
    const ch = norm[from]!;
    return ch === ' ' || ch === '-' ? '' : ch;
  }
  if (to === from) return '';
  return norm.slice(from, to).replace(SPACE_RE, '');
}

/** Punctuation that ends a clause (a negation does not reach across it). */
const CLAUSE_BREAK_RE = /[.,;:!?()"\-…\/|]/;

export function isClauseBreak(gap: string | undefined): boolean {
  return gap !== undefined && gap.length > 0 && CLAUSE_BREAK_RE.test(gap);
}

// ── stop words (kept for phrase and cue matching, left out of term features) ───────────────

const STOP_EN =
  'a an the and or but if then than so as of to in on at by for from with without into onto over under about after before between during through against among upon within across ' +
  'is are was were be been being am do does did doing have has had having will would shall should can could may might must ' +
  'i you he she it we they me him her us them my your his its our their this that these those there here who whom whose which what when where why how ' +
  'not no nor all any both each few more most other some such only own same too very just also even still yet again ever already now ' +
  'said says say told according reported reports report claims claim claimed week weeks day days month months year years today yesterday time times ' +
  'one two three four five six seven eight nine ten first second new many much another every while since until because though although whether via per ' +
  'mr mrs ms de la le news update latest breaking';
const STOP_RU =
  'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между ' +
  'это этих эта которые который которая которых также заявил заявила заявили сообщил сообщила сообщили сообщает году года день дня время неделе неделю месяц лет сегодня вчера';
const STOP_UK =
  'і й та в у на з із зі до від по за для про під над між через при без як що це цей ця ці цього цієї цих той та ті того тієї тих він вона воно вони його її їх їм йому їй ми ви я ти нас вас нам вам мене тебе себе свій своя свої свого своїх ' +
  'не ні так але а або чи якщо коли де куди тут там тепер вже ще теж також навіть лише тільки вже бо адже щоб аби хоч хоча був була було були буде будуть є бути може можна треба має мають ' +
  'який яка яке які якого якої яких котрий один два три після перед більше менше дуже все всі весь вся всього всіх кожен інші інший ' +
  'заявив заявила заявили повідомив повідомила повідомили повідомляє році року день дня час тижні тиждень місяць років сьогодні вчора';

const STOPWORDS = new Set([...STOP_EN.split(' '), ...STOP_RU.split(' '), ...STOP_UK.split(' ')]);

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

// ── transliteration (char n-grams meet across scripts on cognates: НАТО/nato, санкции/sanctions) ─

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'e', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'u', я: 'ja', "'": '',
};

export function transliterate(token: string): string {
  let out = '';
  for (const ch of token) out += TRANSLIT[ch] ?? ch;
  return out;
}

// ── compiled pattern tables ────────────────────────────────────────────────────────────────

interface PatternToken {
  text: string;
  prefix: boolean;
}

interface Phrase {
  id: number;
  tokens: PatternToken[];
}

export interface Span {
  id: number;
  start: number;
  /** exclusive */
  end: number;
}

function parsePattern(pattern: string): PatternToken[] {
  return pattern
    .replace(/-/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .map((t) => (t.endsWith('*') ? { text: t.slice(0, -1), prefix: true } : { text: t, prefix: false }));
}

function tokenMatches(p: PatternToken, token: string): boolean {
  return p.prefix ? token.startsWith(p.text) : token === p.text;
}

/** Phrases that share a first token, split by their second token so that a common first word ("не", "not") stays cheap. */
export interface Bucket {
  single: Phrase[];
  bySecond: Map<string, Phrase[]>;
  secondPrefix: Phrase[];
}

function emptyBucket(): Bucket {
  return { single: [], bySecond: new Map(), secondPrefix: [] };
}

/**
 * A table of phrases (each a sequence of exact or prefix tokens) compiled for fast matching:
 * phrases are indexed by their first token (exact text or prefix) and, under it, by an exact
 * second token; the buckets a token can start are cached per token.
 */
export class PatternTable {
  private readonly exact = new Map<string, Bucket>();
  private readonly prefixes = new Map<string, Bucket>();
  private readonly cache = new Map<string, readonly Bucket[]>();
  private maxPrefix = 0;

  constructor(entries: ReadonlyArray<{ id: number; patterns: readonly string[] }>) {
    for (const { id, patterns } of entries) {
      for (const pattern of patterns) {
        const tokens = parsePattern(pattern);
        if (tokens.length === 0) continue;
        const first = tokens[0]!;
        if (first.prefix && first.text.length < 2) throw new Error(`pattern prefix too short: ${pattern}`);
        const map = first.prefix ? this.prefixes : this.exact;
        let bucket = map.get(first.text);
        if (!bucket) map.set(first.text, (bucket = emptyBucket()));
        const phrase = { id, tokens };
        const second = tokens[1];
        if (!second) bucket.single.push(phrase);
        else if (second.prefix) bucket.secondPrefix.push(phrase);
        else {
          const list = bucket.bySecond.get(second.text);
          if (list) list.push(phrase);
          else bucket.bySecond.set(second.text, [phrase]);
        }
        if (first.prefix) this.maxPrefix = Math.max(this.maxPrefix, first.text.length);
      }
    }
  }

  private starts(token: string): readonly Bucket[] {
    let hit = this.cache.get(token);
    if (hit) return hit;
    hit = this.startsOf(token);
    if (this.cache.size > 200_000) this.cache.clear();
    this.cache.set(token, hit);
    return hit;
  }

  /** The buckets of phrases a token can start, worked out (not cached: see `matchStarts`). */
  startsOf(token: string): readonly Bucket[] {
    const found: Bucket[] = [];
    const ex = this.exact.get(token);
    if (ex) found.push(ex);
    const max = Math.min(token.length, this.maxPrefix);
    for (let len = 2; len <= max; len++) {
      const b = this.prefixes.get(token.slice(0, len));
      if (b) found.push(b);
    }
    return found.length === 0 ? NO_BUCKETS : found;
  }

  /** Every phrase occurrence in the tokens (overlaps allowed; one span per id and start, the longest). */
  match(tokens: readonly string[]): Span[] {
    const starts = this.startsScratch;
    for (let i = 0; i < tokens.length; i++) starts[i] = this.starts(tokens[i]!);
    return this.matchStarts(tokens, starts);
  }

  private readonly startsScratch: Array<readonly Bucket[]> = [];

  /**
   * `match` for a caller that keeps each token's `startsOf` itself (the analyzer caches it with
   * the token's other data, so a token is looked up once): `starts[i]` belongs to `tokens[i]`.
   */
  matchStarts(tokens: readonly string[], starts: ReadonlyArray<readonly Bucket[]>): Span[] {
    const spans: Span[] = [];
    const len = tokens.length;
    for (let i = 0; i < len; i++) {
      const buckets = starts[i]!;
      if (buckets.length === 0) continue;
      const from = spans.length;
      const next = i + 1 < len ? tokens[i + 1]! : undefined;
      for (const b of buckets) {
        for (const ph of b.single) record(spans, from, ph.id, i, i + 1);
        if (next === undefined) continue;
        const two = b.bySecond.get(next);
        if (two) for (const ph of two) if (rest(ph, tokens, i, 2)) record(spans, from, ph.id, i, i + ph.tokens.length);
        for (const ph of b.secondPrefix) if (rest(ph, tokens, i, 1)) record(spans, from, ph.id, i, i + ph.tokens.length);
      }
    }
    return spans;
  }
}

const NO_BUCKETS: readonly Bucket[] = [];

/** Tokens k.. of the phrase match the text from position i + k. */
function rest(ph: Phrase, tokens: readonly string[], i: number, k: number): boolean {
  const n = ph.tokens.length;
  if (i + n > tokens.length) return false;
  for (; k < n; k++) if (!tokenMatches(ph.tokens[k]!, tokens[i + k]!)) return false;
  return true;
}

/** Adds a span, or lengthens the one this id already has at this start (spans from `from` on start here). */
function record(spans: Span[], from: number, id: number, start: number, end: number): void {
  for (let j = from; j < spans.length; j++) {
    const s = spans[j]!;
    if (s.id === id) {
      if (s.end < end) s.end = end;
      return;
    }
  }
  spans.push({ id, start, end });
}

/** Every alternative of a set of patterns in the three languages (a cue list, a concept, a place). */
export function cuePatterns(def: CueDef): string[] {
  return [def.en, def.ru, def.uk].flatMap((s) => s.split('|'));
}

// ── concepts ───────────────────────────────────────────────────────────────────────────────

export interface CompiledConcept {
  index: number;
  id: string;
  group: string | null;
  weight: number;
  side: ConceptDef['side'] | null;
  /** names a topic or an actor rather than a claim about it */
  topic: boolean;
  /** places a claim in the war: an actor or one of CONFLICT_ANCHORS */
  anchor: boolean;
  /** dense number of the concept's group, or of the concept itself when it has none (for array-indexed lookups) */
  groupIndex: number;
  /** bit of the concept's side (0 for concepts without one) */
  sideBit: number;
  /** number of the concept's feature `k:<id>` (the same in every FeatureTable) */
  feature: number;
  /** number of its group's feature `g:<group>`, or -1 */
  groupFeature: number;
}

const GROUP_NUMBERS = new Map<string, number>();
const SIDE_BITS: Record<NonNullable<ConceptDef['side']>, number> = { UA: 1, WEST: 2, RU: 4, CHECK: 8 };

export const CONCEPT_LIST: readonly CompiledConcept[] = CONCEPTS.map((c, index) => {
  const g = c.group ?? `=${c.id}`;
  let groupIndex = GROUP_NUMBERS.get(g);
  if (groupIndex === undefined) GROUP_NUMBERS.set(g, (groupIndex = GROUP_NUMBERS.size));
  return {
    index,
    id: c.id,
    group: c.group ?? null,
    weight: c.weight ?? 1,
    side: c.side ?? null,
    topic: c.topic === true || c.side !== undefined,
    anchor: c.side !== undefined || CONFLICT_ANCHORS.has(c.id),
    groupIndex,
    sideBit: c.side ? SIDE_BITS[c.side] : 0,
    feature: -1,
    groupFeature: -1,
  };
});

/** Number of distinct group numbers (`CompiledConcept.groupIndex` < GROUP_COUNT). */
export const GROUP_COUNT = GROUP_NUMBERS.size;

export const CONCEPT_TABLE = new PatternTable(
  CONCEPTS.map((c, index) => ({ id: index, patterns: cuePatterns(c) })),
);

// ── feature numbering ──────────────────────────────────────────────────────────────────────

/**
 * Feature strings (`k:<concept>`, `g:<group>`, `t:<stem>`, `c:<gram>`) numbered densely, so that a
 * claim's vectors are built in flat arrays (no Map, no string keys per claim) and the matcher's
 * indexes are looked up by number. Stems and n-grams are open-ended, so once the table holds
 * `featureLimit` of them it is replaced by a fresh one (see `analyze`); whoever keeps numbers
 * (the matcher's indexes) checks `currentFeatureTable()` and renumbers. Concept and group features
 * are numbered first, in the same order, so their numbers are the same in every table.
 */
export class FeatureTable {
  private readonly ids = new Map<string, number>();
  /** feature string by number */
  readonly names: string[] = [];

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  /** the number of a feature already in the table, or undefined */
  find(name: string): number | undefined {
    return this.ids.get(name);
  }

  get size(): number {
    return this.names.length;
  }
}

let featureLimit = 500_000;

/**
 * Sets how many features a table may hold before `analyze` starts a fresh one, and returns the
 * previous limit. For tests of the renumbering (not exported from the package).
 */
export function setFeatureLimit(limit: number): number {
  const previous = featureLimit;
  featureLimit = limit;
  return previous;
}

function newFeatureTable(): FeatureTable {
  const table = new FeatureTable();
  for (const c of CONCEPT_LIST) table.id(`k:${c.id}`);
  for (const c of CONCEPT_LIST) if (c.group) table.id(`g:${c.group}`);
  return table;
}

let featureTable = newFeatureTable();
for (const c of CONCEPT_LIST) {
  c.feature = featureTable.id(`k:${c.id}`);
  c.groupFeature = c.group ? featureTable.id(`g:${c.group}`) : -1;
}

/** The table that numbers the features of analyses made from now on. */
export function currentFeatureTable(): FeatureTable {
  return featureTable;
}

/** A sparse vector over the features of one FeatureTable: numbers in first-seen order, their weights and the Euclidean norm. */
export interface FeatureVec {
  ids: number[];
  weights: number[];
  norm: number;
}

/**
 * Scratch for building a vector: a weight and a stamp per feature number, so a feature seen
 * again is found without a Map (stamps: nothing is cleared between analyses).
 */
let scratchWeight = new Float64Array(1 << 14);
let scratchMark = new Uint32Array(1 << 14);
let scratchStamp = 0;

function nextScratchStamp(): number {
  if (featureTable.size > scratchMark.length) {
    const cap = Math.max(featureTable.size, scratchMark.length * 2);
    scratchWeight = new Float64Array(cap);
    scratchMark = new Uint32Array(cap);
    scratchStamp = 0;
  }
  if (++scratchStamp === 0xffffffff) {
    scratchStamp = 1;
    scratchMark.fill(0);
  }
  return scratchStamp;
}

/** Weights out of the scratch, and the norm summed in first-seen order (as a Map's values would be). */
function finishVec(ids: number[]): FeatureVec {
  const weights = new Array<number>(ids.length);
  let s = 0;
  for (let i = 0; i < ids.length; i++) {
    const w = scratchWeight[ids[i]!]!;
    weights[i] = w;
    s += w * w;
  }
  return { ids, weights, norm: Math.sqrt(s) };
}

function vecToMap(table: FeatureTable, v: FeatureVec): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < v.ids.length; i++) m.set(table.names[v.ids[i]!]!, v.weights[i]!);
  return m;
}

// ── analysis ───────────────────────────────────────────────────────────────────────────────

export interface ConceptMatch {
  concept: CompiledConcept;
  /** made by a negation frame or a pair rule from other words, not matched as a phrase of its own */
  derived?: boolean;
  /** the words that matched, as written in the normalised text */
  form: string;
  start: number;
  end: number;
}

export interface Analysis {
  readonly lang: Lang;
  readonly tokens: string[];
  readonly concepts: ConceptMatch[];
  /** the three vectors below as feature numbers of `table` (what the matcher reads) */
  readonly table: FeatureTable;
  readonly conceptFeatures: FeatureVec;
  readonly termFeatures: FeatureVec;
  readonly gramFeatures: FeatureVec;
  /** concept and concept-group features: `k:<id>`, `g:<group>` (a Map built on first read) */
  readonly conceptVec: Map<string, number>;
  /** stemmed content words: `t:<stem>` (built on first read) */
  readonly termVec: Map<string, number>;
  /** character 4-grams of transliterated content words: `c:<gram>` (built on first read) */
  readonly gramVec: Map<string, number>;
  /** punctuation before each token (`gaps[tokens.length]`: after the last), spaces removed */
  readonly gaps: string[];
}

/** An Analysis whose string-keyed vectors are made only when read (the matcher reads the numbered ones). */
class TextAnalysis implements Analysis {
  private conceptMap?: Map<string, number>;
  private termMap?: Map<string, number>;
  private gramMap?: Map<string, number>;

  constructor(
    readonly lang: Lang,
    readonly tokens: string[],
    readonly concepts: ConceptMatch[],
    readonly table: FeatureTable,
    readonly conceptFeatures: FeatureVec,
    readonly termFeatures: FeatureVec,
    readonly gramFeatures: FeatureVec,
    readonly gaps: string[],
  ) {}

  get conceptVec(): Map<string, number> {
    return (this.conceptMap ??= vecToMap(this.table, this.conceptFeatures));
  }

  get termVec(): Map<string, number> {
    return (this.termMap ??= vecToMap(this.table, this.termFeatures));
  }

  get gramVec(): Map<string, number> {
    return (this.gramMap ??= vecToMap(this.table, this.gramFeatures));
  }
}

/**
 * What the analyzer keeps per distinct token, so that a token is looked up once per analysis:
 * the concept phrases it can start and its lexical features per stemming language (made on first use).
 */
interface TokenEntry {
  starts: readonly Bucket[];
  en?: LexicalToken;
  ru?: LexicalToken;
  uk?: LexicalToken;
}

const tokenCache = new Map<string, TokenEntry>();
const TOKEN_CACHE_LIMIT = 200_000;

function tokenEntry(token: string): TokenEntry {
  let e = tokenCache.get(token);
  if (e === undefined) {
    if (tokenCache.size > TOKEN_CACHE_LIMIT) tokenCache.clear();
    e = { starts: CONCEPT_TABLE.startsOf(token), en: undefined, ru: undefined, uk: undefined };
    tokenCache.set(token, e);
  }
  return e;
}

/** What a token adds to the term and gram vectors: feature numbers in `featureTable` (no term: a stop word). */
interface LexicalToken {
  term: number;
  grams: readonly number[];
  weight: number;
}


function tokenLang(token: string, docLang: Lang): Lang {
  const first = token.charCodeAt(0);
  if (first < 0x0400 || first > 0x04ff) return 'en';
  if (docLang !== 'en') return docLang;
  return UK_ONLY.test(token) ? 'uk' : 'ru';
}

const NO_LEXICAL: LexicalToken = { term: -1, grams: [], weight: 0 };

/**
 * Token weight for lexical features: generic actor and war words count for little. Read from the
 * concept phrases the token's cache entry already holds (a one-word phrase gives its weight).
 */
function tokenWeight(entry: TokenEntry, token: string): number {
  let w = 1;
  for (const span of CONCEPT_TABLE.matchStarts([token], [entry.starts])) {
    if (span.end - span.start === 1) w = Math.min(w, Math.max(0.3, CONCEPT_LIST[span.id]!.weight));
  }
  return w;
}

/** The token's lexical features, from its cache entry (per language: a token's stem depends on it). */
function lexical(entry: TokenEntry, token: string, docLang: Lang): LexicalToken {
  const lang = tokenLang(token, docLang);
  const hit = lang === 'en' ? entry.en : lang === 'ru' ? entry.ru : entry.uk;
  if (hit) return hit;
  let lx: LexicalToken;
  if (STOPWORDS.has(token) || token.length < 2 || /^\d+$/.test(token)) {
    lx = NO_LEXICAL;
  } else {
    const stem = stemToken(token, lang);
    const tr = `_${transliterate(stem.length >= 4 ? stem : token)}_`;
    const grams: number[] = [];
    if (tr.length <= 5) grams.push(featureTable.id(`c:${tr}`));
    else for (let i = 0; i + 4 <= tr.length; i++) grams.push(featureTable.id(`c:${tr.slice(i, i + 4)}`));
    lx = { term: featureTable.id(`t:${stem}`), grams, weight: tokenWeight(entry, token) };
  }
  if (lang === 'en') entry.en = lx;
  else if (lang === 'ru') entry.ru = lx;
  else entry.uk = lx;
  return lx;
}

/**
 * A word inside a longer phrase of another concept means what the phrase means: "losing" in
 * "losing interest" is abandonment, not defeat. Actor concepts are always kept.
 */
function dropNested(spans: Span[]): Span[] {
  if (!spans.some((s) => s.end - s.start > 1)) return spans; // (most claims: no array made)
  const long = spans.filter((s) => s.end - s.start > 1);
  return spans.filter((s) => {
    if (CONCEPT_LIST[s.id]!.side) return true;
    const len = s.end - s.start;
    return !long.some((l) => l.id !== s.id && l.end - l.start > len && l.start <= s.start && s.end <= l.end);
  });
}

// ── negation and modality frames ───────────────────────────────────────────────────────────

const FRAME_KINDS = Object.keys(NEGATION_FRAMES) as Array<keyof typeof NEGATION_FRAMES>;
/** at most this many content words between a frame and its concept (unless a rule says otherwise) */
const FRAME_GAP_WORDS = 2;
const FRAME_TABLE = new PatternTable(FRAME_KINDS.map((kind, id) => ({ id, patterns: cuePatterns(NEGATION_FRAMES[kind]) })));
const CONCEPT_INDEX = new Map(CONCEPT_LIST.map((c) => [c.id, c.index]));
/** concept index → [frame kind index, derived concept index, content words allowed between] */
const FRAME_RULES = new Map<number, Array<[number, number, number]>>();
for (const rule of NEGATION_RULES) {
  const derived = CONCEPT_INDEX.get(rule.derive);
  if (derived === undefined) throw new Error(`negation rule derives unknown concept ${rule.derive}`);
  for (const t of rule.targets) {
    const target = CONCEPT_INDEX.get(t);
    if (target === undefined) throw new Error(`negation rule targets unknown concept ${t}`);
    const list = FRAME_RULES.get(target) ?? [];
    for (const f of rule.frames) list.push([FRAME_KINDS.indexOf(f), derived, rule.maxWords ?? (f === 'refusal' ? 0 : FRAME_GAP_WORDS)]);
    FRAME_RULES.set(target, list);
  }
}
const AFTER = FRAME_KINDS.indexOf('after');

/** True when tokens[from, to) hold no clause break and at most FRAME_GAP_WORDS content words. */
function closeEnough(tokens: readonly string[], gaps: readonly string[], from: number, to: number, maxWords = FRAME_GAP_WORDS): boolean {
  if (to < from || to - from > 4) return false;
  let words = 0;
  for (let i = from; i < to; i++) {
    if (isClauseBreak(gaps[i])) return false;
    if (!STOPWORDS.has(tokens[i]!) && ++words > maxWords) return false;
  }
  return !isClauseBreak(gaps[to]);
}

/**
 * Adds a derived concept span for every target concept that a negation or modality frame governs:
 * "не хочуть давати" (unwilling + give) → aid_denied over the whole phrase, so stance detection
 * reads the negation as part of the claim, not as a denial of it.
 */
function deriveFromFrames(tokens: readonly string[], gaps: readonly string[], spans: Span[]): void {
  let frames: Span[] | undefined;
  const n = spans.length;
  for (let k = 0; k < n; k++) {
    const s = spans[k]!;
    const rules = FRAME_RULES.get(s.id);
    if (!rules) continue;
    frames ??= FRAME_TABLE.match(tokens);
    if (frames.length === 0) return;
    for (const [kind, derived, maxWords] of rules) {
      for (const f of frames) {
        if (f.id !== kind) continue;
        const ok = kind === AFTER ? f.start >= s.end && closeEnough(tokens, gaps, s.end, f.start, maxWords) : f.end <= s.start && closeEnough(tokens, gaps, f.end, s.start, maxWords);
        if (!ok) continue;
        const start = Math.min(f.start, s.start);
        const end = Math.max(f.end, s.end);
        if (!spans.some((o) => o.id === derived && o.start <= start && o.end >= end)) spans.push({ id: derived, start, end });
      }
    }
  }
}

const PAIRS = PAIR_RULES.map((r) => {
  const ids = (xs: readonly string[]) =>
    new Set(
      xs.map((x) => {
        const i = CONCEPT_INDEX.get(x);
        if (i === undefined) throw new Error(`pair rule names unknown concept ${x}`);
        return i;
      }),
    );
  const derive = CONCEPT_INDEX.get(r.derive);
  if (derive === undefined) throw new Error(`pair rule derives unknown concept ${r.derive}`);
  return { a: ids(r.a), b: ids(r.b), derive };
});

/** Adds the concept a pair rule derives from two nearby concepts ("cut" … "aid" → aid denied). */
function deriveFromPairs(tokens: readonly string[], gaps: readonly string[], spans: Span[]): void {
  const n = spans.length;
  for (const rule of PAIRS) {
    for (let i = 0; i < n; i++) {
      const x = spans[i]!;
      if (!rule.a.has(x.id)) continue;
      for (let j = 0; j < n; j++) {
        const y = spans[j]!;
        if (!rule.b.has(y.id)) continue;
        const near = x.end <= y.start ? closeEnough(tokens, gaps, x.end, y.start) : y.end <= x.start && closeEnough(tokens, gaps, y.end, x.start);
        if (!near) continue;
        const start = Math.min(x.start, y.start);
        const end = Math.max(x.end, y.end);
        if (!spans.some((o) => o.id === rule.derive && o.start <= start && o.end >= end)) spans.push({ id: rule.derive, start, end });
      }
    }
  }
}

/** Share of a concept's weight given to its group feature. */
export const GROUP_SHARE = 0.8;
/**
 * Share of a topic concept's weight in the concept vector: a claim that shares only a topic with
 * a narrative or an example ("the EU adopted a sanctions package") is less alike than one that
 * shares its claim. 0.5 chosen by leave-one-set-out (1.0 and 0.6 let more off-topic claims in).
 */
export const TOPIC_VECTOR_SHARE = 0.5;

/** The tokens' lexical features and concept buckets in the analysis under way (reused: analyses do not overlap). */
const lexiconScratch: LexicalToken[] = [];
const startsScratch: Array<readonly Bucket[]> = [];

/**
 * Full analysis of one text: tokens, concept matches and the three sparse feature vectors.
 * `normalized`, when given, must be `normalizeText(text)`.
 */
export function analyze(text: string, language?: string | null, normalized?: string): Analysis {
  if (featureTable.size > featureLimit) {
    // a fresh table, before this analysis numbers anything; cached numbers go with the old one
    featureTable = newFeatureTable();
    tokenCache.clear();
  }
  const lang = resolveLanguage(text, language);
  const { tokens, gaps } = tokenizeWithGaps(text, normalized);
  // one cache lookup per token gives both its concept phrases and its lexical features
  // (lexical() may number new features, so the vector scratch is sized after this loop)
  const n = tokens.length;
  const lexicon = lexiconScratch;
  const starts = startsScratch;
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    const entry = tokenEntry(token);
    starts[i] = entry.starts;
    lexicon[i] = lexical(entry, token, lang);
  }
  const spans = dropNested(CONCEPT_TABLE.matchStarts(tokens, starts));
  const matched = spans.length;
  deriveFromFrames(tokens, gaps, spans);
  deriveFromPairs(tokens, gaps, spans);
  const concepts: ConceptMatch[] = [];
  const stamp = nextScratchStamp();
  const weight = scratchWeight;
  const mark = scratchMark;
  const conceptIds: number[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const concept = CONCEPT_LIST[s.id]!;
    const form = s.end - s.start === 1 ? tokens[s.start]! : tokens.slice(s.start, s.end).join(' ');
    const m: ConceptMatch = { concept, form, start: s.start, end: s.end };
    if (i >= matched) m.derived = true;
    concepts.push(m);
    const k = concept.feature;
    // a topic shared with a narrative is weaker evidence than a shared claim
    const w = concept.topic && !concept.side ? TOPIC_VECTOR_SHARE * concept.weight : concept.weight;
    // repeated mentions add a little, never more than 1.5 × weight
    if (mark[k] !== stamp) {
      mark[k] = stamp;
      weight[k] = w;
      conceptIds.push(k);
    } else weight[k] = Math.min(weight[k]! + 0.25 * w, 1.5 * w);
    if (concept.group) {
      const g = concept.groupFeature;
      if (mark[g] !== stamp) {
        mark[g] = stamp;
        weight[g] = Math.max(0, GROUP_SHARE * w);
        conceptIds.push(g);
      } else weight[g] = Math.max(weight[g]!, GROUP_SHARE * w);
    }
  }
  const termIds: number[] = [];
  const gramIds: number[] = [];
  for (let i = 0; i < n; i++) {
    const lx = lexicon[i]!;
    if (lx.term < 0) continue;
    const lw = lx.weight;
    if (mark[lx.term] !== stamp) {
      mark[lx.term] = stamp;
      weight[lx.term] = Math.max(0, lw);
      termIds.push(lx.term);
    } else weight[lx.term] = Math.max(weight[lx.term]!, lw);
    const grams = lx.grams;
    for (let j = 0; j < grams.length; j++) {
      const g = grams[j]!;
      if (mark[g] !== stamp) {
        mark[g] = stamp;
        weight[g] = Math.max(0, lw);
        gramIds.push(g);
      } else weight[g] = Math.max(weight[g]!, lw);
    }
  }
  return new TextAnalysis(lang, tokens, concepts, featureTable, finishVec(conceptIds), finishVec(termIds), finishVec(gramIds), gaps);
}
