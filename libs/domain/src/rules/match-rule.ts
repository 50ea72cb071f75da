import { canonicalLanguage } from '../text/language-code.js';
import { normalizeText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import type { RuleAst, RuleSubject } from './rule-ast.js';

interface PreparedText {
  normalized: string;
  tokens: string[];
  set: Set<string>;
}

/** The last claim text tokenised: several rules are usually matched against the same claim. */
let lastPrepared: PreparedText | undefined;

function prepare(normalized: string): PreparedText {
  if (lastPrepared?.normalized !== normalized) {
    const tokens = tokenize(normalized);
    lastPrepared = { normalized, tokens, set: new Set(tokens) };
  }
  return lastPrepared;
}

function tokenMatches(token: string, wanted: string, prefix: boolean): boolean {
  return prefix ? token.startsWith(wanted) : token === wanted;
}

function matchesTerm(text: PreparedText, wanted: readonly string[], prefix: boolean): boolean {
  if (wanted.length === 1) {
    const only = wanted[0]!;
    if (!prefix) return text.set.has(only);
    return text.tokens.some((t) => t.startsWith(only));
  }
  // Phrase: every word must be there at all before scanning for the sequence.
  for (let k = 0; k < wanted.length - 1; k++) if (!text.set.has(wanted[k]!)) return false;
  const { tokens } = text;
  const last = wanted.length - 1;
  outer: for (let i = 0; i + last < tokens.length; i++) {
    for (let k = 0; k <= last; k++) {
      if (!tokenMatches(tokens[i + k]!, wanted[k]!, prefix && k === last)) continue outer;
    }
    return true;
  }
  return false;
}

function matchesValue(actual: string | null | undefined, wanted: string, prefix: boolean): boolean {
  if (actual === null || actual === undefined) return false;
  const normalized = normalizeText(actual);
  return prefix ? normalized.startsWith(wanted) : normalized === wanted;
}

function evaluate(ast: RuleAst, subject: RuleSubject, text: PreparedText): boolean {
  switch (ast.type) {
    case 'and':
      return ast.children.every((child) => evaluate(child, subject, text));
    case 'or':
      return ast.children.some((child) => evaluate(child, subject, text));
    case 'not':
      return !evaluate(ast.child, subject, text);
    case 'term':
      return matchesTerm(text, ast.tokens, ast.prefix);
    case 'field':
      if (ast.field === 'lang') return canonicalLanguage(subject.language) === ast.value;
      if (ast.field === 'source') return matchesValue(subject.sourceName, ast.value, ast.prefix);
      return matchesValue(subject.platform, ast.value, ast.prefix);
  }
}

/**
 * Whether a claim satisfies a parsed rule. Terms match whole words of `claim.normalized`
 * (Cyrillic and Latin alike: "рос*" matches «россия» and «російські», "ес" does not match
 * «если»); `lang:` compares the primary language subtag; `source:` and `platform:` compare the
 * normalised name, exactly or by prefix. Time is linear in the claim's length for each term.
 */
export function matchesRule(ast: RuleAst, claim: RuleSubject): boolean {
  return evaluate(ast, claim, prepare(claim.normalized));
}

/**
 * The terms a claim can match a rule by, for highlighting evidence: words and phrases outside
 * any NOT, in rule order, without duplicates ("nato", "expansion of nato", "мобилизац*").
 */
export function ruleTerms(ast: RuleAst): string[] {
  const out = new Set<string>();
  const walk = (node: RuleAst, negated: boolean): void => {
    switch (node.type) {
      case 'and':
      case 'or':
        for (const child of node.children) walk(child, negated);
        break;
      case 'not':
        walk(node.child, !negated);
        break;
      case 'term':
        if (!negated) out.add(`${node.tokens.join(' ')}${node.prefix ? '*' : ''}`);
        break;
      case 'field':
        break;
    }
  };
  walk(ast, false);
  return [...out];
}

/** A canonical text of the rule, which parses back to the same tree. */
export function formatRule(ast: RuleAst): string {
  const format = (node: RuleAst, parent: 'and' | 'or' | 'not' | 'top'): string => {
    switch (node.type) {
      case 'and': {
        const text = node.children.map((c) => format(c, 'and')).join(' AND ');
        return parent === 'not' || parent === 'and' ? `(${text})` : text;
      }
      case 'or': {
        const text = node.children.map((c) => format(c, 'or')).join(' OR ');
        return parent === 'top' ? text : `(${text})`;
      }
      case 'not':
        return `NOT ${format(node.child, 'not')}`;
      case 'term': {
        const words = `${node.tokens.join(' ')}${node.prefix ? '*' : ''}`;
        return node.phrase ? `"${words}"` : words;
      }
      case 'field': {
        const value = `${node.value}${node.prefix ? '*' : ''}`;
        if (/^[\p{L}\p{N}*]+$/u.test(value)) return `${node.field}:${value}`;
        return value.includes('"') ? `${node.field}:«${value}»` : `${node.field}:"${value}"`;
      }
    }
  };
  return format(ast, 'top');
}
