import { Inject, Injectable } from '@nestjs/common';
import { assertRangeOrder, assertTrendRange, bucketStart, bucketStarts, detectSpikes, DomainError, nextBucket, SPIKE_DEFAULTS } from '@app/domain';
import { Database, NarrativeStatsRepository, type TrendUnit } from '@app/persistence';
import type { NarrativeStatsArgs, SpikesArgs } from './dto/stats.args.js';
import type { NarrativeStatsModel, SourceCountModel, SpikeModel } from './models/narrative-stats.model.js';
import { TrendsService } from './trends.service.js';

const ALL_TIME = { from: new Date('1900-01-01T00:00:00Z'), to: new Date('2200-01-01T00:00:00Z') };
const LIVE = ['CONFIRMED', 'SUGGESTED'] as const;

/** How a narrative spread (first seen, where, who) and when it surged. */
@Injectable()
export class StatsService {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(NarrativeStatsRepository) private readonly stats: NarrativeStatsRepository,
    @Inject(TrendsService) private readonly trends: TrendsService,
  ) {}

  async narrativeStats(args: NarrativeStatsArgs): Promise<NarrativeStatsModel> {
    const [narrativeId] = await this.trends.resolveNarratives([args.narrativeId], 'narrativeId');
    const from = args.from ?? ALL_TIME.from;
    const to = args.to ?? ALL_TIME.to;
    assertRangeOrder(from, to);
    if (args.topSources < 0 || args.topSources > 100) throw DomainError.badInput('topSources', 'topSources must be from 0 to 100');
    const id = narrativeId as string;
    const [counts, overall, byLanguage, byPlatform, top] = await Promise.all([
      this.stats.statusCounts(this.db, id, from, to),
      this.stats.firstSeen(this.db, id, from, to, 'NONE'),
      this.stats.firstSeen(this.db, id, from, to, 'LANGUAGE'),
      this.stats.firstSeen(this.db, id, from, to, 'PLATFORM'),
      this.stats.topSources(this.db, id, from, to, args.topSources),
    ]);
    const n = (status: string) => counts.find((c) => c.status === status)?.n ?? 0;
    const confirmed = n('CONFIRMED');
    const suggested = n('SUGGESTED');
    const total = confirmed + suggested;
    const byTime = <T extends { at: Date }>(rows: T[]) => [...rows].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
    return {
      narrativeId: id,
      total,
      confirmed,
      suggested,
      rejected: n('REJECTED'),
      confirmedShare: total === 0 ? 0 : confirmed / total,
      firstSeen: overall[0] ?? null,
      firstSeenByLanguage: byTime(byLanguage),
      firstSeenByPlatform: byTime(byPlatform),
      topSources: top.map((s) => ({ ...s, share: total === 0 ? 0 : s.count / total })),
    };
  }

  /** Surges per narrative in [from, to), each against the narrative's own look-back window. */
  async spikes(args: SpikesArgs): Promise<SpikeModel[]> {
    assertTrendRange(args.from, args.to, args.granularity);
    const narrativeIds = await this.trends.resolveNarratives(args.narrativeIds);
    if (args.from.getTime() === args.to.getTime()) return []; // an empty range holds no bucket to surge in
    const options = SPIKE_DEFAULTS[args.granularity];
    // History before `from`, so the first buckets have a baseline too.
    let historyStart = bucketStart(args.from, args.granularity);
    for (let i = 0; i < options.window; i += 1) historyStart = previousBucket(historyStart, args.granularity);
    const starts = bucketStarts(historyStart, args.to, args.granularity);
    const firstIndex = starts.findIndex((b) => b.getTime() >= bucketStart(args.from, args.granularity).getTime());
    const unit = args.granularity.toLowerCase() as TrendUnit;
    const [rows, collected] = await Promise.all([
      this.trends.rows({ narrativeIds, from: historyStart, to: args.to, unit, groupBy: 'NONE', statuses: [...LIVE] }, args.granularity),
      this.stats.collectionStart(this.db),
    ]);
    if (!collected) return [];
    // buckets before the first claim gathered are no history (see detectSpikes), nor is the one it
    // fell in unless it fell at its start: that bucket was only partly watched
    const known = starts.findIndex((b) => b.getTime() >= collected.getTime());
    const knownFrom = known < 0 ? starts.length : known;
    const index = new Map(starts.map((b, i) => [b.getTime(), i]));
    const series = new Map(narrativeIds.map((id) => [id, new Array<number>(starts.length).fill(0)]));
    for (const r of rows) {
      const at = index.get(new Date(r.bucket).getTime());
      const counts = series.get(r.narrativeId);
      if (counts && at !== undefined) counts[at] = r.count;
    }
    const spikes: SpikeModel[] = [];
    for (const narrativeId of narrativeIds) {
      const counts = series.get(narrativeId) as number[];
      for (const s of detectSpikes(counts, options, firstIndex, knownFrom)) {
        const bucket = starts[s.index] as Date;
        spikes.push({ narrativeId, bucket, count: s.count, expected: s.expected, score: s.score, topSources: await this.driversOf(narrativeId, bucket, args.granularity, s.count) });
      }
    }
    return spikes.sort((a, b) => b.score - a.score);
  }

  private async driversOf(narrativeId: string, bucket: Date, granularity: SpikesArgs['granularity'], count: number): Promise<SourceCountModel[]> {
    const top = await this.stats.topSources(this.db, narrativeId, bucket, nextBucket(bucket, granularity), 5);
    return top.map((s) => ({ ...s, share: count === 0 ? 0 : s.count / count }));
  }
}

function previousBucket(start: Date, granularity: SpikesArgs['granularity']): Date {
  switch (granularity) {
    case 'HOUR':
      return new Date(start.getTime() - 3_600_000);
    case 'DAY':
      return new Date(start.getTime() - 86_400_000);
    case 'WEEK':
      return new Date(start.getTime() - 7 * 86_400_000);
    default:
      return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - 1, 1));
  }
}
