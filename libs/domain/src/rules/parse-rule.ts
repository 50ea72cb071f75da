import { DomainError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { canonicalLanguage } from '../text/language-code.js';
import { normalizeText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import type { RuleAst, RuleField } from './rule-ast.js';

/** Longest rule accepted, in characters. */
export const MAX_RULE_LENGTH: number = LIMITS.maxQueryLength;
/** Deepest nesting of parentheses accepted. */
export const MAX_RULE_DEPTH = 32;

type Token =
  | { kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'neg'; pos: number }
  | { kind: 'word' | 'phrase'; pos: number; raw: string }
  | { kind: 'field'; pos: number; name: RuleField; value: string; valuePos: number; quoted: boolean };

const FIELD_NAMES: Readonly<Record<string, RuleField>> = {
  lang: 'lang',
  language: 'lang',
  source: 'source',
  platform: 'platform',
};

/** Opening quote → the marks that may close it. */
const PHRASE_QUOTES: Readonly<Record<string, string>> = { '"': '"', '«': '»', '“': '”"', '„': '“”"' };
const SPACE_RE = /\s/u;
const FIELD_RE = /^([A-Za-z]+):(.*)$/su;

function fail(message: string, position: number): never {
  throw DomainError.badInput('rule', `${message} at position ${position}`, { position });
}

function isWordStop(c: string): boolean {
  return SPACE_RE.test(c) || c === '(' || c === ')' || c in PHRASE_QUOTES;
}

/** Reads a quoted phrase starting at `start` (on the opening mark); returns its content and end. */
function readPhrase(rule: string, start: number): { content: string; end: number } {
  const closers = PHRASE_QUOTES[rule[start]!]!;
  for (let i = start + 1; i < rule.length; i++) {
    if (closers.includes(rule[i]!)) return { content: rule.slice(start + 1, i), end: i + 1 };
  }
  return fail('Unterminated phrase', start);
}

function lex(rule: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < rule.length) {
    const c = rule[i]!;
    if (SPACE_RE.test(c)) {
      i++;
    } else if (c === '(') {
      tokens.push({ kind: 'lparen', pos: i++ });
    } else if (c === ')') {
      tokens.push({ kind: 'rparen', pos: i++ });
    } else if (c in PHRASE_QUOTES) {
      const { content, end } = readPhrase(rule, i);
      tokens.push({ kind: 'phrase', pos: i, raw: content });
      i = end;
    } else if (c === '-' && (i + 1 >= rule.length || SPACE_RE.test(rule[i + 1]!) || rule[i + 1] === ')')) {
      fail('Expected a term after "-"', i);
    } else if (c === '-' && rule[i + 1] !== '-') {
      tokens.push({ kind: 'neg', pos: i++ });
    } else {
      const start = i;
      while (i < rule.length && !isWordStop(rule[i]!)) i++;
      const word = rule.slice(start, i);
      if (word === 'AND' || word === 'OR' || word === 'NOT') {
        tokens.push({ kind: word === 'AND' ? 'and' : word === 'OR' ? 'or' : 'not', pos: start });
        continue;
      }
      const field = FIELD_RE.exec(word);
      if (field === null) {
        tokens.push({ kind: 'word', pos: start, raw: word });
        continue;
      }
      const name = FIELD_NAMES[field[1]!.toLowerCase()];
      if (name === undefined) fail(`Unknown field "${field[1]}"`, start);
      let value = field[2]!;
      const valuePos = start + field[1]!.length + 1;
      let quoted = false;
      if (value === '' && i < rule.length && rule[i]! in PHRASE_QUOTES) {
        const phrase = readPhrase(rule, i);
        value = phrase.content;
        quoted = true;
        i = phrase.end;
      }
      tokens.push({ kind: 'field', pos: start, name, value, valuePos, quoted });
    }
  }
  return tokens;
}

function termNode(raw: string, pos: number, quoted: boolean): RuleAst {
  let text = raw.trim();
  const prefix = text.endsWith('*');
  if (prefix) text = text.replace(/\*+$/u, '');
  const star = text.indexOf('*');
  if (!quoted && star >= 0) fail('Wildcard "*" is only allowed at the end of a term', pos + raw.indexOf('*'));
  const tokens = tokenize(normalizeText(text));
  if (tokens.length === 0) {
    if (quoted) fail('Empty phrase', pos);
    fail(`Term "${raw}" has no letters or digits`, pos);
  }
  return { type: 'term', tokens, prefix, phrase: quoted || tokens.length > 1 };
}

function fieldNode(token: Extract<Token, { kind: 'field' }>): RuleAst {
  let value = token.value.trim();
  if (value === '') fail(`Missing value for field "${token.name}"`, token.valuePos);
  const prefix = value.endsWith('*');
  if (prefix) value = value.replace(/\*+$/u, '');
  if (token.name === 'lang') {
    const code = canonicalLanguage(value);
    if (!/^[a-z]{2,3}$/u.test(code) || prefix) fail(`Invalid language "${token.value}"`, token.valuePos);
    return { type: 'field', field: 'lang', value: code, prefix: false };
  }
  const normalized = normalizeText(value);
  if (normalized === '') fail(`Missing value for field "${token.name}"`, token.valuePos);
  return { type: 'field', field: token.name, value: normalized, prefix };
}

const OPERATOR_NAMES: Readonly<Record<string, string>> = { and: 'AND', or: 'OR', not: 'NOT', neg: '-', rparen: ')', lparen: '(' };

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  parse(): RuleAst {
    const ast = this.parseOr();
    const rest = this.peek();
    if (rest !== undefined) fail(`Unexpected "${OPERATOR_NAMES[rest.kind] ?? rest.kind}"`, rest.pos);
    return ast;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private startsOperand(token: Token | undefined): boolean {
    return token !== undefined && token.kind !== 'rparen' && token.kind !== 'and' && token.kind !== 'or';
  }

  /** After a binary or unary operator, the next token must start an operand. */
  private expectOperand(operator: Token): void {
    const next = this.peek();
    if (this.startsOperand(next)) return;
    const name = OPERATOR_NAMES[operator.kind]!;
    fail(`Expected a term after "${name}"`, next?.pos ?? this.length);
  }

  private parseOr(): RuleAst {
    const children = [this.parseAnd()];
    for (let token = this.peek(); token?.kind === 'or'; token = this.peek()) {
      this.index++;
      this.expectOperand(token);
      children.push(this.parseAnd());
    }
    return children.length === 1 ? children[0]! : { type: 'or', children };
  }

  private parseAnd(): RuleAst {
    const children = [this.parseUnary()];
    for (;;) {
      const token = this.peek();
      if (token?.kind === 'and') {
        this.index++;
        this.expectOperand(token);
        children.push(this.parseUnary());
      } else if (this.startsOperand(token)) {
        children.push(this.parseUnary());
      } else {
        break;
      }
    }
    return children.length === 1 ? children[0]! : { type: 'and', children };
  }

  private parseUnary(): RuleAst {
    const token = this.peek();
    if (token?.kind === 'not' || token?.kind === 'neg') {
      this.index++;
      this.expectOperand(token);
      return { type: 'not', child: this.parseUnary() };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): RuleAst {
    const token = this.peek();
    if (token === undefined) return fail('Expected a term', this.length);
    this.index++;
    switch (token.kind) {
      case 'word':
        return termNode(token.raw, token.pos, false);
      case 'phrase':
        return termNode(token.raw, token.pos, true);
      case 'field':
        return fieldNode(token);
      case 'lparen': {
        if (++this.depth > MAX_RULE_DEPTH) fail('Too many nested parentheses', token.pos);
        const next = this.peek();
        if (next?.kind === 'rparen') fail('Unexpected ")"', next.pos);
        const inner = this.parseOr();
        const close = this.peek();
        if (close?.kind !== 'rparen') fail('Missing ")" to close "("', token.pos);
        this.index++;
        this.depth--;
        return inner;
      }
      default:
        return fail(`Unexpected "${OPERATOR_NAMES[token.kind]}"`, token.pos);
    }
  }
}

/**
 * Parses a narrative rule: a small boolean query language.
 *
 * - `AND`, `OR`, `NOT` (upper case; lower-case "and"/"or"/"not" are words), `-term` for NOT
 * - adjacent terms are ANDed; AND binds tighter than OR; parentheses group
 * - `word` matches a whole word of the normalised claim (case, ё/е, apostrophes and quotes
 *   folded the same way as claims); `word*` matches words starting with it
 * - `"exact phrase"` (also «…», “…”) matches those words next to each other; a trailing `*` in
 *   the phrase makes its last word a prefix; a hyphenated word is a phrase of its parts
 * - field filters: `lang:ru`, `source:"Name"` or `source:name*`, `platform:telegram`
 *
 * Throws `DomainError.badInput('rule', '… at position N', { position: N })` for an empty rule,
 * a rule longer than `MAX_RULE_LENGTH`, unbalanced parentheses, a dangling operator, an empty or
 * unterminated phrase, a misplaced wildcard or an unknown field. Runs in time linear in the rule.
 */
export function parseRule(rule: string): RuleAst {
  if (rule.length > MAX_RULE_LENGTH) fail(`Rule is longer than ${MAX_RULE_LENGTH} characters`, MAX_RULE_LENGTH);
  if (rule.trim() === '') fail('Rule is empty', 0);
  return new Parser(lex(rule), rule.length).parse();
}
