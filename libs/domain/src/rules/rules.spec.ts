import { DomainError, DomainErrorCode } from '../errors.js';
import { normalizeText } from '../text/normalize.js';
import { formatRule, matchesRule, ruleTerms } from './match-rule.js';
import { MAX_RULE_LENGTH, parseRule } from './parse-rule.js';
import type { RuleSubject } from './rule-ast.js';

const claim = (text: string, language = 'en', sourceName: string | null = null, platform: string | null = null): RuleSubject => ({
  normalized: normalizeText(text),
  language,
  sourceName,
  platform,
});
const matches = (rule: string, subject: RuleSubject): boolean => matchesRule(parseRule(rule), subject);

function syntaxError(rule: string): DomainError {
  try {
    parseRule(rule);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error(`expected "${rule}" to be rejected`);
}

describe('parseRule', () => {
  it('builds the tree with AND binding tighter than OR and implicit AND', () => {
    expect(parseRule('nato expansion OR "biological weapons"')).toEqual({
      type: 'or',
      children: [
        {
          type: 'and',
          children: [
            { type: 'term', tokens: ['nato'], prefix: false, phrase: false },
            { type: 'term', tokens: ['expansion'], prefix: false, phrase: false },
          ],
        },
        { type: 'term', tokens: ['biological', 'weapons'], prefix: false, phrase: true },
      ],
    });
  });

  it('reads NOT, -term, prefixes, fields and groups', () => {
    expect(parseRule('(мобилизац* OR призыв) -учения NOT lang:en source:"Рыбарь" platform:Telegram')).toEqual({
      type: 'and',
      children: [
        {
          type: 'or',
          children: [
            { type: 'term', tokens: ['мобилизац'], prefix: true, phrase: false },
            { type: 'term', tokens: ['призыв'], prefix: false, phrase: false },
          ],
        },
        { type: 'not', child: { type: 'term', tokens: ['учения'], prefix: false, phrase: false } },
        { type: 'not', child: { type: 'field', field: 'lang', value: 'en', prefix: false } },
        { type: 'field', field: 'source', value: 'рыбарь', prefix: false },
        { type: 'field', field: 'platform', value: 'telegram', prefix: false },
      ],
    });
  });

  it('normalises terms like claims: case, ё, apostrophes, hyphenated words', () => {
    expect(parseRule('ЁЛКИ')).toEqual({ type: 'term', tokens: ['елки'], prefix: false, phrase: false });
    expect(parseRule('м’ясо')).toEqual({ type: 'term', tokens: ["м'ясо"], prefix: false, phrase: false });
    expect(parseRule('pro-russian')).toEqual({ type: 'term', tokens: ['pro', 'russian'], prefix: false, phrase: true });
  });

  it('treats lower-case and/or/not as words', () => {
    expect(parseRule('war and peace')).toEqual({
      type: 'and',
      children: ['war', 'and', 'peace'].map((w) => ({ type: 'term', tokens: [w], prefix: false, phrase: false })),
    });
  });

  it('accepts guillemets and curly quotes around phrases', () => {
    const expected = { type: 'term', tokens: ['крым', 'наш'], prefix: false, phrase: true };
    expect(parseRule('«Крым наш»')).toEqual(expected);
    expect(parseRule('“Крым наш”')).toEqual(expected);
  });

  it('maps language aliases and tags to the primary code', () => {
    expect(parseRule('lang:UA')).toEqual({ type: 'field', field: 'lang', value: 'uk', prefix: false });
    expect(parseRule('language:ru-RU')).toEqual({ type: 'field', field: 'lang', value: 'ru', prefix: false });
  });

  describe('syntax errors carry a 0-based position', () => {
    it.each([
      ['putin AND war) OR x', 'Unexpected ")" at position 13', 13],
      ['(putin OR war', 'Missing ")" to close "(" at position 0', 0],
      ['a (b (c OR d)', 'Missing ")" to close "(" at position 2', 2],
      ['()', 'Unexpected ")" at position 1', 1],
      ['putin AND', 'Expected a term after "AND" at position 9', 9],
      ['putin OR OR war', 'Expected a term after "OR" at position 9', 9],
      ['AND putin', 'Unexpected "AND" at position 0', 0],
      ['putin NOT', 'Expected a term after "NOT" at position 9', 9],
      ['(putin OR)', 'Expected a term after "OR" at position 9', 9],
      ['putin -', 'Expected a term after "-" at position 6', 6],
      ['war ""', 'Empty phrase at position 4', 4],
      ['war " !! "', 'Empty phrase at position 4', 4],
      ['war "nato expansion', 'Unterminated phrase at position 4', 4],
      ['author:smith', 'Unknown field "author" at position 0', 0],
      ['war lang:', 'Missing value for field "lang" at position 9', 9],
      ['lang:russian1', 'Invalid language "russian1" at position 5', 5],
      ['nat*o', 'Wildcard "*" is only allowed at the end of a term at position 3', 3],
      ['war *', 'Term "*" has no letters or digits at position 4', 4],
      ['', 'Rule is empty at position 0', 0],
      ['   ', 'Rule is empty at position 0', 0],
    ])('%j → %s', (rule, message, position) => {
      const error = syntaxError(rule);
      expect(error.code).toBe(DomainErrorCode.BadInput);
      expect(error.field).toBe('rule');
      expect(error.message).toBe(message);
      expect(error.details).toEqual({ position });
    });

    it('rejects rules over the length limit', () => {
      const error = syntaxError('a '.repeat(MAX_RULE_LENGTH / 2 + 1));
      expect(error.message).toBe(`Rule is longer than ${MAX_RULE_LENGTH} characters at position ${MAX_RULE_LENGTH}`);
      expect(() => parseRule(`${'a'.repeat(MAX_RULE_LENGTH)}`)).not.toThrow();
    });

    it('rejects absurd nesting instead of overflowing the stack', () => {
      expect(syntaxError(`${'('.repeat(500)}a${')'.repeat(500)}`).message).toMatch(/^Too many nested parentheses/);
    });
  });

  // A guard against a parser that turns super-linear (a regression would take seconds or hang),
  // not a speed measure: the bound is loose for a noisy machine. bench/ measures speed.
  it('parses the longest allowed rule without blowing up', () => {
    const rule = Array.from({ length: 400 }, (_, i) => `(t${i} OR -u${i})`).join(' ').slice(0, MAX_RULE_LENGTH);
    const trimmed = rule.slice(0, rule.lastIndexOf(')') + 1);
    const started = performance.now();
    parseRule(trimmed);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('matchesRule', () => {
  const en = claim('NATO expansion provoked the war, the Kremlin said.', 'en', 'RT', 'web');
  const ru = claim('Мобилизация в России не планируется, заявил Песков.', 'ru', 'Рыбарь', 'telegram');
  const uk = claim("П'ять російських дронів збито над Києвом.", 'uk', 'Суспільне', 'telegram');

  it('matches whole words only', () => {
    expect(matches('nato', en)).toBe(true);
    expect(matches('nat', en)).toBe(false);
    expect(matches('war', en)).toBe(true);
    expect(matches('wa', en)).toBe(false);
    // Cyrillic: «ес» must not match inside «песков»
    expect(matches('ес', ru)).toBe(false);
    expect(matches('песков', ru)).toBe(true);
  });

  it('is case-insensitive and folds ё and apostrophe variants', () => {
    expect(matches('МОБИЛИЗАЦИЯ', ru)).toBe(true);
    expect(matches('п’ять', uk)).toBe(true);
    expect(matches('пʼять', uk)).toBe(true);
    expect(matches('ПЁСКОВ', claim('Пёсков сказал'))).toBe(true);
  });

  it('matches prefixes across inflections', () => {
    expect(matches('мобилиз*', ru)).toBe(true);
    expect(matches('росс*', ru)).toBe(true);
    expect(matches('expan*', en)).toBe(true);
    expect(matches('expanz*', en)).toBe(false);
  });

  it('matches exact phrases only as adjacent words in order', () => {
    expect(matches('"nato expansion"', en)).toBe(true);
    expect(matches('"expansion nato"', en)).toBe(false);
    expect(matches('"nato war"', en)).toBe(false);
    expect(matches('"the kremlin said"', en)).toBe(true);
    expect(matches('"не планир*"', ru)).toBe(true);
    expect(matches('"дронів збито"', uk)).toBe(true);
  });

  it('matches a hyphenated term against the hyphenated word', () => {
    expect(matches('pro-russian', claim('A pro-Russian channel posted it.'))).toBe(true);
    expect(matches('pro-russian', claim('A pro and Russian channel'))).toBe(false);
  });

  it('combines AND, OR, NOT, -term and groups', () => {
    expect(matches('nato AND war', en)).toBe(true);
    expect(matches('nato AND peace', en)).toBe(false);
    expect(matches('nato peace', en)).toBe(false);
    expect(matches('peace OR kremlin', en)).toBe(true);
    expect(matches('nato -kremlin', en)).toBe(false);
    expect(matches('nato NOT peace', en)).toBe(true);
    expect(matches('(peace OR war) AND -(ukraine OR kyiv)', en)).toBe(true);
    expect(matches('NOT nato', en)).toBe(false);
    expect(matches('a OR b c', claim('b c'))).toBe(true);
    expect(matches('a OR b c', claim('b'))).toBe(false);
  });

  it('filters on language, source and platform', () => {
    expect(matches('lang:ru', ru)).toBe(true);
    expect(matches('lang:ru', uk)).toBe(false);
    expect(matches('lang:ru', claim('x y z', 'RU-ru'))).toBe(true);
    // a subject whose language is spelled as a country or ISO 639-2 code is still that language
    expect(matches('lang:uk', claim('x y z', 'ua'))).toBe(true);
    expect(matches('lang:ua', claim('x y z', 'ukr'))).toBe(true);
    expect(matches('lang:english', claim('x y z', 'en-GB'))).toBe(true);
    expect(matches('source:"Рыбарь" мобилизац*', ru)).toBe(true);
    expect(matches('source:рыб*', ru)).toBe(true);
    expect(matches('source:рыб', ru)).toBe(false);
    expect(matches('platform:telegram', uk)).toBe(true);
    expect(matches('-platform:telegram', uk)).toBe(false);
    expect(matches('platform:telegram', en)).toBe(false);
    expect(matches('source:rt', claim('x y z', 'en', null, null))).toBe(false);
  });

  it('gives the same answer for repeated and interleaved claims (tokenisation cache)', () => {
    const rule = parseRule('nato OR мобилизация');
    expect([en, ru, uk, en, en, uk].map((c) => matchesRule(rule, c))).toEqual([true, true, false, true, true, false]);
  });

  // As above: catches matching that grows with the square of a claim's length, with a loose bound.
  it('matches long claims without blowing up', () => {
    const long = claim('word '.repeat(20_000) + 'target');
    const rule = parseRule('"word target" OR tar* OR -missing');
    const started = performance.now();
    for (let i = 0; i < 20; i++) matchesRule(rule, { ...long, normalized: `${long.normalized} ${i}` });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('ruleTerms', () => {
  it('lists positive terms and phrases once, skipping negated ones and fields', () => {
    const ast = parseRule('(nato OR "biological weapons") мобилизац* -учения NOT (peace OR nato) lang:ru nato');
    expect(ruleTerms(ast)).toEqual(['nato', 'biological weapons', 'мобилизац*']);
  });

  it('counts a double negation as positive', () => {
    expect(ruleTerms(parseRule('NOT -kremlin'))).toEqual(['kremlin']);
  });
});

describe('formatRule', () => {
  it.each([
    'nato expansion OR "biological weapons"',
    '(мобилизац* OR призыв) -учения NOT lang:en source:"Рыбарь Z" platform:telegram',
    '(a OR b) OR c',
    'a AND (b AND c)',
    'NOT (a b) OR -(c OR d)',
    'pro-russian "nato expan*"',
    'source:«"рыбарь"»',
  ])('%s parses back to the same tree', (rule) => {
    const ast = parseRule(rule);
    expect(parseRule(formatRule(ast))).toEqual(ast);
  });
});
