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
  /** Stored claims sharing any of these band keys, with their normalised text for verification. */
  candidates(sql: Sql, bands: string[]): Promise<Array<{ id: string; clusterId: string; normalized: string }>> {
    if (bands.length === 0) return Promise.resolve([]);
    return sql.query(
      `SELECT cc.claim_id AS id, cc.cluster_id AS "clusterId", c.normalized
         FROM claim_clusters cc JOIN claims c ON c.id = cc.claim_id
        WHERE cc.bands && $1::text[]
        ORDER BY cc.claim_id
        LIMIT 5000`,
      [bands],
    );
  }

  async insertMany(sql: Sql, rows: Array<{ id: string; clusterId: string; bands: string[] }>): Promise<void> {
    if (rows.length === 0) return;
    await sql.query(
      `INSERT INTO claim_clusters (claim_id, cluster_id, bands)
       SELECT claim_id, cluster_id, coalesce((SELECT array_agg(b) FROM jsonb_array_elements_text(bands) b), '{}')
         FROM unnest($1::bigint[], $2::bigint[], $3::jsonb[]) AS r(claim_id, cluster_id, bands)
       ON CONFLICT (claim_id) DO NOTHING`,
      [rows.map((r) => r.id), rows.map((r) => r.clusterId), rows.map((r) => JSON.stringify(r.bands))],
    );
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
