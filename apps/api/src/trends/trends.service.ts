import { Inject, Injectable } from '@nestjs/common';
import { assertGroupedAnswerSize, assertTrendRange, bucketStart, bucketStarts, DomainError, fillBuckets, type BucketCount, type Granularity, isRecordId } from '@app/domain';
import { Database, NarrativeRepository, SourceRepository, TrendRepository, type TagStatus, type TrendQuery, type TrendRow, type TrendUnit } from '@app/persistence';
import type { NarrativeTrendsArgs } from './dto/trends.args.js';

export interface TrendSeries {
  narrativeId: string;
  group: string | null;
  total: number;
  points: Array<{ bucket: Date; count: number; sources: number; share?: number | null }>;
}

const DEFAULT_STATUSES: TagStatus[] = ['CONFIRMED', 'SUGGESTED'];

function isMidnightUtc(d: Date): boolean {
  return d.getTime() % 86_400_000 === 0;
}

@Injectable()
export class TrendsService {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(TrendRepository) private readonly trends: TrendRepository,
    @Inject(NarrativeRepository) private readonly narratives: NarrativeRepository,
    @Inject(SourceRepository) private readonly sources: SourceRepository,
  ) {}

  /** Narrative ids in the caller's order, or all narratives; unknown ids are BAD_USER_INPUT. */
  async resolveNarratives(ids: string[] | null | undefined, field = 'narrativeIds'): Promise<string[]> {
    if (!ids) return (await this.narratives.findAll(this.db)).map((n) => n.id);
    const unique = [...new Set(ids)];
    const known = await this.narratives.findByIds(this.db, unique.filter((id) => isRecordId(id)));
    const missing = unique.filter((id) => !known.some((n) => n.id === id));
    if (missing.length) throw DomainError.badInput(field, `no narrative with id ${missing.join(', ')}`);
    return unique;
  }

  /**
   * Claims per bucket, answered from the rollups when the range allows (day-aligned; bucket-aligned
   * for the precomputed totals) and from raw tags otherwise (hours, ranges that cut a day).
   */
  rows(q: TrendQuery, granularity: Granularity): Promise<TrendRow[]> {
    if (q.statuses.length === 0 || q.narrativeIds.length === 0) return Promise.resolve([]);
    if (q.unit === 'hour' || !isMidnightUtc(q.from) || !isMidnightUtc(q.to)) return this.trends.counts(this.db, q);
    const aligned = bucketStart(q.from, granularity).getTime() === q.from.getTime() && bucketStart(q.to, granularity).getTime() === q.to.getTime();
    if (q.groupBy === 'NONE' && aligned) return this.trends.totals(this.db, { ...q, unit: q.unit });
    return this.trends.rollupCounts(this.db, q);
  }

  /** One series per narrative (and group): every UTC bucket of [from, to), zeros included. */
  async narrativeTrends(args: NarrativeTrendsArgs): Promise<TrendSeries[]> {
    assertTrendRange(args.from, args.to, args.granularity);
    const order = await this.resolveNarratives(args.narrativeIds);
    const statuses: TagStatus[] = [...new Set<TagStatus>(args.status ?? DEFAULT_STATUSES)];
    const unit = args.granularity.toLowerCase() as TrendUnit;
    const starts = bucketStarts(args.from, args.to, args.granularity);
    const [rows, volume] = await Promise.all([
      this.rows({ narrativeIds: order, from: args.from, to: args.to, unit, groupBy: args.groupBy, statuses }, args.granularity),
      args.normalize ? this.trends.volume(this.db, unit, args.from, args.to, isMidnightUtc(args.from) && isMidnightUtc(args.to)) : null,
    ]);

    // One pass over the rows: narrative → group → its counted buckets.
    const byNarrative = new Map<string, Map<string | null, BucketCount[]>>();
    for (const r of rows) {
      let groups = byNarrative.get(r.narrativeId);
      if (!groups) byNarrative.set(r.narrativeId, (groups = new Map()));
      const list = groups.get(r.groupKey);
      const counted = { bucket: new Date(r.bucket), count: r.count, sources: r.sources };
      if (list) list.push(counted);
      else groups.set(r.groupKey, [counted]);
    }
    const limit = args.groupLimit ?? null;
    if (limit !== null && (!Number.isInteger(limit) || limit < 1)) throw DomainError.badInput('groupLimit', 'groupLimit must be a whole number of at least 1');
    const chosen = new Map<string, Array<[string | null, BucketCount[]]>>();
    for (const narrativeId of order) {
      const groups = [...(byNarrative.get(narrativeId) ?? new Map<string | null, BucketCount[]>()).entries()];
      if (args.groupBy === 'NONE' && groups.length === 0) groups.push([null, []]);
      const total = (list: BucketCount[]) => list.reduce((sum, p) => sum + p.count, 0);
      groups.sort((a, b) => total(b[1]) - total(a[1]));
      chosen.set(narrativeId, limit !== null && args.groupBy !== 'NONE' ? groups.slice(0, limit) : groups);
    }
    if (args.groupBy !== 'NONE') {
      assertGroupedAnswerSize([...chosen.values()].reduce((n, groups) => n + groups.length, 0), order.length, starts.length);
    }
    const labels =
      args.groupBy === 'SOURCE' ? await this.sourceLabels([...chosen.values()].flatMap((groups) => groups.map(([key]) => key as string))) : null;
    const series: TrendSeries[] = [];
    for (const narrativeId of order) {
      for (const [group, counted] of chosen.get(narrativeId) ?? []) {
        const points = fillBuckets(starts, counted).map((p) => {
          if (!volume) return p;
          const all = volume.get(p.bucket.getTime()) ?? 0;
          return { ...p, share: all === 0 ? 0 : p.count / all };
        });
        series.push({
          narrativeId,
          group: group === null ? null : (labels?.get(group) ?? group),
          total: points.reduce((sum, p) => sum + p.count, 0),
          points,
        });
      }
    }
    // Within a narrative, the loudest group first.
    return series.sort(
      (a, b) => order.indexOf(a.narrativeId) - order.indexOf(b.narrativeId) || b.total - a.total || (a.group ?? '').localeCompare(b.group ?? ''),
    );
  }

  /** Source names as group labels; a name shared by two platforms gets its platform added. */
  async sourceLabels(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.sources.findByIds(this.db, [...new Set(ids)]);
    const nameCount = new Map<string, number>();
    for (const s of rows) nameCount.set(s.name, (nameCount.get(s.name) ?? 0) + 1);
    return new Map(rows.map((s) => [s.id, (nameCount.get(s.name) ?? 0) > 1 ? `${s.name} (${s.platform ?? 'unknown'})` : s.name]));
  }
}
