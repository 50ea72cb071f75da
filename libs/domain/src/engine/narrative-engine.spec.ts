import { normalizeText } from '../text/normalize.js';
import { NarrativeEngine, RULE_CONFIDENCE, type EngineModelInput, type ScoringClaim } from './narrative-engine.js';

const model: EngineModelInput = {
  narratives: [
    { id: '1', slug: 'staged-evacuation', name: 'Evacuations are staged', keywords: ['evacuation', 'евакуац', 'эвакуац'] },
    { id: '2', slug: 'grain-weapons', name: 'Grain ships carry weapons', keywords: ['grain', 'weapons'], rule: 'grain AND (weapons OR rockets)' },
  ],
  examples: [],
};

const claim = (text: string, source: string | null = 'Wire'): ScoringClaim => ({ text, normalized: normalizeText(text), language: 'en', sourceName: source, platform: 'web' });

describe('NarrativeEngine', () => {
  it('gives a similarity verdict for an on-topic claim and none for an off-topic one', () => {
    const engine = new NarrativeEngine(model);
    const verdicts = engine.verdicts(claim('Officials said the evacuation of the town was staged for foreign cameras.'));
    expect(verdicts).toEqual([expect.objectContaining({ narrativeId: '1', origin: 'SIMILARITY' })]);
    expect(verdicts[0]!.confidence).toBeGreaterThanOrEqual(engine.threshold);
    expect(engine.verdicts(claim('Bread prices rose again in the capital this week.'))).toEqual([]);
  });

  it('gives a rule verdict, at least RULE_CONFIDENCE, with the rule named in the evidence', () => {
    const engine = new NarrativeEngine(model);
    const [verdict] = engine.verdicts(claim('Witnesses say grain ships carry rockets.')).filter((v) => v.narrativeId === '2');
    expect(verdict).toMatchObject({ origin: 'RULE' });
    expect(verdict!.confidence).toBeGreaterThanOrEqual(RULE_CONFIDENCE);
    expect(verdict!.evidence[0]).toMatch(/^rule: .*grain/);
  });

  it('gives the verdicts that ranking every narrative in full would give', () => {
    const engine = new NarrativeEngine(model);
    for (const text of [
      'Officials said the evacuation of the town was staged for foreign cameras.',
      'Witnesses say grain ships carry rockets.',
      'Kyiv denied that the evacuation was staged, calling the grain story a fake.',
      'Bread prices rose again in the capital this week.',
    ]) {
      const c = claim(text);
      const ranked = engine.rank(c);
      const full = ['1', '2'].flatMap((id) => engine.verdict(c, id, ranked) ?? []);
      expect(engine.verdicts(c).sort((a, b) => a.narrativeId.localeCompare(b.narrativeId))).toEqual(full);
    }
  });

  it('ignores a stored rule that does not parse, and says so', () => {
    const bad: string[] = [];
    const engine = new NarrativeEngine({ ...model, narratives: [{ ...model.narratives[1]!, rule: 'grain AND (' }] }, (id) => bad.push(id));
    expect(bad).toEqual(['2']);
    expect(engine.verdicts(claim('Witnesses say grain ships carry rockets.')).filter((v) => v.origin === 'RULE')).toEqual([]);
  });

  it('gives equal verdicts when built twice from the same input (as the import workers do)', () => {
    const withExample: EngineModelInput = {
      ...model,
      examples: [{ id: '9', narrativeId: '1', text: 'The evacuation of Sumy was filmed with actors, a blogger wrote.', language: 'en', positive: true }],
    };
    const text = claim('Actors were filmed during the evacuation of Kharkiv, the channel wrote.');
    expect(new NarrativeEngine(withExample).verdicts(text)).toEqual(new NarrativeEngine(withExample).verdicts(text));
    expect(new NarrativeEngine(withExample).verdicts(text).length).toBeGreaterThan(0);
  });
});
