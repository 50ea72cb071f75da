import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { assignClusters, lookupBands, minHashValues, type ClusterItem } from '@app/domain';
import { ClusterRepository, type Sql } from '@app/persistence';

/** MinHash values of recent cluster founders kept in memory, by normalised text (~0.5 kB each). */
const FOUNDER_CACHE_SIZE = 50_000;

/** Near-duplicate clusters of claims (copy-paste amplification), assigned at ingest. */
@Injectable()
export class ClustersService {
  /**
   * Copies mostly arrive soon after their original, so the founders a batch is compared with are
   * mostly ones this process has seen: their values come from here instead of being recomputed.
   * Keyed by the text itself (values are a function of it), so the cache can never be stale.
   */
  private readonly founders = new LRUCache<string, Uint32Array>({ max: FOUNDER_CACHE_SIZE });

  constructor(@Inject(ClusterRepository) private readonly clusters: ClusterRepository) {}

  /**
   * Puts fresh claims into the cluster of a stored or earlier near-copy, inside the ingest
   * transaction. Claims may carry their MinHash values (bulk import computes them off the main thread).
   */
  async assign(tx: Sql, claims: readonly ClusterItem[]): Promise<void> {
    if (claims.length === 0) return;
    const items = claims.map((c) => ({ id: c.id, normalized: c.normalized, values: c.values !== undefined ? c.values : minHashValues(c.normalized) }));
    const stored = (await this.clusters.candidates(tx, lookupBands(items))).map((member) => ({ ...member, values: this.valuesOf(member.normalized) }));
    const assigned = assignClusters(items, stored);
    await this.clusters.insertMany(tx, assigned);
    assigned.forEach((a, i) => {
      const values = items[i]!.values;
      if (a.clusterId === a.id && values) this.founders.set(items[i]!.normalized, values);
    });
  }

  private valuesOf(normalized: string): Uint32Array | null {
    const cached = this.founders.get(normalized);
    if (cached) return cached;
    const values = minHashValues(normalized);
    if (values) this.founders.set(normalized, values);
    return values;
  }
}
