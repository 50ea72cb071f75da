import { cachedClassifier, codePointAt } from './chars.js';

/**
 * The word key of a normalised text — its `tokenize` tokens joined by single spaces, padded with a
 * space at each end — and the token counts claim extraction needs, in one pass over the text.
 *
 * Extraction reads this for every sentence and for every whole text; with `tokenize` it cost an
 * array of token strings and a join each time. The key is built instead from stretches of the
 * text itself: tokens the text already separates by one space ("the ministry said") are sliced
 * out together, so a typical sentence makes a handful of pieces.
 *
 * The scan is `TOKEN_RE` of text/tokenize.ts written out by hand and must match it exactly
 * (token-key.spec.ts compares the two): a token starts at a letter or digit and runs over
 * letters, marks and digits, across an apostrophe between two letters and a dot or comma between
 * two digits. Characters are classified by code point, as the `u` flag does.
 */

export interface TokenKey {
  /** `` ` ${tokenize(normalized).join(' ')} ` `` */
  key: string;
  /** Number of tokens. */
  tokens: number;
  /** Number of tokens with at least one letter. */
  words: number;
  /** Letters (code points) in those tokens, all together. */
  letters: number;
}

const LETTER = 1;
const NUMBER = 2;
const MARK = 4;

const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;
const MARK_RE = /^\p{M}$/u;

const classOf = cachedClassifier((ch) => {
  if (LETTER_RE.test(ch)) return LETTER;
  if (NUMBER_RE.test(ch)) return NUMBER;
  return MARK_RE.test(ch) ? MARK : 0;
});

const APOSTROPHE = 0x27;
const DOT = 0x2e;
const COMMA = 0x2c;
const SPACE = 0x20;

export function tokenKey(normalized: string): TokenKey {
  const n = normalized.length;
  let key = ' ';
  let tokens = 0;
  let words = 0;
  let letters = 0;
  // The stretch of text being collected for the key: tokens separated by single spaces.
  let pieceStart = -1;
  let pieceEnd = -1;
  let i = 0;
  while (i < n) {
    let cp = codePointAt(normalized, i);
    let cls = classOf(cp);
    if ((cls & (LETTER | NUMBER)) === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let tokenLetters = 0;
    // Letters, marks and digits, one code point at a time.
    while (cls !== 0) {
      if (cls === LETTER) tokenLetters++;
      i += cp > 0xffff ? 2 : 1;
      if (i >= n) break;
      const last = cls;
      cp = codePointAt(normalized, i);
      cls = classOf(cp);
      if (cls !== 0) continue;
      // An apostrophe between two letters, a dot or comma between two digits, stays inside.
      const c = normalized.charCodeAt(i);
      const joins = c === APOSTROPHE ? LETTER : c === DOT || c === COMMA ? NUMBER : 0;
      if (joins !== 0 && last === joins && i + 1 < n) {
        const nextCp = codePointAt(normalized, i + 1);
        const nextCls = classOf(nextCp);
        if (nextCls === joins) {
          i++;
          cp = nextCp;
          cls = nextCls;
        }
      }
    }
    tokens++;
    if (tokenLetters > 0) {
      words++;
      letters += tokenLetters;
    }
    if (pieceStart >= 0 && start === pieceEnd + 1 && normalized.charCodeAt(pieceEnd) === SPACE) {
      pieceEnd = i;
    } else {
      if (pieceStart >= 0) key += `${normalized.slice(pieceStart, pieceEnd)} `;
      pieceStart = start;
      pieceEnd = i;
    }
  }
  if (pieceStart >= 0) key += `${normalized.slice(pieceStart, pieceEnd)} `;
  else key += ' ';
  return { key, tokens, words, letters };
}
