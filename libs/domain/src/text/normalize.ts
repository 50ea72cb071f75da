/**
 * Text normalisation shared by claim fingerprints, rule matching and near-duplicate detection.
 *
 * The normalised form is lossy on purpose: two spellings of the same sentence that differ only in
 * case, quote style, dash style, apostrophe style, ё/е, emoji, links or spacing normalise equally.
 * The original wording is always stored beside it.
 */

/** Links: scheme URLs, bare www. hosts and t.me handles. Trailing sentence punctuation is kept. */
const URL_RE = /(?:\b(?:https?|ftp):\/\/|\bwww\.|\bt\.me\/)[^\s<>"«»“”]*/giu;
const URL_TRAILING_PUNCT_RE = /[.,;:!?)\]}'’]+$/u;
/** Cheap test for anything URL_RE could match (most texts have no link, and URL_RE is slow to rule one out). */
const MAY_HAVE_URL_RE = /:\/\/|www\.|t\.me\//i;

/**
 * Pictographs and the invisible parts of emoji sequences: joiners, variation selectors,
 * skin-tone modifiers, keycap marks, regional-indicator flags and tag characters.
 */
const EMOJI_RE =
  /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u20E3\uFE0E\uFE0F]/gu;

/** Characters that render as nothing and only get in the way of matching. */
const INVISIBLE_RE = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;

/** Apostrophe look-alikes, including the Ukrainian modifier-letter apostrophe (U+02BC). */
const APOSTROPHE_RE = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u02B9\u02BB\u02BD\u055A\uA78C\uFF07`´]/g;

/** Double-quote look-alikes: guillemets, curly and low-9 quotes, double prime. */
const QUOTE_RE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u2033\u301D\u301E\uFF02]/g;

/** Hyphens, dashes and the minus sign. */
const DASH_RE = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;

/** Runs of letters (with inner apostrophes) checked for mixed scripts. */
const WORD_RE = /[\p{L}\p{M}']+/gu;
const HAS_LATIN_RE = /\p{Script=Latin}/u;
const HAS_CYRILLIC_RE = /\p{Script=Cyrillic}/u;

/** Lower-case letters that look the same in Latin and Cyrillic, in both directions. */
const LATIN_TO_CYRILLIC: ReadonlyMap<string, string> = new Map([
  ['a', 'а'],
  ['b', 'в'],
  ['c', 'с'],
  ['e', 'е'],
  ['h', 'н'],
  ['i', 'і'],
  ['ï', 'ї'],
  ['k', 'к'],
  ['m', 'м'],
  ['o', 'о'],
  ['p', 'р'],
  ['t', 'т'],
  ['x', 'х'],
  ['y', 'у'],
]);
const CYRILLIC_TO_LATIN: ReadonlyMap<string, string> = new Map([...LATIN_TO_CYRILLIC].map(([lat, cyr]) => [cyr, lat]));

function stripUrls(text: string): string {
  if (!MAY_HAVE_URL_RE.test(text)) return text;
  return text.replace(URL_RE, (url) => {
    const trailing = URL_TRAILING_PUNCT_RE.exec(url);
    return trailing ? ` ${trailing[0]}` : ' ';
  });
}

/**
 * In a word that mixes Latin and Cyrillic letters (a common trick to dodge keyword filters),
 * replaces the look-alikes of the minority script with the majority script's letters: "пyтин"
 * with a Latin "y" becomes "путин", "rеuters" with a Cyrillic "е" becomes "reuters". A word whose
 * minority letters have no look-alike twin is left as it is.
 */
function foldHomoglyphs(text: string): string {
  // Only a text with letters of both scripts can hold a word that mixes them.
  if (!HAS_LATIN_RE.test(text) || !HAS_CYRILLIC_RE.test(text)) return text;
  return text.replace(WORD_RE, (word) => {
    if (!HAS_LATIN_RE.test(word) || !HAS_CYRILLIC_RE.test(word)) return word;
    let cyrillic = 0;
    let latin = 0;
    for (const ch of word) {
      if (HAS_CYRILLIC_RE.test(ch)) cyrillic++;
      else if (HAS_LATIN_RE.test(ch)) latin++;
    }
    const toCyrillic = cyrillic >= latin;
    const minority = toCyrillic ? HAS_LATIN_RE : HAS_CYRILLIC_RE;
    const twins = toCyrillic ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
    let out = '';
    for (const ch of word) {
      if (minority.test(ch)) {
        const twin = twins.get(ch);
        if (twin === undefined) return word;
        out += twin;
      } else {
        out += ch;
      }
    }
    return out;
  });
}

/** A run of two or more whitespace characters, or one that is not a plain space: what `collapseWhitespace` rewrites. */
const WHITESPACE_TO_COLLAPSE_RE = /\s{2,}|[^\S ]/g;

/**
 * Every run of whitespace as one space. Lone plain spaces, most of any text, are not matched, so
 * a text that needs no change comes back as it is instead of as a fresh copy.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_TO_COLLAPSE_RE, ' ');
}

/**
 * Normalised form used for fingerprints and matching; the original text is always stored as given.
 *
 * - Unicode NFKC (full-width forms, ligatures, "…" → "...", no-break spaces → spaces)
 * - lower case; ё → е; Ukrainian і, ї, є, ґ stay distinct letters
 * - every apostrophe variant (’ ʼ ‘ ` ′) → ', so "м’ясо", "мʼясо" and "м'ясо" are equal
 * - every double-quote variant (« » “ ” „) → "; every dash and the minus sign → -
 * - links and emoji removed; invisible characters (soft hyphen, zero-width) removed
 * - in words that mix Latin and Cyrillic, look-alike letters folded to the word's main script
 * - runs of whitespace collapsed to one space, ends trimmed
 *
 * The function is idempotent: normalising a normalised text changes nothing.
 */
export function normalizeText(input: string): string {
  let text = input.normalize('NFKC').replace(INVISIBLE_RE, '');
  text = stripUrls(text);
  text = text
    .replace(EMOJI_RE, ' ')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(APOSTROPHE_RE, "'")
    .replace(QUOTE_RE, '"')
    .replace(DASH_RE, '-');
  text = foldHomoglyphs(text);
  return collapseWhitespace(text).trim();
}
