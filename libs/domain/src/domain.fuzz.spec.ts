import fc from 'fast-check';
import { DomainError, DomainErrorCode } from './errors.js';
import { detectLanguage, extractClaims, findClaimant, splitSentences } from './extraction/index.js';
import { validateDocument } from './ingest/index.js';
import { decodeCursor, encodeCursor } from './pagination/cursor.js';
import { formatRule, matchesRule, parseRule } from './rules/index.js';
import { normalizeText } from './text/normalize.js';
import { countTokens, tokenize } from './text/tokenize.js';

/**
 * Robustness properties of the domain's text functions against hostile input: they return a
 * value of the promised shape or throw a DomainError with BAD_INPUT, and never anything else.
 */

const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uDBFFy',
  '\uFEFF\u200B\u200C\u200D\u2060',
  '\u202Eevil\u202C',
  "'; DROP TABLE claims; --",
  "1' OR '1'='1",
  '%_\\%',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'e\u0301\u0301\u0301',
  'ﷺ ﬁ ẞ İ ǅ',
  '👩‍👩‍👧‍👦🇺🇦🏳️‍🌈',
  'Мо\u0441ква Kиїв ёлка',
  '...!!!???',
  '«»“”„’ʼ‘`′—–−',
  '\r\n\t\v\f',
  'https://example.org/a?b=c#d www.example.org',
  '#hashtag @mention',
];

const WORDS = [
  'Kyiv', 'Moscow', 'said', 'that', 'the', 'army', 'is', 'collapsing', 'Песков', 'заявил', 'що', 'Україна',
  'не', '«', '»', '"', '.', '!', '?', ',', ';', '—', '(', ')', 'Mr.', 'т.д.', '\n', '  ', '🔥', '#news', 'https://t.me/x',
];

/** Any code points (lone surrogates included), graphemes, known-nasty strings and word salad. */
const hostile = (maxLength = 300): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.constantFrom(...NASTY),
    fc.array(fc.constantFrom(...WORDS, ...NASTY), { maxLength: 60 }).map((parts) => parts.join(' ')),
    fc.tuple(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 40 })).map(([a, b]) => a + b + a),
  );

/** The only error the domain may throw at bad input. */
function expectBadInput(err: unknown): void {
  expect(err).toBeInstanceOf(DomainError);
  expect((err as DomainError).code).toBe(DomainErrorCode.BadInput);
}

const BIG = 200_000;
const bigTexts = [
  'a'.repeat(BIG),
  'Kyiv said the front holds. '.repeat(BIG / 27),
  'Песков заявил, что «переговоры невозможны». '.repeat(BIG / 44),
  '\uD800'.repeat(BIG),
  '🔥'.repeat(BIG / 2),
  ('x'.repeat(999) + ' ').repeat(BIG / 1000),
  '.'.repeat(BIG),
  '«'.repeat(BIG),
];

describe('text functions under hostile input', () => {
  it('normalizeText returns a trimmed string and is idempotent', () => {
    fc.assert(
      fc.property(hostile(), (s) => {
        const n = normalizeText(s);
        expect(typeof n).toBe('string');
        expect(n).toBe(n.trim());
        expect(normalizeText(n)).toBe(n);
      }),
      { numRuns: 400 },
    );
  });

  it('tokenize gives non-empty tokens without spaces, as many as countTokens says', () => {
    fc.assert(
      fc.property(hostile(), (s) => {
        const n = normalizeText(s);
        const tokens = tokenize(n);
        for (const t of tokens) {
          expect(t.length).toBeGreaterThan(0);
          expect(t).not.toMatch(/\s/);
        }
        expect(countTokens(n)).toBe(tokens.length);
      }),
      { numRuns: 400 },
    );
  });

  it('detectLanguage and findClaimant answer for anything', () => {
    fc.assert(
      fc.property(hostile(), (s) => {
        expect(['en', 'ru', 'uk', 'und']).toContain(detectLanguage(s));
        const who = findClaimant(s);
        expect(who === null || typeof who === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('splitSentences returns ordered spans inside the input', () => {
    fc.assert(
      fc.property(hostile(600), (s) => {
        let last = 0;
        for (const span of splitSentences(s)) {
          expect(span.start).toBeGreaterThanOrEqual(last);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(s.length);
          expect(span.text.trim().length).toBeGreaterThan(0);
          last = span.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('extractClaims gives numbered, non-empty, fingerprinted claims', () => {
    fc.assert(
      fc.property(hostile(600), fc.option(hostile(80)), fc.constantFrom(null, 'en', 'ru', 'uk', 'xx', ''), (text, title, language) => {
        const claims = extractClaims({ text, title, language });
        claims.forEach((c, i) => {
          expect(c.position).toBe(i);
          expect(c.text.trim().length).toBeGreaterThan(0);
          expect(c.fingerprint).toMatch(/^[0-9a-f]{40}$/);
          expect(typeof c.normalized).toBe('string');
          expect(typeof c.language).toBe('string');
        });
      }),
      { numRuns: 300 },
    );
  });

  it('handles 200,000-character texts in bounded time', () => {
    for (const text of bigTexts) {
      const started = Date.now();
      const n = normalizeText(text);
      tokenize(n);
      detectLanguage(text, n);
      const claims = extractClaims({ text, language: null });
      for (const c of claims) expect(c.text.length).toBeLessThanOrEqual(text.length);
      expect(Date.now() - started).toBeLessThan(10_000);
    }
  });
});

describe('parsers and validators under hostile input', () => {
  it('parseRule returns a rule that formats and re-parses to itself, or refuses with BAD_INPUT', () => {
    const ruleish = fc.oneof(
      hostile(200),
      fc
        .array(fc.constantFrom('(', ')', 'AND', 'OR', 'NOT', '-', '"', '«', '»', '*', 'lang:ru', 'source:', 'platform:tg', 'мобилизац*', 'kyiv', 'pro-russian', ' '), { maxLength: 30 })
        .map((p) => p.join(' ')),
    );
    fc.assert(
      fc.property(ruleish, (rule) => {
        let ast;
        try {
          ast = parseRule(rule);
        } catch (err) {
          expectBadInput(err);
          return;
        }
        expect(parseRule(formatRule(ast))).toEqual(ast);
        expect(typeof matchesRule(ast, { normalized: normalizeText(rule), language: 'en', sourceName: rule, platform: null })).toBe('boolean');
      }),
      { numRuns: 500 },
    );
    expect(() => parseRule('('.repeat(100_000))).toThrow(DomainError);
  });

  it('validateDocument accepts only storable documents and refuses the rest with BAD_INPUT', () => {
    const doc = fc.record({
      externalId: fc.option(hostile(50)),
      url: fc.option(hostile(50)),
      title: fc.option(hostile(80)),
      text: hostile(400),
      language: fc.option(fc.oneof(fc.constantFrom('en', 'RU', 'uk', 'en-GB', 'x', 'toolonglanguage'), hostile(10))),
      publishedAt: fc.oneof(fc.constantFrom('2026-03-01T00:00:00Z', '2026-02-30', 'yesterday', '', '9999-99-99'), hostile(30)),
      source: fc.record({ name: hostile(40), platform: fc.option(hostile(20)), country: fc.option(hostile(10)) }),
    });
    fc.assert(
      fc.property(doc, (raw) => {
        let valid;
        try {
          valid = validateDocument(raw as never, 'doc');
        } catch (err) {
          expectBadInput(err);
          expect((err as DomainError).field).toMatch(/^doc(\.|$)/);
          return;
        }
        for (const value of [valid.text, valid.title, valid.externalId, valid.url, valid.source.name]) {
          if (value === null) continue;
          expect(value.includes('\u0000')).toBe(false);
          expect(value.isWellFormed()).toBe(true);
        }
        expect(Number.isNaN(valid.publishedAt.getTime())).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('decodeCursor refuses anything it did not encode, and round-trips what it did', () => {
    fc.assert(
      fc.property(hostile(120), (s) => {
        try {
          const c = decodeCursor(s);
          expect(/^\d{1,19}$/.test(c.id)).toBe(true);
        } catch (err) {
          expectBadInput(err);
        }
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), fc.bigInt({ min: 1n, max: 2n ** 62n }), (d, id) => {
        const c = decodeCursor(encodeCursor({ publishedAt: d, id: String(id) }));
        expect(c).toEqual({ publishedAt: d, id: String(id) });
      }),
      { numRuns: 200 },
    );
  });
});
