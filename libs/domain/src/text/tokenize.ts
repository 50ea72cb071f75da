/**
 * One word token: a run of letters and digits (any script) with combining marks, where
 * - an apostrophe between two letters stays inside the word ("п'ять", "don't", "сім'я");
 * - a dot or comma between two digits stays inside the number ("3.5", "1,2", "24.02.2022").
 * Hyphens always split, so "pro-russian", "кто-то" and "covid-19" give two tokens each; rules and
 * near-duplicate shingles tokenise both sides the same way, so a hyphenated query term becomes a
 * phrase that still finds the hyphenated word.
 */
const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:(?<=\p{L})'(?=\p{L})|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Splits text produced by `normalizeText` into word tokens, in order. Punctuation, symbols,
 * hashtag and mention signs are dropped ("#україна" gives "україна").
 */
export function tokenize(normalized: string): string[] {
  return normalized.match(TOKEN_RE) ?? [];
}

/** Number of word tokens, without building the array. */
export function countTokens(normalized: string): number {
  TOKEN_RE.lastIndex = 0;
  let count = 0;
  while (TOKEN_RE.exec(normalized) !== null) count++;
  return count;
}
