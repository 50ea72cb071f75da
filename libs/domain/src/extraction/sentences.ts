import { collapseWhitespace } from '../text/normalize.js';
import { NON_TERMINAL_ABBREVIATIONS, TERMINAL_DOTTED } from './abbreviations.js';
import { isSpaceCode } from './chars.js';

export interface SentenceSpan {
  /** The sentence as written, with line breaks and runs of spaces inside it collapsed. */
  text: string;
  /** Offsets into the input: `text` comes from `input.slice(start, end)`. */
  start: number;
  end: number;
}

/** A sentence longer than this is cut at a clause break (or a space) so no claim is unbounded. */
export const MAX_SENTENCE_LENGTH = 1200;

/** Quoted speech longer than this is not kept together (its quote marks are probably unbalanced). */
const MAX_QUOTE_SPAN = 1000;
const MAX_BRACKET_SPAN = 300;

/** Abbreviations that only hold before a number: "No. 10", "p. 5". */
const NUMBER_ABBREVIATIONS = new Set(['no.', 'nos.', 'p.', 'pp.', 'art.', '№.']);

const LINE_BREAK_RE = /\r\n|[\n\r\u2028\u2029\u0085]/g;
const BULLET_START_RE = /^(?:[•·▪▫◦►▸▶➤➔→✓✔☑✅❗‼⚡🔴🟢🔹🔸📌*]|\p{Extended_Pictographic}|[-–—](?=\s)|\d{1,3}[.)](?=\s))/u;
const DASH_THEN_LOWER_RE = /^[-–—]\s*\p{Ll}/u;
const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}.\-'’]/u;
const SPACE_RE = /\s/u;
const LOWER_RE = /\p{Ll}/u;
const DOTTED_LETTERS_RE = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_UPPER_RE = /^\p{Lu}$/u;
const DIGITS_RE = /^\p{N}+$/u;
const DASHES = new Set(['-', '–', '—', '―']);

/** Splits text into blocks: paragraphs, list items and lines that do not continue one another. */
function splitBlocks(input: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let blockStart = -1;
  let blockEnd = -1;
  let previousLine = '';
  let lineStart = 0;
  const visit = (start: number, end: number): void => {
    const line = input.slice(start, end);
    if (line.trim() === '') {
      if (blockStart >= 0) blocks.push([blockStart, blockEnd]);
      blockStart = -1;
      return;
    }
    if (blockStart >= 0 && continuesLine(previousLine, line)) {
      blockEnd = end;
    } else {
      if (blockStart >= 0) blocks.push([blockStart, blockEnd]);
      blockStart = start;
      blockEnd = end;
    }
    previousLine = line;
  };
  LINE_BREAK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE_BREAK_RE.exec(input)) !== null) {
    visit(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  visit(lineStart, input.length);
  if (blockStart >= 0) blocks.push([blockStart, blockEnd]);
  return blocks;
}

/** Whether a line is the same sentence as the line before it (hard-wrapped text). */
function continuesLine(previous: string, line: string): boolean {
  const next = line.trimStart();
  if (DASH_THEN_LOWER_RE.test(next)) return true;
  if (BULLET_START_RE.test(next)) return false;
  const last = previous.trimEnd().slice(-1);
  if (last === ',' || last === ';' || last === ':' || last === '(' || DASHES.has(last)) return true;
  return LOWER_RE.test(next[0] ?? '');
}

/** Opening and closing marks of `protectedCuts`, as UTF-16 code units. */
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »
const LOW_QUOTE = 0x201e; // „
const LEFT_QUOTE = 0x201c; // “
const RIGHT_QUOTE = 0x201d; // ”
const STRAIGHT_QUOTE = 0x22; // "
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** What may stand before an opening straight quote, and after a closing one (besides white space). */
const BEFORE_OPENING_QUOTE = '([«„“:—–-';
const AFTER_CLOSING_QUOTE = '.,;:!?)]»”…';

/**
 * Stretches of a block inside balanced quotes or brackets, where a cut would split a quotation:
 * pairs [from, to] flattened into one list, a cut between characters p-1 and p being protected
 * when from <= p <= to for some pair. Only pairs that close are counted, so a stray opening mark
 * never swallows the rest of the text. Built only when a block has a cut to check (most blocks
 * are one sentence), and as a short list rather than a flag per character.
 */
function protectedCuts(s: string): number[] {
  const n = s.length;
  const stretches: number[] = [];
  // The open marks not yet closed: mark (code unit) and position, innermost last.
  const openMark: number[] = [];
  const openPos: number[] = [];
  /** Closes the innermost of the last four open marks accepted by `accepts`, and everything inside it. */
  const closeWith = (accepts: (mark: number) => boolean, close: number): void => {
    const top = openMark.length;
    for (let k = top - 1; k >= 0 && k >= top - 4; k--) {
      const mark = openMark[k]!;
      if (!accepts(mark)) continue;
      const bracket = mark === OPEN_PAREN || mark === OPEN_BRACKET;
      if (close - openPos[k]! <= (bracket ? MAX_BRACKET_SPAN : MAX_QUOTE_SPAN)) stretches.push(openPos[k]! + 1, close);
      openMark.length = k;
      openPos.length = k;
      return;
    }
  };
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case LEFT_GUILLEMET:
      case LOW_QUOTE:
      case OPEN_PAREN:
      case OPEN_BRACKET:
        openMark.push(c);
        openPos.push(i);
        break;
      case RIGHT_GUILLEMET:
        closeWith(isLeftGuillemet, i);
        break;
      case CLOSE_PAREN:
        closeWith(isOpenParen, i);
        break;
      case CLOSE_BRACKET:
        closeWith(isOpenBracket, i);
        break;
      case RIGHT_QUOTE:
        closeWith(isOpeningDoubleQuote, i);
        break;
      case LEFT_QUOTE:
        // Closes „…“ (Russian and Ukrainian inner quotes), opens “…” (English).
        if (openMark[openMark.length - 1] === LOW_QUOTE) {
          closeWith(isLowQuote, i);
        } else {
          openMark.push(c);
          openPos.push(i);
        }
        break;
      case STRAIGHT_QUOTE: {
        // The start and the end of the block count as white space.
        const opensHere = i === 0 || isSpaceCode(s.charCodeAt(i - 1)) || BEFORE_OPENING_QUOTE.includes(s[i - 1]!);
        const closesHere = i + 1 >= n || isSpaceCode(s.charCodeAt(i + 1)) || AFTER_CLOSING_QUOTE.includes(s[i + 1]!);
        if (opensHere && !closesHere) {
          // Straight quotes do not nest: an unclosed one before this is dropped.
          const k = openMark.indexOf(STRAIGHT_QUOTE);
          if (k >= 0) {
            openMark.length = k;
            openPos.length = k;
          }
          openMark.push(c);
          openPos.push(i);
        } else if (!opensHere) {
          closeWith(isStraightQuote, i);
        }
        break;
      }
      default:
        break;
    }
  }
  return stretches;
}

const isLeftGuillemet = (mark: number): boolean => mark === LEFT_GUILLEMET;
const isOpenParen = (mark: number): boolean => mark === OPEN_PAREN;
const isOpenBracket = (mark: number): boolean => mark === OPEN_BRACKET;
const isLowQuote = (mark: number): boolean => mark === LOW_QUOTE;
const isStraightQuote = (mark: number): boolean => mark === STRAIGHT_QUOTE;
const isOpeningDoubleQuote = (mark: number): boolean => mark === LEFT_QUOTE || mark === LOW_QUOTE || mark === STRAIGHT_QUOTE;

function isProtected(stretches: readonly number[], p: number): boolean {
  for (let k = 0; k < stretches.length; k += 2) if (stretches[k]! <= p && p <= stretches[k + 1]!) return true;
  return false;
}

/** Whether the full stop at `dot` ends the sentence, judging by the word before it. */
function fullStopEnds(s: string, dot: number, segmentStart: number, nextChar: string): boolean {
  let k = dot;
  while (k > segmentStart && dot - k < 24 && WORD_CHAR_RE.test(s[k - 1]!)) k--;
  const word = s.slice(k, dot).replace(/^[-.'’]+/, '');
  if (word === '') return true;
  const lower = `${word.toLowerCase()}.`;
  if (NON_TERMINAL_ABBREVIATIONS.has(lower)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower) && /\p{N}/u.test(nextChar)) return false;
  // U.S. / e.g. / т.е. / В.О. — dotted single letters, except the few that close a list.
  if (DOTTED_LETTERS_RE.test(word)) return TERMINAL_DOTTED.has(lower);
  // An initial: "V. Zelensky", «В. О. Зеленський».
  if (SINGLE_UPPER_RE.test(word)) return false;
  // A list number at the start of a line: "1. Russia says…"
  if (DIGITS_RE.test(word) && s.slice(segmentStart, k).trim() === '') return false;
  return true;
}

/** Whether the text after a cut can start a new sentence (an attribution or lower-case word cannot). */
function startsSentence(s: string, from: number): boolean {
  let k = from;
  while (k < s.length && isSpaceCode(s.charCodeAt(k))) k++;
  if (k >= s.length) return true;
  const c = s[k]!;
  if (c === ',' || c === ';' || c === ':') return false;
  if (LOWER_RE.test(c)) return false;
  if (DASHES.has(c)) {
    k++;
    while (k < s.length && (isSpaceCode(s.charCodeAt(k)) || DASHES.has(s[k]!))) k++;
    return !(k < s.length && LOWER_RE.test(s[k]!));
  }
  return true;
}

/** Cuts an over-long stretch at clause breaks, falling back to spaces, so no piece exceeds the limit. */
function cutLong(s: string, start: number, end: number, offset: number, out: SentenceSpan[]): void {
  while (end - start > MAX_SENTENCE_LENGTH) {
    const limit = start + MAX_SENTENCE_LENGTH;
    const floor = start + MAX_SENTENCE_LENGTH / 2;
    let cut = -1;
    for (const breaks of [';:', ',']) {
      for (let p = limit - 1; p > floor; p--) {
        if (breaks.includes(s[p]!) && SPACE_RE.test(s[p + 1] ?? '')) {
          cut = p + 1;
          break;
        }
      }
      if (cut > 0) break;
    }
    if (cut < 0) {
      for (let p = limit; p > floor; p--) {
        if (SPACE_RE.test(s[p]!)) {
          cut = p;
          break;
        }
      }
    }
    if (cut < 0) cut = limit;
    pushSentence(s, start, cut, offset, out);
    start = cut;
  }
  pushSentence(s, start, end, offset, out);
}

/** Adds `s.slice(start, end)` as a sentence, trimmed and with its white space collapsed, unless blank. */
function pushSentence(s: string, start: number, end: number, offset: number, out: SentenceSpan[]): void {
  while (start < end && isSpaceCode(s.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ text: collapseWhitespace(s.slice(start, end)), start: offset + start, end: offset + end });
}

/** Whether the code unit ends a sentence: . ! ? … ‼ ⁉ ⁈ ⁇ */
function isTerminatorCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x203c || c === 0x2049 || c === 0x2048 || c === 0x2047;
}

/** Marks that may follow the terminator and still belong to the sentence: «Мы победим.» — » ” " “ ’ ' ) ] › */
function isCloserCode(c: number): boolean {
  return c === 0xbb || c === 0x201d || c === 0x22 || c === 0x201c || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x203a;
}

function splitBlock(s: string, offset: number, out: SentenceSpan[]): void {
  const n = s.length;
  let stretches: number[] | undefined;
  let segmentStart = 0;
  for (let i = 0; i < n; i++) {
    if (!isTerminatorCode(s.charCodeAt(i))) continue;
    const runStart = i;
    let j = i;
    while (j < n && isTerminatorCode(s.charCodeAt(j))) j++;
    let cut = j;
    while (cut < n && isCloserCode(s.charCodeAt(cut))) cut++;
    i = j - 1;
    if (cut >= n) break;
    if (!isSpaceCode(s.charCodeAt(cut))) continue;
    stretches ??= protectedCuts(s);
    if (isProtected(stretches, cut)) continue;
    if (j - runStart === 1 && s.charCodeAt(runStart) === 0x2e) {
      let next = cut;
      while (next < n && isSpaceCode(s.charCodeAt(next))) next++;
      if (!fullStopEnds(s, runStart, segmentStart, s[next] ?? '')) continue;
    }
    if (!startsSentence(s, cut)) continue;
    cutLong(s, segmentStart, cut, offset, out);
    segmentStart = cut;
    i = cut - 1;
  }
  cutLong(s, segmentStart, n, offset, out);
}

/**
 * Splits text into sentences, in order, for English, Russian and Ukrainian. It does not split on
 * abbreviations ("Mr.", "U.S.", "т.е.", "вул.", "млн."), initials ("V. Zelensky", «В. О. Зеленський»),
 * decimals, an ellipsis or full stop followed by a lower-case word, or any terminator inside
 * balanced quotes or brackets — so «Мы победим. Враг будет разбит», — заявил он. stays one
 * sentence, as does “We will win!” the minister said. Blank lines, list items and lines that do
 * not continue the line before always end a sentence.
 */
export function splitSentences(input: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const [start, end] of splitBlocks(input)) splitBlock(input.slice(start, end), start, out);
  return out;
}
