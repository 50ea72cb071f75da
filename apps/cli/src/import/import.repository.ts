import type { Sql } from '@app/persistence';

/** Lookups the import makes outside its transactions, as hints only. */
export class ImportRepository {
  /** Which of these external ids are stored already (one index probe per id). */
  async knownExternalIds(sql: Sql, externalIds: string[]): Promise<Set<string>> {
    if (externalIds.length === 0) return new Set();
    const rows = await sql.query<{ id: string }>(`SELECT d.external_id AS id FROM documents d WHERE d.external_id = ANY($1::text[])`, [externalIds]);
    return new Set(rows.map((r) => r.id));
  }
}
