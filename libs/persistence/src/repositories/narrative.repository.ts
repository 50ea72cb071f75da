import type { Sql } from '../database/database.js';
import type { TagStatus } from '../entities/claim-tag.entity.js';
import { NARRATIVE_COLUMNS, type NarrativeRecord } from './records.js';

export interface NarrativeFields {
  slug: string;
  name: string;
  description: string | null;
  parentId: string | null;
  keywords: string[];
  rule: string | null;
}

export class NarrativeRepository {
  /** Inserts unless the slug is taken; null then. */
  async insert(sql: Sql, fields: NarrativeFields): Promise<NarrativeRecord | null> {
    const rows = await sql.query<NarrativeRecord>(
      `INSERT INTO narratives AS n (slug, name, description, parent_id, keywords, rule)
       VALUES ($1, $2, $3, $4, $5::text[], $6)
       ON CONFLICT (slug) DO NOTHING
       RETURNING ${NARRATIVE_COLUMNS}`,
      [fields.slug, fields.name, fields.description, fields.parentId, fields.keywords, fields.rule],
    );
    return rows[0] ?? null;
  }

  async update(sql: Sql, id: string, fields: Omit<NarrativeFields, 'slug'>): Promise<NarrativeRecord | null> {
    // In a CTE so the driver returns plain rows: a bare UPDATE … RETURNING answers [rows, count].
    const rows = await sql.query<NarrativeRecord>(
      `WITH n AS (
         UPDATE narratives SET name = $2, description = $3, parent_id = $4, keywords = $5::text[], rule = $6, updated_at = now()
         WHERE id = $1 RETURNING *
       ) SELECT ${NARRATIVE_COLUMNS} FROM n`,
      [id, fields.name, fields.description, fields.parentId, fields.keywords, fields.rule],
    );
    return rows[0] ?? null;
  }

  findAll(sql: Sql): Promise<NarrativeRecord[]> {
    return sql.query(`SELECT ${NARRATIVE_COLUMNS} FROM narratives n ORDER BY n.name, n.id`);
  }

  findByIds(sql: Sql, ids: readonly string[]): Promise<NarrativeRecord[]> {
    return sql.query(`SELECT ${NARRATIVE_COLUMNS} FROM narratives n WHERE n.id = ANY($1::bigint[])`, [ids]);
  }

  findBySlugs(sql: Sql, slugs: readonly string[]): Promise<NarrativeRecord[]> {
    return sql.query(`SELECT ${NARRATIVE_COLUMNS} FROM narratives n WHERE n.slug = ANY($1::text[])`, [slugs]);
  }

  findChildren(sql: Sql, parentIds: readonly string[]): Promise<NarrativeRecord[]> {
    return sql.query(`SELECT ${NARRATIVE_COLUMNS} FROM narratives n WHERE n.parent_id = ANY($1::bigint[]) ORDER BY n.name, n.id`, [parentIds]);
  }

  /** Ids of the narrative and all its ancestors, to refuse a parent that would make a cycle. */
  async ancestorIds(sql: Sql, id: string): Promise<string[]> {
    const rows = await sql.query<{ id: string }>(
      `WITH RECURSIVE up(id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM narratives WHERE id = $1
         UNION ALL
         SELECT n.id, n.parent_id, up.depth + 1 FROM narratives n JOIN up ON n.id = up.parent_id WHERE up.depth < 100
       ) SELECT id FROM up`,
      [id],
    );
    return rows.map((r) => r.id);
  }

  /** Live claims per narrative; with a status, only tags of that status. */
  async claimCounts(sql: Sql, narrativeIds: readonly string[], status: TagStatus | null): Promise<Map<string, number>> {
    const rows = await sql.query<{ id: string; n: number }>(
      `SELECT t.narrative_id AS id, count(*)::int AS n FROM claim_tags t
        WHERE t.narrative_id = ANY($1::bigint[]) AND ${status ? 't.status = $2' : "t.status <> 'REJECTED'"}
        GROUP BY t.narrative_id`,
      status ? [narrativeIds, status] : [narrativeIds],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  async count(sql: Sql): Promise<number> {
    const [row] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM narratives`);
    return row?.n ?? 0;
  }
}
