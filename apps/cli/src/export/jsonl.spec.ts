import { CLAIMS } from '../../../../test/fixtures/export-claims.js';
import { toJsonLine, toJsonLines } from './index.js';

describe('toJsonLine', () => {
  it('writes one claim per line that parses back to the same data with ISO dates', () => {
    const line = toJsonLine(CLAIMS[2]);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\r\n]/);
    const back = JSON.parse(line);
    expect(back).toEqual({
      ...CLAIMS[2],
      publishedAt: '2024-03-12T07:00:00.000Z',
      tags: CLAIMS[2].tags.map((t) => ({ ...t, updatedAt: t.updatedAt.toISOString() })),
    });
    expect(Object.keys(back)).toEqual(['id', 'text', 'language', 'publishedAt', 'claimant', 'documentId', 'documentUrl', 'documentTitle', 'source', 'tags']);
  });

  it('streams many claims', async () => {
    const lines: string[] = [];
    for await (const l of toJsonLines(CLAIMS)) lines.push(l);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['c-1', 'c-2', 'c-3', 'c-4', 'c-5']);
  });
});
