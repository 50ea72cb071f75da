import type { Sql } from '../database/database.js';

/**
 * Monthly partitions of claims on PostgreSQL (a no-op function on PGlite). Called before claims of
 * a month are stored; months already made are remembered so a batch costs no extra statement.
 */
export class ClaimPartitions {
  private readonly known = new Set<string>();

  async ensure(sql: Sql, dates: Date[]): Promise<void> {
    const months = [...new Set(dates.map((d) => `${d.toISOString().slice(0, 7)}-01`))].filter((m) => !this.known.has(m));
    if (months.length === 0) return;
    await sql.query(`SELECT ensure_claim_partitions($1::date[])`, [months]);
    for (const m of months) this.known.add(m);
  }
}
