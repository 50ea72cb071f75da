import { seededRandom } from '../random.js';
import { detectSpikes, median, SPIKE_DEFAULTS } from './spikes.js';

/** Seeded, so the noisy series are the same on every run. */
const rng = seededRandom;

function poisson(lambda: number, random: () => number): number {
  if (lambda > 50) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian(random)));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k += 1;
    p *= random();
  } while (p > limit);
  return k - 1;
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
}

/** A year of days with a weekday rhythm (weekends at 40 %). */
function weeklySeries(level: number, seed: number, days = 365): number[] {
  const random = rng(seed);
  return Array.from({ length: days }, (_, d) => poisson(d % 7 >= 5 ? level * 0.4 : level, random));
}

describe('median', () => {
  it('takes the middle of odd and even lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe('detectSpikes', () => {
  it('finds planted surges on a weekly-rhythm series and nothing else', () => {
    const series = weeklySeries(20, 7);
    const planted = [60, 150, 151, 300];
    for (const d of planted) series[d] = (series[d] as number) + 90;
    const found = detectSpikes(series, SPIKE_DEFAULTS.DAY).map((s) => s.index);
    expect(found).toEqual(expect.arrayContaining([60, 150, 300]));
    expect(found.filter((i) => !planted.includes(i))).toEqual([]);
  });

  it('reports expected and score beside the count', () => {
    const series = weeklySeries(10, 3, 100);
    series[80] = 70;
    const [spike] = detectSpikes(series, SPIKE_DEFAULTS.DAY, 70);
    expect(spike?.index).toBe(80);
    expect(spike?.count).toBe(70);
    expect(spike?.expected).toBeGreaterThan(3);
    expect(spike?.expected).toBeLessThan(15);
    expect(spike?.score).toBeGreaterThan(5);
  });

  it('raises no false alarm on flat noisy series, whatever the level', () => {
    for (const [level, seed] of [[3, 1], [20, 2], [80, 3], [400, 4]] as const) {
      for (let s = 0; s < 5; s += 1) {
        expect(detectSpikes(weeklySeries(level, seed * 100 + s), SPIKE_DEFAULTS.DAY)).toEqual([]);
      }
    }
  });

  it('stays quiet on zero-heavy series with sporadic small counts', () => {
    const random = rng(11);
    for (let s = 0; s < 10; s += 1) {
      const series = Array.from({ length: 365 }, () => (random() < 0.1 ? 1 + Math.floor(random() * 3) : 0));
      expect(detectSpikes(series, SPIKE_DEFAULTS.DAY)).toEqual([]);
    }
  });

  it('does not judge months against empty months before the collection began', () => {
    // twelve months before anything was gathered, then a narrative at a steady pace for five months
    const months = [...new Array(12).fill(0), 20, 48, 45, 32, 40];
    expect(detectSpikes(months, SPIKE_DEFAULTS.MONTH, 12).length).toBeGreaterThan(0); // zeros taken for history
    expect(detectSpikes(months, SPIKE_DEFAULTS.MONTH, 12, 12)).toEqual([]);
    // with enough history since the collection began, a real surge is still found
    const longer = [...new Array(12).fill(0), 20, 18, 22, 19, 21, 20, 23, 19, 90];
    expect(detectSpikes(longer, SPIKE_DEFAULTS.MONTH, 12, 12).map((x) => x.index)).toEqual([20]);
  });

  it('still catches a burst out of silence when the silence was watched', () => {
    const series = new Array(120).fill(0);
    series[90] = 12;
    series[91] = 25;
    expect(detectSpikes(series, SPIKE_DEFAULTS.DAY, 0, 30).map((s) => s.index)).toContain(90);
  });

  it('still catches a real burst out of silence', () => {
    const series = new Array(120).fill(0);
    series[90] = 12;
    series[91] = 25;
    const found = detectSpikes(series, SPIKE_DEFAULTS.DAY).map((s) => s.index);
    expect(found).toContain(90);
  });

  it('does not take the weekly Monday return after a quiet weekend for a surge', () => {
    const series = Array.from({ length: 120 }, (_, d) => (d % 7 >= 5 ? 2 : 30));
    expect(detectSpikes(series, SPIKE_DEFAULTS.DAY)).toEqual([]);
  });

  it('uses the buckets before fromIndex only as history', () => {
    const series = weeklySeries(10, 5, 100);
    series[40] = 90;
    series[95] = 90;
    expect(detectSpikes(series, SPIKE_DEFAULTS.DAY, 60).map((s) => s.index)).toEqual([95]);
  });
});
