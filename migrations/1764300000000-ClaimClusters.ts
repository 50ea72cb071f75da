import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Near-duplicate clusters (copy-paste amplification): each claim's cluster, named by the id of its
 * first member, and its MinHash LSH band keys so that later copies find it through a GIN index.
 */
export class ClaimClusters1764300000000 implements MigrationInterface {
  name = 'ClaimClusters1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE claim_clusters (
        claim_id    bigint PRIMARY KEY,
        cluster_id  bigint NOT NULL,
        bands       text[] NOT NULL
      )`);
    await q.query(`CREATE INDEX claim_clusters_cluster_idx ON claim_clusters (cluster_id)`);
    await q.query(`CREATE INDEX claim_clusters_bands_idx ON claim_clusters USING gin (bands)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS claim_clusters`);
  }
}
