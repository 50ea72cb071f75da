/**
 * Migrations that rewrite stored data, run on data stored by the schema before them (both databases).
 */
import { bandKeysOfValues, bandNumbersOfValues, minHashValues, normalizeText, STORED_BAND_COUNT } from '@app/domain';
import { MIGRATIONS } from '@app/migrations';
import { createDataSource } from '@app/persistence';
import type { DataSource } from 'typeorm';
import { createPostgresDatabase, DATABASES, type TestDb } from './support/test-app.js';

/** Undoes the migrations after `name` and `name` itself: the schema just before it. */
async function undoThrough(ds: DataSource, name: string): Promise<void> {
  const at = MIGRATIONS.findIndex((m) => m.name === name);
  if (at < 0) throw new Error(`no migration ${name}`);
  for (let i = MIGRATIONS.length - 1; i >= at; i--) await ds.undoLastMigration();
}

describe.each(DATABASES)('data migrations on %s', (kind: TestDb) => {
  it('NumericClaimBands turns text band keys into the numeric keys the domain computes, keeping only founders', async () => {
    const pg = kind === 'postgres' ? await createPostgresDatabase() : null;
    const ds = createDataSource({ url: pg?.url, dataDir: 'memory://' });
    try {
      await ds.initialize();
      await ds.runMigrations();
      // Back to the schema before it, with keys as that schema stored them.
      await undoThrough(ds, 'NumericClaimBands1764700000000');
      const founder = minHashValues(normalizeText('Russian forces have fully encircled the garrison in Pokrovsk, the ministry said.'))!;
      const copy = minHashValues(normalizeText('BREAKING: Russian forces have fully encircled the garrison in Pokrovsk, the ministry said!'))!;
      const textKeys = (values: Uint32Array) => bandKeysOfValues(values).slice(0, STORED_BAND_COUNT);
      await ds.query(`INSERT INTO claim_clusters (claim_id, cluster_id) VALUES (1, 1), (2, 1), (3, 3)`);
      await ds.query(`INSERT INTO claim_bands (band, claim_id) SELECT * FROM unnest($1::text[], $2::bigint[])`, [
        [...textKeys(founder), ...textKeys(copy)],
        [...textKeys(founder).map(() => '1'), ...textKeys(copy).map(() => '2')],
      ]);

      await ds.runMigrations();
      const rows: Array<{ band: string; claim_id: string }> = await ds.query(`SELECT band::text AS band, claim_id::text AS claim_id FROM claim_bands ORDER BY claim_bands.band`);
      // the copy's keys are gone; the founder's are exactly what the domain computes now
      expect(new Set(rows.map((r) => r.claim_id))).toEqual(new Set(['1']));
      expect(rows.map((r) => r.band)).toEqual(bandNumbersOfValues(founder, STORED_BAND_COUNT).sort((a, b) => a - b).map(String));
      const [{ type }] = await ds.query(`SELECT data_type AS type FROM information_schema.columns WHERE table_name = 'claim_bands' AND column_name = 'band'`);
      expect(type).toBe('bigint');
    } finally {
      if (ds.isInitialized) await ds.destroy();
      await pg?.drop();
    }
  }, 60_000);

  it('DropRedundantClaimIndexes drops the claim indexes no query uses, and its undo brings them back', async () => {
    const pg = kind === 'postgres' ? await createPostgresDatabase() : null;
    const ds = createDataSource({ url: pg?.url, dataDir: 'memory://' });
    const indexes = async (): Promise<string[]> =>
      (await ds.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'claims' ORDER BY indexname`)).map((r: { indexname: string }) => r.indexname);
    try {
      await ds.initialize();
      await ds.runMigrations();
      const after = await indexes();
      expect(after).not.toContain('claims_fingerprint_idx');
      expect(after).not.toContain('claims_id_idx');
      expect(after).toContain('claims_normalized_trgm_idx');

      await undoThrough(ds, 'DropRedundantClaimIndexes1764900000000');
      const before = await indexes();
      expect(before).toContain('claims_fingerprint_idx');
      // the id index only ever existed on the partitioned (PostgreSQL) table
      expect(before.includes('claims_id_idx')).toBe(kind === 'postgres');
    } finally {
      if (ds.isInitialized) await ds.destroy();
      await pg?.drop();
    }
  }, 60_000);
});
