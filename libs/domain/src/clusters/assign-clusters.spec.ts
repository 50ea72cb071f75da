import { normalizeText } from '../text/normalize.js';
import { assignClusters, lookupBands } from './assign-clusters.js';
import { bandNumbersOfValues, bandOfNumber, DEFAULT_NEAR_DUPLICATE_THRESHOLD, minHashValues, similarityOfValues, STORED_BAND_COUNT } from './minhash.js';

const item = (id: string, text: string) => ({ id, normalized: normalizeText(text) });

describe('assignClusters', () => {
  const original = 'Russian forces have fully encircled the Ukrainian garrison in Pokrovsk, the ministry said on Tuesday.';
  const copy = 'BREAKING: Russian forces have fully encircled the Ukrainian garrison in Pokrovsk, the ministry said on Tuesday 🔥 https://t.me/x/1';
  const other = 'Grain exports through the Black Sea corridor rose again in October, port officials reported.';

  it('joins an edited copy to a stored cluster and starts new clusters for other texts', () => {
    const stored = [{ ...item('10', original), clusterId: '7' }];
    const result = assignClusters([item('11', copy), item('12', other)], stored);
    expect(result.map((r) => [r.id, r.clusterId])).toEqual([
      ['11', '7'],
      ['12', '12'],
    ]);
    // Only founders keep band keys: the copy joined, the other text founded its own cluster.
    expect(result[0]?.bands).toEqual([]);
    expect(result[1]?.bands).toHaveLength(STORED_BAND_COUNT);
  });

  it('compares a copy with founders only, so copies of copies do not chain into other texts', () => {
    const words = 'the ministry said russian forces encircled the ukrainian garrison in pokrovsk on tuesday after heavy fighting'.split(' ');
    // Each text swaps two more words than the one before: neighbours are near copies, the ends are not.
    const drift = [0, 1, 2, 3, 4, 5].map((k) => words.map((w, i) => (i < k * 3 ? `${w}x` : w)).join(' '));
    const values = drift.map((text) => minHashValues(text)!);
    // Every text is a near copy of the one before it (chaining would put all of them together)…
    for (let i = 1; i < drift.length; i++) expect(similarityOfValues(values[i]!, values[i - 1]!)).toBeGreaterThanOrEqual(DEFAULT_NEAR_DUPLICATE_THRESHOLD);
    const result = assignClusters(drift.map((text, i) => ({ id: String(i + 1), normalized: text })), []);
    const clusters = result.map((r) => r.clusterId);
    expect(clusters[1]).toBe('1');
    // …but the last is far from the first and founds another cluster,
    expect(clusters.at(-1)).not.toBe('1');
    // and every member is a near copy of its cluster's founder.
    for (const [i, r] of result.entries()) {
      expect(similarityOfValues(values[i]!, values[Number(r.clusterId) - 1]!)).toBeGreaterThanOrEqual(DEFAULT_NEAR_DUPLICATE_THRESHOLD);
    }
  });

  it('uses precomputed MinHash values as given', () => {
    const values = minHashValues(normalizeText(original));
    // The stored member is found through the values of the original although its text is other.
    const stored = [{ id: '10', normalized: normalizeText(other), values, clusterId: '7' }];
    expect(assignClusters([item('11', copy)], stored).map((r) => r.clusterId)).toEqual(['7']);
  });

  it('looks up the stored bands of each item once', () => {
    const keys = lookupBands([item('1', original), item('2', original), item('3', other)]);
    expect(keys).toHaveLength(2 * STORED_BAND_COUNT);
    expect(new Set(keys.map(bandOfNumber))).toEqual(new Set(Array.from({ length: STORED_BAND_COUNT }, (_, band) => band)));
    expect(keys.every(Number.isSafeInteger)).toBe(true);
    expect(lookupBands([item('5', '🔥🔥 !!!')])).toEqual([]);
    expect(keys).toEqual(expect.arrayContaining(bandNumbersOfValues(minHashValues(normalizeText(original))!, STORED_BAND_COUNT)));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });

  it('clusters copies inside one batch under the first of them', () => {
    const result = assignClusters([item('1', original), item('2', other), item('3', copy)], []);
    expect(result.map((r) => r.clusterId)).toEqual(['1', '2', '1']);
  });

  it('gives a text without words its own cluster and no bands', () => {
    const [result] = assignClusters([item('5', '🔥🔥 !!!')], []);
    expect(result).toEqual({ id: '5', clusterId: '5', bands: [] });
  });
});
