import { collapseWhitespace } from '../text/normalize.js';
import { NON_TERMINAL_ABBREVIATIONS, TERMINAL_DOTTED } from './abbreviations.js';

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

const TERMINATORS = new Set(['.', '!', '?', '…', '‼', '⁉', '⁈', '⁇']);
/** Marks that may follow the terminator and still belong to the sentence: «Мы победим.» */
const CLOSERS = new Set(['»', '”', '"', '“', '’', "'", ')', ']', '›']);
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

/**
 * Marks the cut positions that fall inside balanced quotes or brackets. `inside[p] > 0` means a
 * cut between characters p-1 and p would split a quotation. Only pairs that close are counted,
 * so a stray opening mark never swallows the rest of the text.
 */
function protectedCuts(s: string): Int32Array {
  const n = s.length;
  const diff = new Int32Array(n + 2);
  const stack: Array<{ ch: string; pos: number }> = [];
  const pair = (open: { ch: string; pos: number }, close: number): void => {
    const bracket = open.ch === '(' || open.ch === '[';
    if (close - open.pos > (bracket ? MAX_BRACKET_SPAN : MAX_QUOTE_SPAN)) return;
    diff[open.pos + 1]++;
    diff[close + 1]--;
  };
  const closeWith = (openers: string, pos: number): void => {
    for (let k = stack.length - 1; k >= 0 && k >= stack.length - 4; k--) {
      const open = stack[k]!;
      if (openers.includes(open.ch)) {
        pair(open, pos);
        stack.length = k;
        return;
      }
    }
  };
  for (let i = 0; i < n; i++) {
    const c = s[i]!;
    switch (c) {
      case '«':
      case '„':
      case '(':
      case '[':
        stack.push({ ch: c, pos: i });
        break;
      case '»':
        closeWith('«', i);
        break;
      case ')':
        closeWith('(', i);
        break;
      case ']':
        closeWith('[', i);
        break;
      case '”':
        closeWith('“„"', i);
        break;
      case '“': {
        // Closes „…“ (Russian and Ukrainian inner quotes), opens “…” (English).
        const top = stack[stack.length - 1];
        if (top?.ch === '„') closeWith('„', i);
        else stack.push({ ch: c, pos: i });
        break;
      }
      case '"': {
        const before = i === 0 ? ' ' : s[i - 1]!;
        const after = i + 1 >= n ? ' ' : s[i + 1]!;
        const opensHere = SPACE_RE.test(before) || '([«„“:—–-'.includes(before);
        const closesHere = SPACE_RE.test(after) || '.,;:!?)]»”…'.includes(after);
        if (opensHere && !closesHere) {
          // Straight quotes do not nest: an unclosed one before this is dropped.
          const k = stack.findIndex((o) => o.ch === '"');
          if (k >= 0) stack.length = k;
          stack.push({ ch: c, pos: i });
        } else if (!opensHere) {
          closeWith('"', i);
        }
        break;
      }
      default:
        break;
    }
  }
  const inside = new Int32Array(n + 1);
  let depth = 0;
  for (let p = 0; p <= n; p++) {
    depth += diff[p]!;
    inside[p] = depth;
  }
  return inside;
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
  while (k < s.length && SPACE_RE.test(s[k]!)) k++;
  if (k >= s.length) return true;
  const c = s[k]!;
  if (c === ',' || c === ';' || c === ':') return false;
  if (LOWER_RE.test(c)) return false;
  if (DASHES.has(c)) {
    k++;
    while (k < s.length && (SPACE_RE.test(s[k]!) || DASHES.has(s[k]!))) k++;
    return !(k < s.length && LOWER_RE.test(s[k]!));
  }
  return true;
}

/** Cuts an over-long stretch at clause breaks, falling back to spaces, so no piece exceeds the limit. */
function cutLong(s: string, start: number, end: number, out: Array<[number, number]>): void {
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
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, end]);
}

function splitBlock(s: string, offset: number, out: SentenceSpan[]): void {
  const n = s.length;
  const inside = protectedCuts(s);
  const ranges: Array<[number, number]> = [];
  let segmentStart = 0;
  for (let i = 0; i < n; i++) {
    if (!TERMINATORS.has(s[i]!)) continue;
    const runStart = i;
    let j = i;
    while (j < n && TERMINATORS.has(s[j]!)) j++;
    let cut = j;
    while (cut < n && CLOSERS.has(s[cut]!)) cut++;
    i = j - 1;
    if (cut >= n) break;
    if (!SPACE_RE.test(s[cut]!) || inside[cut]! > 0) continue;
    if (j - runStart === 1 && s[runStart] === '.') {
      let next = cut;
      while (next < n && SPACE_RE.test(s[next]!)) next++;
      if (!fullStopEnds(s, runStart, segmentStart, s[next] ?? '')) continue;
    }
    if (!startsSentence(s, cut)) continue;
    cutLong(s, segmentStart, cut, ranges);
    segmentStart = cut;
    i = cut - 1;
  }
  cutLong(s, segmentStart, n, ranges);
  for (const [a, b] of ranges) {
    let start = a;
    let end = b;
    while (start < end && SPACE_RE.test(s[start]!)) start++;
    while (end > start && SPACE_RE.test(s[end - 1]!)) end--;
    if (end > start) out.push({ text: collapseWhitespace(s.slice(start, end)), start: offset + start, end: offset + end });
  }
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
