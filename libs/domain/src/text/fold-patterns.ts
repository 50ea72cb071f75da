/**
 * The characters `normalizeText` folds or removes, and a one-pass test of which of those
 * replacements a text needs. Kept apart from normalize.ts (and out of the package's exports) so
 * that fold-patterns.spec.ts can check every BMP character of every pattern against the test.
 */

/**
 * Pictographs and the invisible parts of emoji sequences: joiners, variation selectors,
 * skin-tone modifiers, keycap marks, regional-indicator flags and tag characters.
 */
export const EMOJI_RE =
  /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u20E3\uFE0E\uFE0F]/gu;

/** Characters that render as nothing and only get in the way of matching. */
export const INVISIBLE_RE = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;

/** Apostrophe look-alikes, including the Ukrainian modifier-letter apostrophe (U+02BC). */
export const APOSTROPHE_RE = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u02B9\u02BB\u02BD\u055A\uA78C\uFF07`´]/g;

/** Double-quote look-alikes: guillemets, curly and low-9 quotes, double prime. */
export const QUOTE_RE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u2033\u301D\u301E\uFF02]/g;

/** Hyphens, dashes and the minus sign. */
export const DASH_RE = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;

export const MAY_INVISIBLE = 1;
export const MAY_EMOJI = 2;
export const MAY_YO = 4;
export const MAY_APOSTROPHE = 8;
export const MAY_QUOTE = 16;
export const MAY_DASH = 32;

/**
 * Which of `normalizeText`'s replacements may find something in `text`: a superset, by code unit,
 * of each pattern's characters (INVISIBLE_RE, EMOJI_RE, ё and Ё, APOSTROPHE_RE, QUOTE_RE, DASH_RE),
 * and of the characters that lower-case into one of them (Ꞌ U+A78B becomes the apostrophe-like ꞌ),
 * since `text` is looked at before normalizeText lower-cases it.
 * Every character EMOJI_RE matches is U+00A9, U+00AE, U+203C, U+2049 or at least U+20E3 (astral
 * ones come as surrogates); letters, digits and the usual punctuation of all three languages are
 * below that, so most sentences need none of the replacements.
 */
export function charactersToFold(text: string): number {
  let may = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa9) {
      if (c === 0x60) may |= MAY_APOSTROPHE; // `
      continue;
    }
    if (c >= 0x0400 && c <= 0x04ff) {
      if (c === 0x0401 || c === 0x0451) may |= MAY_YO; // Ё ё
      continue;
    }
    if (c === 0xa9 || c === 0xae || c === 0x203c || c === 0x2049 || c >= 0x20e3) may |= MAY_EMOJI;
    if (c === 0xad || c === 0x180e || (c >= 0x200b && c <= 0x200d) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff) may |= MAY_INVISIBLE;
    if (c === 0xb4 || c === 0x02b9 || c === 0x02bb || c === 0x02bc || c === 0x02bd || c === 0x055a || (c >= 0x2018 && c <= 0x201b) || c === 0x2032 || c === 0xa78b || c === 0xa78c || c === 0xff07) {
      may |= MAY_APOSTROPHE;
    }
    if (c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201f) || c === 0x2033 || c === 0x2039 || c === 0x203a || c === 0x301d || c === 0x301e || c === 0xff02) {
      may |= MAY_QUOTE;
    }
    if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0x2e3a || c === 0x2e3b || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) may |= MAY_DASH;
  }
  return may;
}
