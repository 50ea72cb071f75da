import { bigints } from '../database/bigint-array.js';
import type { Sql } from '../database/database.js';

export interface ClusterStats {
  clusterId: string;
  size: number;
  sources: number;
  firstSeen: Date;
  firstSourceId: string;
  firstClaimId: string;
}

export class ClusterRepository {
  /**
   * Founders (first claims of their clusters, the only claims with band keys) sharing any of these
   * numeric band keys; a founder's id is its cluster's id.
   */
  async founders(sql: Sql, bands: number[]): Promise<string[]> {
    if (bands.length === 0) return [];
    const rows = await sql.query<{ id: string }>(`SELECT DISTINCT claim_id AS id FROM claim_bands WHERE band = ANY($1::bigint[]) LIMIT 5000`, [bigints(bands)]);
    return rows.map((r) => String(r.id));
  }

  /** Normalised texts of claims, by id (those that exist). */
  texts(sql: Sql, ids: readonly string[]): Promise<Array<{ id: string; normalized: string }>> {
    if (ids.length === 0) return Promise.resolve([]);
    return sql.query(`SELECT id, normalized FROM claims WHERE id = ANY($1::bigint[])`, [bigints(ids)]);
  }

  /** Cluster memberships, and the band keys of the claims that founded a cluster (the only ones later lookups need). */
  async insertMany(sql: Sql, rows: Array<{ id: string; clusterId: string; bands: number[] }>): Promise<void> {
    if (rows.length === 0) return;
    await sql.query(
      `INSERT INTO claim_clusters (claim_id, cluster_id) SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT (claim_id) DO NOTHING`,
      [bigints(rows.map((r) => r.id)), bigints(rows.map((r) => r.clusterId))],
    );
    const bands: number[] = [];
    const claimIds: string[] = [];
    for (const r of rows) {
      for (const b of r.bands) {
        bands.push(b);
        claimIds.push(r.id);
      }
    }
    if (bands.length) {
      await sql.query(`INSERT INTO claim_bands (band, claim_id) SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING`, [bigints(bands), bigints(claimIds)]);
    }
  }

  clusterIdsOf(sql: Sql, claimIds: readonly string[]): Promise<Array<{ claimId: string; clusterId: string }>> {
    return sql.query(`SELECT claim_id AS "claimId", cluster_id AS "clusterId" FROM claim_clusters WHERE claim_id = ANY($1::bigint[])`, [claimIds]);
  }

  /** Size, distinct sources, and the first claim (time and source) of each cluster. */
  stats(sql: Sql, clusterIds: readonly string[]): Promise<ClusterStats[]> {
    return sql.query(
      `SELECT DISTINCT ON (cc.cluster_id) cc.cluster_id AS "clusterId",
              (count(*) OVER w)::int AS size,
              (SELECT count(DISTINCT c2.source_id)::int FROM claim_clusters cc2 JOIN claims c2 ON c2.id = cc2.claim_id WHERE cc2.cluster_id = cc.cluster_id) AS sources,
              c.published_at AS "firstSeen", c.source_id AS "firstSourceId", c.id AS "firstClaimId"
         FROM claim_clusters cc JOIN claims c ON c.id = cc.claim_id
        WHERE cc.cluster_id = ANY($1::bigint[])
       WINDOW w AS (PARTITION BY cc.cluster_id)
        ORDER BY cc.cluster_id, c.published_at, c.id`,
      [clusterIds],
    );
  }
}
