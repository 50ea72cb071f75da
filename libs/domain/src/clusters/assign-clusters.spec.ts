import { normalizeText } from '../text/normalize.js';
import { assignClusters } from './assign-clusters.js';

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
    expect(result[0]?.bands.length).toBeGreaterThan(10);
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
