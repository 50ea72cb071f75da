import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Band keys become numbers (bigint: band × 2^47 + 47 bits of the band's hash, the domain's
 * `bandNumbersOfValues`), which is cheaper to index and to look up than "band:hex" text, and only
 * the claims that founded a cluster keep their keys: a new claim is compared with founders only,
 * so the keys of copies were never needed. The text keys convert exactly to the numeric ones.
 */
export class NumericClaimBands1764700000000 implements MigrationInterface {
  name = 'NumericClaimBands1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM claim_bands b USING claim_clusters cc WHERE cc.claim_id = b.claim_id AND cc.cluster_id <> cc.claim_id`);
    await q.query(`
      ALTER TABLE claim_bands ALTER COLUMN band TYPE bigint USING (
        split_part(band, ':', 1)::bigint * 140737488355328
        + ('x' || substr(split_part(band, ':', 2), 1, 8))::bit(32)::bigint * 32768
        + (('x' || substr(split_part(band, ':', 2), 9, 8))::bit(32)::bigint >> 17))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The 47-bit keys cannot give back the 64-bit text keys: the earlier schema starts with no
    // keys, so claims stored before the downgrade are no longer found as near-copies.
    await q.query(`TRUNCATE claim_bands`);
    await q.query(`ALTER TABLE claim_bands ALTER COLUMN band TYPE text USING band::text`);
  }
}
