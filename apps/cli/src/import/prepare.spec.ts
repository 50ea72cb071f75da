import { minHashValues, NarrativeEngine } from '@app/domain';
import { prepareBatch } from './prepare.js';

const doc = (externalId: string, text: string) => ({ externalId, text, publishedAt: '2024-07-01T09:00:00Z', source: { name: 'Topic Wire', platform: 'web' } });
const engine = new NarrativeEngine({ narratives: [{ id: '1', slug: 'staged-evacuation', name: 'Evacuations are staged', keywords: ['evacuation', 'евакуац', 'эвакуац'] }], examples: [] });

describe('prepareBatch', () => {
  it('extracts each valid record with MinHash values and, given the engine, its verdicts', () => {
    const batch = prepareBatch([
      { recordNo: 1, document: doc('a', 'Officials said the evacuation of the town was staged for foreign cameras.') },
      { recordNo: 2, document: { ...doc('b', 'x'), publishedAt: 'not a date' } },
    ], engine);
    expect(batch.rejects.map((r) => r.recordNo)).toEqual([2]);
    const [claim] = batch.valid[0]!.doc.claims!;
    expect(claim!.minHash).toEqual(minHashValues(claim!.normalized));
    expect(claim!.verdicts).toEqual(
      engine.verdicts({ text: claim!.text, normalized: claim!.normalized, language: claim!.language, sourceName: 'Topic Wire', platform: 'web' }),
    );
    expect(claim!.verdicts).toEqual([expect.objectContaining({ narrativeId: '1', origin: 'SIMILARITY' })]);
  });

  it('leaves scoring to the ingest path without an engine, and extraction too for known documents', () => {
    const batch = prepareBatch([
      { recordNo: 1, document: doc('a', 'Grain ships carry weapons, the ministry claimed.') },
      { recordNo: 2, document: doc('b', 'Grain ships carry weapons, the ministry claimed.'), extract: false },
    ]);
    expect(batch.valid[0]!.doc.claims![0]!.verdicts).toBeUndefined();
    expect(batch.valid[1]!.doc.claims).toBeUndefined();
  });
});
