import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Near-duplicate candidates are found through a (band, claim) table with a b-tree index instead of
 * a GIN index on an array: an ingest batch asks for tens of thousands of band keys at once, which
 * the array overlap answered in seconds per batch (growing with the table) and the b-tree answers
 * in tens of milliseconds. Only the first STORED_BANDS of the 40 bands are kept, which still finds
 * copies with small edits (estimated similarity ≥ 0.6) almost always, at 16 rows per claim.
 */
export const STORED_BANDS = 16;

export class ClaimBands1764600000000 implements MigrationInterface {
  name = 'ClaimBands1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE claim_bands (band text NOT NULL, claim_id bigint NOT NULL, PRIMARY KEY (band, claim_id))`);
    await q.query(`
      INSERT INTO claim_bands (band, claim_id)
      SELECT DISTINCT b, cc.claim_id FROM claim_clusters cc, unnest(cc.bands) AS b
       WHERE split_part(b, ':', 1)::int < ${STORED_BANDS}`);
    await q.query(`DROP INDEX IF EXISTS claim_clusters_bands_idx`);
    await q.query(`ALTER TABLE claim_clusters DROP COLUMN bands`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claim_clusters ADD COLUMN bands text[] NOT NULL DEFAULT '{}'`);
    await q.query(`DROP TABLE IF EXISTS claim_bands`);
  }
}
