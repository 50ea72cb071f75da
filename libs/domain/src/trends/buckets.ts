import { DomainError } from '../errors.js';
import { LIMITS } from '../limits.js';

export type Granularity = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Start of the UTC bucket holding `at`; weeks start on Monday. */
export function bucketStart(at: Date, granularity: Granularity): Date {
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth();
  const d = at.getUTCDate();
  switch (granularity) {
    case 'HOUR':
      return new Date(Date.UTC(y, m, d, at.getUTCHours()));
    case 'DAY':
      return new Date(Date.UTC(y, m, d));
    case 'WEEK': {
      const sinceMonday = (at.getUTCDay() + 6) % 7;
      return new Date(Date.UTC(y, m, d - sinceMonday));
    }
    case 'MONTH':
      return new Date(Date.UTC(y, m, 1));
  }
}

export function nextBucket(start: Date, granularity: Granularity): Date {
  switch (granularity) {
    case 'HOUR':
      return new Date(start.getTime() + HOUR_MS);
    case 'DAY':
      return new Date(start.getTime() + DAY_MS);
    case 'WEEK':
      return new Date(start.getTime() + 7 * DAY_MS);
    case 'MONTH':
      return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  }
}

/** Upper bound of the number of buckets, computed without walking them. */
function estimateBuckets(from: Date, to: Date, granularity: Granularity): number {
  const span = to.getTime() - bucketStart(from, granularity).getTime();
  const size = { HOUR: HOUR_MS, DAY: DAY_MS, WEEK: 7 * DAY_MS, MONTH: 28 * DAY_MS }[granularity];
  return Math.ceil(span / size);
}

/** `from` may equal `to` (an empty range: nothing in it), not come after it. */
export function assertRangeOrder(from: Date, to: Date): void {
  if (from.getTime() > to.getTime()) throw DomainError.badInput('from', 'from must not be after to');
}

/** Checks a trend range: `from` not after `to`, both valid, at most LIMITS.maxTrendBuckets buckets. */
export function assertTrendRange(from: Date, to: Date, granularity: Granularity): void {
  if (Number.isNaN(from.getTime())) throw DomainError.badInput('from', 'from is not a valid date');
  if (Number.isNaN(to.getTime())) throw DomainError.badInput('to', 'to is not a valid date');
  assertRangeOrder(from, to);
  const estimate = estimateBuckets(from, to, granularity);
  if (estimate > LIMITS.maxTrendBuckets && bucketStarts(from, to, granularity, LIMITS.maxTrendBuckets + 1).length > LIMITS.maxTrendBuckets) {
    throw DomainError.badInput('to', `the range holds more than ${LIMITS.maxTrendBuckets} ${granularity.toLowerCase()} buckets; narrow it or use a coarser granularity`);
  }
}

/**
 * A grouped trend answer may hold at most LIMITS.maxGroupedTrendPoints points, unless it has no
 * more than five series a narrative (language, platform and stance always fit): grouping a year
 * of hours by source could otherwise return millions of points and hold the server for seconds.
 */
export function assertGroupedAnswerSize(seriesCount: number, narrativeCount: number, bucketCount: number): void {
  const points = seriesCount * bucketCount;
  if (points <= Math.max(LIMITS.maxGroupedTrendPoints, 5 * narrativeCount * bucketCount)) return;
  const n = (x: number) => x.toLocaleString('en-US');
  throw DomainError.badInput(
    'groupLimit',
    `this answer would hold ${n(points)} points (${n(seriesCount)} series × ${n(bucketCount)} buckets); at most ${n(LIMITS.maxGroupedTrendPoints)}: ` +
      'set groupLimit (the loudest groups of each narrative), narrow the range or use a coarser granularity',
  );
}

/** Every bucket start whose bucket overlaps [from, to), oldest first; none when the range is empty. */
export function bucketStarts(from: Date, to: Date, granularity: Granularity, cap = Number.POSITIVE_INFINITY): Date[] {
  const starts: Date[] = [];
  if (from.getTime() >= to.getTime()) return starts;
  for (let b = bucketStart(from, granularity); b.getTime() < to.getTime() && starts.length < cap; b = nextBucket(b, granularity)) {
    starts.push(b);
  }
  return starts;
}

export interface BucketCount {
  bucket: Date;
  count: number;
  sources: number;
}

/** Lays sparse counts onto the full bucket range: every bucket present, zeros where nothing was counted. */
export function fillBuckets(starts: Date[], counts: BucketCount[]): BucketCount[] {
  const byTime = new Map(counts.map((c) => [c.bucket.getTime(), c]));
  return starts.map((bucket) => {
    const hit = byTime.get(bucket.getTime());
    return { bucket, count: hit?.count ?? 0, sources: hit?.sources ?? 0 };
  });
}
