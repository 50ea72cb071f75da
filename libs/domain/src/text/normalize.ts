import { APOSTROPHE_RE, charactersToFold, DASH_RE, EMOJI_RE, INVISIBLE_RE, MAY_APOSTROPHE, MAY_DASH, MAY_EMOJI, MAY_INVISIBLE, MAY_QUOTE, MAY_YO, QUOTE_RE } from './fold-patterns.js';

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
  let text = input.normalize('NFKC');
  // One pass over the characters tells which of the replacements below can change anything, so
  // that a sentence is not scanned by each of their patterns in turn. The later steps only remove
  // characters or put in spaces and kept punctuation, so what the pass saw holds for them too.
  const may = charactersToFold(text);
  if (may & MAY_INVISIBLE) text = text.replace(INVISIBLE_RE, '');
  text = stripUrls(text);
  if (may & MAY_EMOJI) text = text.replace(EMOJI_RE, ' ');
  text = text.toLowerCase();
  if (may & MAY_YO) text = text.replace(/ё/g, 'е');
  if (may & MAY_APOSTROPHE) text = text.replace(APOSTROPHE_RE, "'");
  if (may & MAY_QUOTE) text = text.replace(QUOTE_RE, '"');
  if (may & MAY_DASH) text = text.replace(DASH_RE, '-');
  text = foldHomoglyphs(text);
  return collapseWhitespace(text).trim();
}
