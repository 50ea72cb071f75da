/**
 * Surge detection on a count series against its own recent past: robust to a weekly (or daily)
 * rhythm and to series that are mostly zeros.
 *
 * For each bucket the expected value is the median of the same phase of the season in the look-back
 * window (same weekday for days, same hour for hours) when the window holds at least three of them,
 * else the median of the whole window. The spread is the median absolute deviation of the window,
 * never below a Poisson floor √(expected + 1), so a 0 → 2 blip in a quiet series is not a surge.
 *
 * Buckets before the collection began (`knownFrom`: nothing of any narrative was gathered then) are
 * no history: their zeros say nothing of how loud a narrative usually is. A bucket with less history
 * than the window needs (7 buckets, or two seasons) is not judged, so a corpus a few months old has
 * no monthly surges instead of every month surging against empty months before it.
 */
export interface SpikeOptions {
  /** buckets of history each bucket is compared with */
  window: number;
  /** season length in buckets (7 for days, 24 for hours); 0 for none */
  season: number;
  /** robust z-score a surge must reach */
  threshold: number;
  /** smallest count that can be a surge */
  minCount: number;
  /** smallest ratio count / expected */
  minRatio: number;
}

export interface Spike {
  index: number;
  count: number;
  expected: number;
  score: number;
}

export const SPIKE_DEFAULTS: Record<'HOUR' | 'DAY' | 'WEEK' | 'MONTH', SpikeOptions> = {
  HOUR: { window: 168, season: 24, threshold: 5, minCount: 5, minRatio: 2 },
  DAY: { window: 28, season: 7, threshold: 5, minCount: 5, minRatio: 2 },
  WEEK: { window: 12, season: 0, threshold: 4, minCount: 5, minRatio: 1.8 },
  MONTH: { window: 12, season: 0, threshold: 4, minCount: 5, minRatio: 1.8 },
};

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Expected value and robust spread of bucket `t` from the `window` buckets before it (none before `knownFrom`). */
export function baselineAt(counts: readonly number[], t: number, options: SpikeOptions, knownFrom = 0): { expected: number; spread: number } | null {
  const start = Math.max(0, knownFrom, t - options.window);
  const history = counts.slice(start, t);
  if (history.length < Math.min(options.window, Math.max(7, options.season * 2))) return null;
  const level = median(history);
  let expected = level;
  if (options.season > 1) {
    const samePhase: number[] = [];
    for (let k = t - options.season; k >= start; k -= options.season) samePhase.push(counts[k] as number);
    if (samePhase.length >= 3) expected = median(samePhase);
  }
  const mad = median(history.map((v) => Math.abs(v - level))) * 1.4826;
  return { expected, spread: Math.max(mad, Math.sqrt(expected + 1)) };
}

/**
 * Buckets from `fromIndex` on that surge above their baseline; earlier buckets only serve as
 * history, and those before `knownFrom` not even that.
 */
export function detectSpikes(counts: readonly number[], options: SpikeOptions, fromIndex = 0, knownFrom = 0): Spike[] {
  const spikes: Spike[] = [];
  for (let t = Math.max(fromIndex, 1); t < counts.length; t += 1) {
    const count = counts[t] as number;
    if (count < options.minCount) continue;
    const base = baselineAt(counts, t, options, knownFrom);
    if (!base) continue;
    const score = (count - base.expected) / base.spread;
    if (score >= options.threshold && count >= options.minRatio * Math.max(base.expected, 1)) {
      spikes.push({ index: t, count, expected: Math.round(base.expected * 100) / 100, score: Math.round(score * 100) / 100 });
    }
  }
  return spikes;
}
