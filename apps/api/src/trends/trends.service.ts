import { Inject, Injectable } from '@nestjs/common';
import { assertTrendRange, bucketStarts, DomainError, fillBuckets } from '@app/domain';
import { Database, NarrativeRepository, SourceRepository, TrendRepository, type TrendUnit } from '@app/persistence';
import type { NarrativeTrendsArgs } from './dto/trends.args.js';

export interface TrendSeries {
  narrativeId: string;
  group: string | null;
  total: number;
  points: Array<{ bucket: Date; count: number; sources: number }>;
}

const ID = /^\d{1,18}$/;

@Injectable()
export class TrendsService {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(TrendRepository) private readonly trends: TrendRepository,
    @Inject(NarrativeRepository) private readonly narratives: NarrativeRepository,
    @Inject(SourceRepository) private readonly sources: SourceRepository,
  ) {}

  /** One series per narrative (and group): every UTC bucket of [from, to), zeros included. */
  async narrativeTrends(args: NarrativeTrendsArgs): Promise<TrendSeries[]> {
    assertTrendRange(args.from, args.to, args.granularity);
    const statuses = args.status ?? ['CONFIRMED', 'SUGGESTED'];
    const known = args.narrativeIds?.length
      ? await this.narratives.findByIds(this.db, [...new Set(args.narrativeIds.filter((id) => ID.test(id)))])
      : args.narrativeIds
        ? []
        : await this.narratives.findAll(this.db);
    if (args.narrativeIds) {
      const missing = args.narrativeIds.filter((id) => !known.some((n) => n.id === id));
      if (missing.length) throw DomainError.badInput('narrativeIds', `no narrative with id ${missing.join(', ')}`);
    }
    const order = args.narrativeIds?.length ? [...new Set(args.narrativeIds)] : known.map((n) => n.id);
    const starts = bucketStarts(args.from, args.to, args.granularity);
    if (order.length === 0) return [];
    const rows = statuses.length
      ? await this.trends.counts(this.db, {
          narrativeIds: order,
          from: args.from,
          to: args.to,
          unit: args.granularity.toLowerCase() as TrendUnit,
          groupBy: args.groupBy,
          statuses,
        })
      : [];

    const labels = args.groupBy === 'SOURCE' ? await this.sourceLabels(rows.map((r) => r.groupKey as string)) : null;
    const series: TrendSeries[] = [];
    for (const narrativeId of order) {
      const mine = rows.filter((r) => r.narrativeId === narrativeId);
      const groups = args.groupBy === 'NONE' ? [null] : [...new Set(mine.map((r) => r.groupKey))];
      for (const group of groups) {
        const points = fillBuckets(starts, mine.filter((r) => r.groupKey === group));
        series.push({
          narrativeId,
          group: group === null ? null : (labels?.get(group) ?? group),
          total: points.reduce((sum, p) => sum + p.count, 0),
          points,
        });
      }
    }
    // Within a narrative, the loudest group first.
    return series.sort((a, b) => order.indexOf(a.narrativeId) - order.indexOf(b.narrativeId) || b.total - a.total || (a.group ?? '').localeCompare(b.group ?? ''));
  }

  /** Source names as group labels; a name shared by two platforms gets its platform added. */
  private async sourceLabels(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.sources.findByIds(this.db, [...new Set(ids)]);
    const nameCount = new Map<string, number>();
    for (const s of rows) nameCount.set(s.name, (nameCount.get(s.name) ?? 0) + 1);
    return new Map(rows.map((s) => [s.id, (nameCount.get(s.name) ?? 0) > 1 ? `${s.name} (${s.platform ?? 'unknown'})` : s.name]));
  }
}
