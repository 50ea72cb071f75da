import { CLAIMS } from '../../../../test/fixtures/export-claims.js';
import { toJsonLine, toJsonLines } from './index.js';

describe('toJsonLine', () => {
  it('writes one claim per line that parses back to the same data with ISO dates', () => {
    const line = toJsonLine(CLAIMS[2]);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\r\n]/);
    const back = JSON.parse(line);
    // the keys for STIX ids (position, fingerprint, lower-cased name) stay out of the JSON
    const { position, documentFingerprint, source, ...rest } = CLAIMS[2];
    const { nameKey, ...sourceFields } = source;
    expect(back).toEqual({
      ...rest,
      source: sourceFields,
      publishedAt: '2024-03-12T07:00:00.000Z',
      tags: CLAIMS[2].tags.map((t) => ({ ...t, updatedAt: t.updatedAt.toISOString() })),
    });
    expect(Object.keys(back)).toEqual([
      'id', 'text', 'language', 'publishedAt', 'claimant', 'documentId', 'documentUrl', 'documentTitle', 'source', 'tags', 'documentExternalId', 'documentAuthor',
    ]);
    expect(JSON.parse(toJsonLine(CLAIMS[0])).documentExternalId).toBe('frontovyi_ohliad/3');
  });

  it('streams many claims', async () => {
    const lines: string[] = [];
    for await (const l of toJsonLines(CLAIMS)) lines.push(l);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['c-1', 'c-2', 'c-3', 'c-4', 'c-5']);
  });
});
