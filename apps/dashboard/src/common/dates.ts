/** Dates in the dashboard are UTC, like the server's buckets. */
import type { Granularity } from '../api/types';

export const DAY_MS = 86_400_000;

export const startOfUtcDay = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS;

/** YYYY-MM-DD of a UTC instant, for <input type=date> and URLs. */
export const toDateInput = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** UTC midnight of a YYYY-MM-DD string, or null when it is not a date. */
export function fromDateInput(value: string | null | undefined): number | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(ms) ? null : ms;
}

export const iso = (ms: number): string => new Date(ms).toISOString();

/** A range of whole UTC days; `toDay` is inclusive in the UI and becomes the exclusive API bound. */
export interface DayRange { fromDay: number; toDay: number }

export const apiRange = (r: DayRange): { from: string; to: string } => ({ from: iso(r.fromDay), to: iso(r.toDay + DAY_MS) });

/** The period of equal length right before `r`. */
export function previousRange(r: DayRange): DayRange {
  const days = Math.round((r.toDay - r.fromDay) / DAY_MS) + 1;
  return { fromDay: r.fromDay - days * DAY_MS, toDay: r.fromDay - DAY_MS };
}

export function rangeDays(r: DayRange): number {
  return Math.round((r.toDay - r.fromDay) / DAY_MS) + 1;
}

/** Chart.js's date adapter works in local time; shifting by the zone offset makes it show UTC. */
export const utcAsLocal = (ms: number): number => ms + new Date(ms).getTimezoneOffset() * 60_000;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatBucket(ms: number, g: Granularity): string {
  const d = new Date(ms);
  const day = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  switch (g) {
    case 'HOUR':
      return `${day} ${String(d.getUTCHours()).padStart(2, '0')}:00 UTC`;
    case 'WEEK':
      return `week of ${day}`;
    case 'MONTH':
      return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    default:
      return day;
  }
}

export function formatDateTime(value: string): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')} UTC`;
}

export const formatDay = (ms: number): string => formatBucket(ms, 'DAY');

/** Hourly buckets only for ranges up to this many days. */
export const MAX_HOURLY_DAYS = 120;

/** Keeps the bucket count sane for a range: hourly only for short ranges. */
export function sensibleGranularity(r: DayRange, wanted: Granularity): Granularity {
  const days = rangeDays(r);
  if (wanted === 'HOUR' && days > MAX_HOURLY_DAYS) return 'DAY';
  return wanted;
}

const ADVERB: Record<Granularity, string> = { HOUR: 'hourly', DAY: 'daily', WEEK: 'weekly', MONTH: 'monthly' };

/** Says why the chart is coarser than the granularity picked, when it is. */
export function coarsenedNote(wanted: Granularity, used: Granularity): string | undefined {
  if (wanted === used) return undefined;
  return `shown ${ADVERB[used]}: ${ADVERB[wanted]} only for ranges up to ${MAX_HOURLY_DAYS} days`;
}
