/**
 * Data most views share. Narratives and sources are small lists that the API can change while
 * the page is open (a narrative created, sources ingested), so views ask for them afresh when
 * they (re)load their data; the store keeps one request in flight per list and hands back the
 * same array while nothing changed, so a refresh redraws nothing.
 */
import { fetchNarratives, fetchSources, fetchTrends } from '../api/narratrace-api';
import type { Narrative, Source } from '../api/types';
import { DAY_MS, iso, startOfUtcDay, type DayRange } from '../common/dates';

class SharedList<T> {
  private last: { list: T[]; json: string } | null = null;
  private inflight: Promise<T[]> | null = null;
  private readonly listeners = new Set<(list: T[]) => void>();

  constructor(private readonly load: () => Promise<T[]>) {}

  /** The cached list, fetched on first use. */
  get(): Promise<T[]> {
    return this.last ? Promise.resolve(this.last.list) : this.refresh();
  }

  /**
   * Asks the server again; callers while a request is on its way share it. When it fails the
   * last list stands (the views keep working on it); it rejects only when there is none.
   */
  refresh(): Promise<T[]> {
    if (this.inflight) return this.inflight;
    const request: Promise<T[]> = this.load().then(
      (list) => {
        if (this.inflight !== request) return this.last?.list ?? list; // reset meanwhile: not this answer's turn
        const json = JSON.stringify(list);
        if (this.last?.json === json) return this.last.list;
        this.last = { list, json };
        for (const fn of this.listeners) fn(list);
        return list;
      },
      (err) => {
        if (this.last) return this.last.list;
        throw err;
      },
    );
    this.inflight = request;
    const done = () => {
      if (this.inflight === request) this.inflight = null;
    };
    request.then(done, done);
    return request;
  }

  /** Calls `fn` with each changed list; returns the unsubscribe function. */
  subscribe(fn: (list: T[]) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** The next call asks the server, whatever is in flight now. */
  invalidate(): void {
    this.inflight = null;
  }

  reset(): void {
    this.last = null;
    this.inflight = null;
  }
}

const narratives = new SharedList<Narrative>(() => fetchNarratives());
const sources = new SharedList<Source>(() => fetchSources());
let extent: Promise<DayRange> | null = null;

/** `fresh`: ask the server again (a view loading its data) rather than answer from the cache. */
export function getNarratives(fresh = false): Promise<Narrative[]> {
  return fresh ? narratives.refresh() : narratives.get();
}

/** After this page changed narratives: the next request must not be one sent before the change. */
export function invalidateNarratives(): void {
  narratives.invalidate();
}

export function getSources(fresh = false): Promise<Source[]> {
  return fresh ? sources.refresh() : sources.get();
}

/** Lists that changed on a refresh, whoever asked for it (filters and menus follow). */
export const onNarrativesChange = (fn: (list: Narrative[]) => void): (() => void) => narratives.subscribe(fn);
export const onSourcesChange = (fn: (list: Source[]) => void): (() => void) => sources.subscribe(fn);

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
  narratives.reset();
  sources.reset();
  extent = null;
}
