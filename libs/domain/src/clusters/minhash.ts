import { tokenize } from '../text/tokenize.js';

/**
 * MinHash signatures over word shingles, with LSH banding, for copy-paste amplification.
 *
 * A text's features are its words and its pairs of adjacent words (after `normalizeText`, so
 * case, quotes, emoji and links are already gone), minus leading "BREAKING:"-style markers. The
 * share of equal MinHash values between two signatures estimates the Jaccard similarity of the
 * feature sets. One changed word in a 15-word post keeps it near 0.8; two different claims on the
 * same topic share their topic words but few word pairs and stay under 0.3.
 *
 * Every number below is part of the stored format: changing one changes every signature and band
 * key, so bump SIGNATURE_VERSION with it and recompute what a database stored.
 */
export const SIGNATURE_VERSION = 'mh1';
/** MinHash values per signature. */
export const SIGNATURE_SIZE = 120; // a multiple of 4: minHashValues computes four values at a time
/** Values per LSH band: pairs at or above the default threshold share a band with ~98% odds. */
export const BAND_ROWS = 3;
export const BAND_COUNT = SIGNATURE_SIZE / BAND_ROWS;
/** Estimated Jaccard similarity from which two texts count as near duplicates. */
export const DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.45;

const PREFIX = `${SIGNATURE_VERSION}:`;
const HEX_PER_VALUE = 8;

/** Words that only flag urgency at the start of a post and say nothing about the claim. */
const LEAD_MARKERS = new Set([
  'breaking', 'urgent', 'update', 'updated', 'exclusive', 'alert', 'flash', 'срочно', 'молния',
  'эксклюзив', 'важно', 'внимание', 'терміново', 'блискавка', 'ексклюзив', 'важливо', 'увага',
]);

/** Bound once: looking `Math` up on every call is slow inside sandboxed contexts (Jest's vm). */
const imul = Math.imul;

/** 32-bit finaliser of MurmurHash3: a bijection that spreads every input bit over the output. */
function fmix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

/** FNV-1a state after the UTF-16 code units of `text`, from state `h` (not finalised). */
function fnv(text: string, h: number): number {
  for (let i = 0; i < text.length; i++) h = imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Fixed per-position seeds (splitmix32 from a constant): the same on every machine and run. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  let state = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = imul(z ^ (z >>> 16), 0x21f0aaad);
    z = imul(z ^ (z >>> 15), 0x735a2d97);
    seeds[i] = (z ^ (z >>> 15)) >>> 0;
  }
  return seeds;
})();

/**
 * The features MinHash runs over: words and adjacent word pairs of the normalised text, without
 * leading urgency markers ("breaking", «срочно», «терміново»; "just in").
 */
export function shingles(normalized: string): string[] {
  const kept = keptWords(normalized);
  const out = new Set<string>(kept);
  for (let i = 0; i + 1 < kept.length; i++) out.add(`${kept[i]} ${kept[i + 1]}`);
  return [...out];
}

/** The words of a normalised text without its leading urgency markers (all of them when nothing else is left). */
function keptWords(normalized: string): string[] {
  const words = tokenize(normalized);
  let start = 0;
  while (start < words.length && start < 3) {
    if (LEAD_MARKERS.has(words[start]!)) start++;
    else if (words[start] === 'just' && words[start + 1] === 'in') start += 2;
    else break;
  }
  return start < words.length ? words.slice(start) : words;
}

/** The seeds as signed 32-bit integers, for the signed comparisons of `minHashValues`. */
const SEEDS_I32 = new Int32Array(SEEDS.buffer);
/** XOR with this maps unsigned order onto signed order (and back), so minima stay in int32. */
const SIGN = -0x80000000;

/**
 * Raw MinHash values, or null for a text without words. A feature's hash is FNV-1a over its
 * text, finalised: a word pair "a b" continues the state of "a" over " b", so no pair string is
 * built. Equal hashes give equal values, so repeats are dropped after sorting; the minima are
 * those over `shingles(normalized)`.
 *
 * The inner loop is most of the cost (features × 120 finalisations): it runs four seeds at once,
 * whose independent multiply chains the CPU overlaps, and compares in signed int32 (unsigned
 * order shifted by SIGN) so the JIT never leaves small integers. About a quarter faster than one
 * seed at a time, with the same values.
 */
export function minHashValues(normalized: string): Uint32Array | null {
  const words = keptWords(normalized);
  const n = words.length;
  if (n === 0) return null;
  const bases = new Uint32Array(2 * n - 1);
  let previous = 0;
  for (let w = 0; w < n; w++) {
    const word = words[w]!;
    const state = fnv(word, FNV_BASIS);
    bases[w] = fmix32(state);
    if (w > 0) bases[n + w - 1] = fmix32(fnv(word, imul(previous ^ SPACE, FNV_PRIME)));
    previous = state;
  }
  bases.sort();
  let m = 0;
  for (let f = 0; f < bases.length; f++) if (f === 0 || bases[f] !== bases[f - 1]) bases[m++] = bases[f]!;
  const features = new Int32Array(bases.buffer, 0, m);
  const values = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i += 4) {
    const s0 = SEEDS_I32[i]!, s1 = SEEDS_I32[i + 1]!, s2 = SEEDS_I32[i + 2]!, s3 = SEEDS_I32[i + 3]!;
    let m0 = 0x7fffffff, m1 = 0x7fffffff, m2 = 0x7fffffff, m3 = 0x7fffffff;
    for (let f = 0; f < m; f++) {
      const b = features[f]!;
      // fmix32(b ^ seed) for four seeds, written out (see fmix32)
      let h0 = b ^ s0, h1 = b ^ s1, h2 = b ^ s2, h3 = b ^ s3;
      h0 ^= h0 >>> 16; h1 ^= h1 >>> 16; h2 ^= h2 >>> 16; h3 ^= h3 >>> 16;
      h0 = imul(h0, 0x85ebca6b); h1 = imul(h1, 0x85ebca6b); h2 = imul(h2, 0x85ebca6b); h3 = imul(h3, 0x85ebca6b);
      h0 ^= h0 >>> 13; h1 ^= h1 >>> 13; h2 ^= h2 >>> 13; h3 ^= h3 >>> 13;
      h0 = imul(h0, 0xc2b2ae35); h1 = imul(h1, 0xc2b2ae35); h2 = imul(h2, 0xc2b2ae35); h3 = imul(h3, 0xc2b2ae35);
      h0 = h0 ^ (h0 >>> 16) ^ SIGN; h1 = h1 ^ (h1 >>> 16) ^ SIGN; h2 = h2 ^ (h2 >>> 16) ^ SIGN; h3 = h3 ^ (h3 >>> 16) ^ SIGN;
      if (h0 < m0) m0 = h0;
      if (h1 < m1) m1 = h1;
      if (h2 < m2) m2 = h2;
      if (h3 < m3) m3 = h3;
    }
    values[i] = m0 ^ SIGN;
    values[i + 1] = m1 ^ SIGN;
    values[i + 2] = m2 ^ SIGN;
    values[i + 3] = m3 ^ SIGN;
  }
  return values;
}

export function encodeSignature(values: Uint32Array): string {
  let out = PREFIX;
  for (const v of values) out += v.toString(16).padStart(HEX_PER_VALUE, '0');
  return out;
}

/** Parses a stored signature; null for '' (no words) or a signature of another version or size. */
export function decodeSignature(signature: string): Uint32Array | null {
  if (!signature.startsWith(PREFIX) || signature.length !== PREFIX.length + SIGNATURE_SIZE * HEX_PER_VALUE) return null;
  const values = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const at = PREFIX.length + i * HEX_PER_VALUE;
    const v = Number.parseInt(signature.slice(at, at + HEX_PER_VALUE), 16);
    if (Number.isNaN(v)) return null;
    values[i] = v;
  }
  return values;
}

/**
 * MinHash signature of a normalised text, as a string a database can store
 * ("mh1:" + 120 × 8 hex digits). '' for a text without words, which is similar to nothing.
 */
export function signature(normalized: string): string {
  const values = minHashValues(normalized);
  return values === null ? '' : encodeSignature(values);
}

/** Share of equal values between two decoded signatures. */
export function similarityOfValues(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/**
 * Estimated Jaccard similarity (0…1) of the texts behind two signatures. 0 when either is empty
 * or of another version.
 */
export function similarity(a: string, b: string): number {
  if (a === '' || b === '' || a.length !== b.length || !a.startsWith(PREFIX) || !b.startsWith(PREFIX)) return 0;
  let equal = 0;
  for (let at = PREFIX.length; at < a.length; at += HEX_PER_VALUE) {
    let same = true;
    for (let k = 0; k < HEX_PER_VALUE; k++) {
      if (a.charCodeAt(at + k) !== b.charCodeAt(at + k)) {
        same = false;
        break;
      }
    }
    if (same) equal++;
  }
  return equal / SIGNATURE_SIZE;
}

/** Bands whose keys a database keeps for lookups: the first 16 of the 40 (copies with small edits still share one almost always). */
export const STORED_BAND_COUNT = 16;

/** 2^47: a numeric band key is band × 2^47 + 47 bits of the band's hash, so it stays a safe integer. */
const BAND_KEY_SPAN = 0x800000000000;

/** The first 32-bit hash of one band's rows (its slot, and the high part of its key). */
function bandHash1(values: Uint32Array, band: number): number {
  let h = 0x811c9dc5 ^ band;
  for (let r = 0; r < BAND_ROWS; r++) h = fmix32(imul(h ^ values[band * BAND_ROWS + r]!, 0x01000193));
  return h;
}

/** The second, independent 32-bit hash of one band's rows (the low part of its key). */
function bandHash2(values: Uint32Array, band: number): number {
  let h = 0x01000193 + band;
  for (let r = 0; r < BAND_ROWS; r++) h = fmix32(imul(h + values[band * BAND_ROWS + r]!, 0x9e3779b1) ^ (h >>> 13));
  return h;
}

/**
 * LSH band keys of decoded values as safe integers (for a bigint column and number-keyed maps):
 * band × 2^47 + the band's first hash × 2^15 + the top 15 bits of its second. The first `count`
 * bands (all by default).
 */
export function bandNumbersOfValues(values: Uint32Array, count = BAND_COUNT): number[] {
  const keys = new Array<number>(count);
  for (let band = 0; band < count; band++) keys[band] = band * BAND_KEY_SPAN + bandHash1(values, band) * 0x8000 + (bandHash2(values, band) >>> 17);
  return keys;
}

/**
 * The first hash of each band, in 30 bits: small integers for per-band in-memory maps (number keys
 * beyond 2^30 are stored as heap numbers, which makes maps many times slower).
 */
export function bandSlotsOfValues(values: Uint32Array, count = BAND_COUNT): Uint32Array {
  const slots = new Uint32Array(count);
  for (let band = 0; band < count; band++) slots[band] = bandHash1(values, band) >>> 2;
  return slots;
}

/** The band a numeric key belongs to. */
export function bandOfNumber(key: number): number {
  return Math.floor(key / BAND_KEY_SPAN);
}

/** LSH band keys of decoded values: "band:16 hex digits". */
export function bandKeysOfValues(values: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BAND_COUNT; band++) {
    const h1 = bandHash1(values, band).toString(16).padStart(8, '0');
    keys.push(`${band}:${h1}${bandHash2(values, band).toString(16).padStart(8, '0')}`);
  }
  return keys;
}

/**
 * LSH band keys of a signature, for a database index: two texts are candidates when they share
 * at least one key (then compare with `similarity`). [] for an empty or foreign signature.
 */
export function bandKeys(sig: string): string[] {
  const values = decodeSignature(sig);
  return values === null ? [] : bandKeysOfValues(values);
}
