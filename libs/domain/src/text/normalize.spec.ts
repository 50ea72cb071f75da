import { normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it('folds case, ё, quotes, dashes and whitespace', () => {
    expect(normalizeText('  «Ёлки» — “Палки”\n https://x.y/z  ')).toBe('"елки" - "палки"');
  });
});
