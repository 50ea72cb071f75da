import { DomainError } from '../errors.js';
import { assertGroupedAnswerSize, assertTrendRange, bucketStart, bucketStarts, fillBuckets } from './buckets.js';

const d = (s: string) => new Date(s);

describe('bucketStart', () => {
  it('starts weeks on Monday in UTC', () => {
    // 2026-11-22 is a Sunday: its week began on Monday the 16th
    expect(bucketStart(d('2026-11-22T23:59:59Z'), 'WEEK').toISOString()).toBe('2026-11-16T00:00:00.000Z');
    expect(bucketStart(d('2026-11-23T00:00:00Z'), 'WEEK').toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });
  it('truncates hours, days and months in UTC whatever the offset of the input', () => {
    expect(bucketStart(d('2026-03-01T01:30:00+03:00'), 'DAY').toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(bucketStart(d('2026-03-01T01:30:00+03:00'), 'MONTH').toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(bucketStart(d('2026-03-01T01:30:00Z'), 'HOUR').toISOString()).toBe('2026-03-01T01:00:00.000Z');
  });
});

describe('bucketStarts', () => {
  it('covers from inclusive to to exclusive', () => {
    const days = bucketStarts(d('2026-01-01T00:00:00Z'), d('2026-01-05T00:00:00Z'), 'DAY').map((b) => b.toISOString().slice(0, 10));
    expect(days).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
  });
  it('includes the partial bucket that holds an unaligned from and to', () => {
    const days = bucketStarts(d('2026-01-01T12:00:00Z'), d('2026-01-03T06:00:00Z'), 'DAY');
    expect(days).toHaveLength(3);
  });
  it('walks calendar months of unequal length', () => {
    const months = bucketStarts(d('2026-01-15T00:00:00Z'), d('2026-04-01T00:00:00Z'), 'MONTH').map((b) => b.toISOString().slice(0, 7));
    expect(months).toEqual(['2026-01', '2026-02', '2026-03']);
  });
});

describe('assertGroupedAnswerSize', () => {
  it('refuses a grouped answer over a million points, naming groupLimit', () => {
    // a year of hours by 120 sources for one narrative: 1,051,200 points
    expect(() => assertGroupedAnswerSize(120, 1, 8760)).toThrow(expect.objectContaining({ field: 'groupLimit' }));
    expect(() => assertGroupedAnswerSize(114, 1, 8760)).not.toThrow(); // 998,640
  });
  it('always answers up to five series a narrative, however long the range', () => {
    expect(() => assertGroupedAnswerSize(5 * 30, 30, 10_000)).not.toThrow(); // 1.5 M points, by language say
    expect(() => assertGroupedAnswerSize(5 * 30 + 1, 30, 10_000)).toThrow(DomainError);
  });
});

describe('assertTrendRange', () => {
  it('rejects from after to, naming from', () => {
    expect(() => assertTrendRange(d('2026-02-01Z'), d('2026-01-01Z'), 'DAY')).toThrow(DomainError);
    try {
      assertTrendRange(d('2026-02-01Z'), d('2026-01-01Z'), 'DAY');
    } catch (e) {
      expect((e as DomainError).field).toBe('from');
    }
  });
  it('takes from == to as an empty range with no bucket, even when from is inside a bucket', () => {
    expect(() => assertTrendRange(d('2026-02-01T10:30:00Z'), d('2026-02-01T10:30:00Z'), 'HOUR')).not.toThrow();
    expect(bucketStarts(d('2026-02-01T10:30:00Z'), d('2026-02-01T10:30:00Z'), 'HOUR')).toEqual([]);
    expect(bucketStarts(d('2026-02-01T10:30:00Z'), d('2026-02-01T10:31:00Z'), 'HOUR')).toEqual([d('2026-02-01T10:00:00Z')]);
  });
  it('accepts exactly 10,000 buckets and refuses 10,001', () => {
    const from = d('2000-01-01T00:00:00Z');
    expect(() => assertTrendRange(from, new Date(from.getTime() + 10_000 * 3_600_000), 'HOUR')).not.toThrow();
    expect(() => assertTrendRange(from, new Date(from.getTime() + 10_001 * 3_600_000), 'HOUR')).toThrow(/10000/);
  });
});

describe('fillBuckets', () => {
  it('puts zeros where nothing was counted', () => {
    const starts = bucketStarts(d('2026-01-01Z'), d('2026-01-04Z'), 'DAY');
    const filled = fillBuckets(starts, [{ bucket: d('2026-01-02Z'), count: 4, sources: 2 }]);
    expect(filled.map((p) => [p.count, p.sources])).toEqual([[0, 0], [4, 2], [0, 0]]);
  });
});
