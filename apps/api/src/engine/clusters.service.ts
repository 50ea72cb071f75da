import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { assignClusters, lookupBands, minHashValues, valuesOf, type ClusterItem, type ClusterMember } from '@app/domain';
import { ClusterRepository, type Sql } from '@app/persistence';

/** MinHash values of recent cluster founders kept in memory, by claim id (~0.5 kB each). */
const FOUNDER_CACHE_SIZE = 50_000;

/** Near-duplicate clusters of claims (copy-paste amplification), assigned at ingest. */
@Injectable()
export class ClustersService {
  /**
   * Copies mostly arrive soon after their original, so the founders a batch is compared with are
   * mostly ones this process stored or met recently: their values come from here, and their texts
   * are neither read again nor hashed again. A claim's text never changes, so entries never go stale.
   */
  private readonly founders = new LRUCache<string, Uint32Array>({ max: FOUNDER_CACHE_SIZE });

  constructor(@Inject(ClusterRepository) private readonly clusters: ClusterRepository) {}

  /**
   * Puts fresh claims into the cluster of a stored or earlier near-copy, inside the ingest
   * transaction. Claims may carry their MinHash values (bulk import computes them off the main thread).
   */
  async assign(tx: Sql, claims: readonly ClusterItem[]): Promise<void> {
    if (claims.length === 0) return;
    const items = claims.map((c) => ({ id: c.id, normalized: c.normalized, values: valuesOf(c) }));
    const ids = await this.clusters.founders(tx, lookupBands(items));
    const unknown = ids.filter((id) => !this.founders.has(id));
    for (const row of await this.clusters.texts(tx, unknown)) {
      const values = minHashValues(row.normalized);
      if (values) this.founders.set(String(row.id), values);
    }
    const stored: ClusterMember[] = [];
    for (const id of ids) {
      const values = this.founders.get(id);
      if (values) stored.push({ id, clusterId: id, normalized: '', values });
    }
    const assigned = assignClusters(items, stored);
    await this.clusters.insertMany(tx, assigned);
    assigned.forEach((a, i) => {
      const values = items[i]!.values;
      if (a.clusterId === a.id && values) this.founders.set(a.id, values);
    });
  }
}
