import { Inject, Injectable } from '@nestjs/common';
import { assignClusters } from '@app/domain';
import { ClusterRepository, storedBands, type Sql } from '@app/persistence';

/** Near-duplicate clusters of claims (copy-paste amplification), assigned at ingest. */
@Injectable()
export class ClustersService {
  constructor(@Inject(ClusterRepository) private readonly clusters: ClusterRepository) {}

  /** Puts fresh claims into the cluster of a stored or earlier near-copy, inside the ingest transaction. */
  async assign(tx: Sql, claims: Array<{ id: string; normalized: string }>): Promise<void> {
    if (claims.length === 0) return;
    const first = assignClusters(claims, []);
    const stored = await this.clusters.candidates(tx, [...new Set(first.flatMap((a) => storedBands(a.bands)))]);
    const assigned = stored.length ? assignClusters(claims, stored) : first;
    await this.clusters.insertMany(tx, assigned);
  }
}
