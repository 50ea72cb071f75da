/** Client-side trend maths used when the server lacks the optional features. */
import type { Spike, TrendSeries } from '../api/types';
import type { SpikeMark } from './trend-chart';

export interface Point { t: number; y: number }

export const toPoints = (s: TrendSeries): Point[] => s.points.map((p) => ({ t: Date.parse(p.bucket), y: p.count }));

/** Each series' share of all claims in every bucket (share of voice), in percent. */
export function shareOfVoice(all: TrendSeries[], ids: string[]): Map<string, Point[]> {
  const totals = new Map<number, number>();
  for (const s of all) for (const p of s.points) {
    const t = Date.parse(p.bucket);
    totals.set(t, (totals.get(t) ?? 0) + p.count);
  }
  const wanted = new Set(ids);
  const out = new Map<string, Point[]>();
  for (const s of all) {
    if (!wanted.has(s.narrative.id)) continue;
    out.set(
      s.narrative.id,
      s.points.map((p) => {
        const t = Date.parse(p.bucket);
        const total = totals.get(t) ?? 0;
        return { t, y: total ? (100 * p.count) / total : 0 };
      }),
    );
  }
  return out;
}

/**
 * What the shown groups of each narrative leave out, per bucket: its ungrouped count minus the
 * sum of its groups (the server sends only the loudest groups when asked with groupLimit). Stacked
 * on top of the groups, it keeps the stack's height the narrative's true count.
 */
export function remainderSeries(groups: TrendSeries[], ungrouped: TrendSeries[], ids: string[]): TrendSeries[] {
  const out: TrendSeries[] = [];
  for (const id of ids) {
    const all = ungrouped.find((s) => s.narrative.id === id);
    if (!all) continue;
    const shown = new Map<number, number>();
    for (const g of groups) {
      if (g.narrative.id !== id) continue;
      for (const p of g.points) {
        const at = Date.parse(p.bucket);
        shown.set(at, (shown.get(at) ?? 0) + p.count);
      }
    }
    const points = all.points.map((p) => ({ bucket: p.bucket, count: Math.max(0, p.count - (shown.get(Date.parse(p.bucket)) ?? 0)) }));
    out.push({ narrative: all.narrative, group: null, total: points.reduce((sum, p) => sum + p.count, 0), points });
  }
  return out;
}

/**
 * Buckets well above their recent past: count ≥ 5 and at least 3 deviations above the mean of
 * the previous 14 buckets (the deviation floored by √mean, as counts are Poisson-like).
 */
export function detectSpikes(points: Point[], window = 14, threshold = 3, minCount = 5): Map<number, SpikeMark> {
  const out = new Map<number, SpikeMark>();
  for (let i = 3; i < points.length; i++) {
    const lo = Math.max(0, i - window);
    let sum = 0;
    let sq = 0;
    for (let j = lo; j < i; j++) {
      sum += points[j].y;
      sq += points[j].y * points[j].y;
    }
    const n = i - lo;
    const mean = sum / n;
    const sd = Math.sqrt(Math.max(0, sq / n - mean * mean));
    const spread = Math.max(sd, Math.sqrt(mean), 1);
    const y = points[i].y;
    const score = (y - mean) / spread;
    if (y >= minCount && score >= threshold) out.set(points[i].t, { count: y, expected: mean, score });
  }
  return out;
}

export function spikesByNarrative(spikes: Spike[]): Map<string, Map<number, SpikeMark>> {
  const out = new Map<string, Map<number, SpikeMark>>();
  for (const s of spikes) {
    const m = out.get(s.narrativeId) ?? new Map<number, SpikeMark>();
    m.set(Date.parse(s.bucket), { count: s.count, expected: s.expected, score: s.score });
    out.set(s.narrativeId, m);
  }
  return out;
}
