import { LIMITS } from '@app/domain';
import { buildDocument, normalisePublishedAt } from './document.js';

describe('buildDocument', () => {
  const base = { text: 'claim', publishedAt: '2024-03-01T00:00:00Z', source: { name: 'S' } };

  it('reads the author leniently: a string, an object\'s name, a list of either; anything else is left out, not a reject', () => {
    const author = (value: unknown) => {
      const r = buildDocument({ ...base, author: value });
      return r.ok ? r.document.author : `rejected: ${r.reason}`;
    };
    expect(author('  Jane Roe ')).toBe('Jane Roe');
    expect(author({ name: 'Jane Roe', url: 'https://x.example' })).toBe('Jane Roe');
    expect(author(['Jane Roe', { name: 'John Doe' }, 7, ''])).toBe('Jane Roe, John Doe');
    expect(author({ id: 5 })).toBeNull();
    expect(author(42)).toBeNull();
    expect(author('   ')).toBeNull();
    const long = author('я'.repeat(LIMITS.maxShortFieldLength + 50)) as string;
    expect(long).toHaveLength(LIMITS.maxShortFieldLength);
    expect(long.endsWith('…')).toBe(true);
    // a cut never leaves half of a surrogate pair behind
    const emoji = author(`${'x'.repeat(LIMITS.maxShortFieldLength - 2)}😀😀`) as string;
    expect(emoji.isWellFormed()).toBe(true);
    expect(emoji.length).toBeLessThanOrEqual(LIMITS.maxShortFieldLength);
  });

  it('trims short fields, turns blanks into null and numbers in externalId into strings', () => {
    const result = buildDocument({ ...base, title: '  Title ', url: '', externalId: 17, language: ' uk ' });
    expect(result).toEqual({
      ok: true,
      document: {
        externalId: '17', url: null, title: 'Title', author: null, text: 'claim', language: 'uk',
        publishedAt: '2024-03-01T00:00:00.000Z', source: { name: 'S', platform: null, country: null },
      },
    });
  });

  it('reports every problem of a record at once', () => {
    expect(buildDocument({ source: ['x'], url: 5 })).toEqual({
      ok: false,
      reason: 'missing text; missing publishedAt; source must be an object {name, platform?, country?}; missing source name; url must be a string',
    });
  });

  it('enforces the shared input limits', () => {
    const long = buildDocument({ ...base, text: 'x'.repeat(LIMITS.maxTextLength + 1) });
    expect(long).toEqual({ ok: false, reason: `text is longer than ${LIMITS.maxTextLength} characters` });
    const title = buildDocument({ ...base, title: 't'.repeat(LIMITS.maxShortFieldLength + 1) });
    expect(title).toEqual({ ok: false, reason: `title is longer than ${LIMITS.maxShortFieldLength} characters` });
  });

  it('accepts a Date and rejects an invalid one', () => {
    expect(buildDocument({ ...base, publishedAt: new Date('2024-01-02T03:04:05Z') })).toMatchObject({
      ok: true,
      document: { publishedAt: '2024-01-02T03:04:05.000Z' },
    });
    expect(buildDocument({ ...base, publishedAt: new Date('nope') })).toEqual({ ok: false, reason: 'invalid publishedAt date' });
  });

  it('names the accepted date forms when a date cannot be read', () => {
    expect(buildDocument({ ...base, publishedAt: '11/26/2026 10:00' })).toEqual({
      ok: false,
      reason: 'unparsable publishedAt "11/26/2026 10:00" (use ISO 8601 such as 2026-11-26T10:00:00Z, RFC 822, or 26.11.2026 10:00)',
    });
  });
});

describe('normalisePublishedAt', () => {
  it('reads a string of exactly 10 or 13 digits as Unix seconds or milliseconds, and no other digit string', () => {
    expect(normalisePublishedAt('1709294400')).toEqual({ iso: '2024-03-01T12:00:00.000Z' });
    expect(normalisePublishedAt(' 1709294400123 ')).toEqual({ iso: '2024-03-01T12:00:00.123Z' });
    for (const other of ['20240101', '170929440', '17092944001', '-1709294400']) {
      expect([other, normalisePublishedAt(other)]).toEqual([other, { problem: expect.stringMatching(/^unparsable publishedAt/) }]);
    }
  });
});
