/** Data most views share, fetched once and refreshed on demand. */
import { fetchNarratives, fetchSources, fetchTrends } from '../api/narratrace-api';
import type { Narrative, Source } from '../api/types';
import { DAY_MS, iso, startOfUtcDay, type DayRange } from '../common/dates';

let narratives: Promise<Narrative[]> | null = null;
let sources: Promise<Source[]> | null = null;
let extent: Promise<DayRange> | null = null;

export function getNarratives(force = false): Promise<Narrative[]> {
  if (force || !narratives) {
    narratives = fetchNarratives();
    narratives.catch(() => (narratives = null));
  }
  return narratives;
}

export function invalidateNarratives(): void {
  narratives = null;
}

export function getSources(): Promise<Source[]> {
  if (!sources) {
    sources = fetchSources();
    sources.catch(() => (sources = null));
  }
  return sources;
}

export const DEFAULT_RANGE_DAYS = 90;

/**
 * The default range: the last 90 days that have data. Found with one monthly query over the
 * last five years, so a demo corpus from the past still opens on a populated chart.
 */
export function getDefaultRange(): Promise<DayRange> {
  if (!extent) {
    extent = findDefaultRange();
    extent.catch(() => (extent = null));
  }
  return extent;
}

async function findDefaultRange(): Promise<DayRange> {
  const today = startOfUtcDay(Date.now());
  const fallback = { fromDay: today - (DEFAULT_RANGE_DAYS - 1) * DAY_MS, toDay: today };
  const now = new Date(today);
  const from = Date.UTC(now.getUTCFullYear() - 5, now.getUTCMonth(), 1);
  const to = Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), 1);
  const series = await fetchTrends({ from: iso(from), to: iso(to), granularity: 'MONTH' });
  let last = -Infinity;
  for (const s of series) for (const p of s.points) if (p.count > 0) last = Math.max(last, Date.parse(p.bucket));
  if (!Number.isFinite(last)) return fallback;
  const d = new Date(last);
  const monthEnd = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - DAY_MS;
  const toDay = Math.min(Math.max(monthEnd, last), Math.max(today, last));
  return { fromDay: toDay - (DEFAULT_RANGE_DAYS - 1) * DAY_MS, toDay };
}

/** Drops every cached answer (after the token changed, say). */
export function resetStore(): void {
  narratives = null;
  sources = null;
  extent = null;
}
