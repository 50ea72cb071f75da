import type { Sql } from '../database/database.js';
import { inKeyOrder, SOURCE_COLUMNS, type SourceRecord } from './records.js';

export interface SourceKey {
  name: string;
  platform: string | null;
  country: string | null;
}

/** How sources are told apart: name case-insensitively, then platform. */
export function sourceKey(name: string, platform: string | null): string {
  return `${name.toLowerCase()}\u0000${platform ?? ''}`;
}

export class SourceRepository {
  /** Inserts the sources not yet known (one statement) and returns the id of each by sourceKey. */
  async upsertMany(sql: Sql, sources: SourceKey[]): Promise<Map<string, string>> {
    const unique = new Map<string, SourceKey>();
    for (const s of sources) {
      const key = sourceKey(s.name, s.platform);
      if (!unique.has(key)) unique.set(key, s);
    }
    const list = inKeyOrder([...unique.values()], (s) => sourceKey(s.name, s.platform));
    if (list.length === 0) return new Map();
    const names = list.map((s) => s.name);
    const platforms = list.map((s) => s.platform);
    await sql.query(
      `INSERT INTO sources (name, platform, country)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (lower(name), coalesce(platform, '')) DO NOTHING`,
      [names, platforms, list.map((s) => s.country)],
    );
    const rows = await sql.query<{ id: string; name: string; platform: string | null }>(
      `SELECT s.id, s.name, s.platform FROM sources s
       JOIN unnest($1::text[], $2::text[]) AS k(name, platform)
         ON lower(s.name) = lower(k.name) AND coalesce(s.platform, '') = coalesce(k.platform, '')`,
      [names, platforms],
    );
    return new Map(rows.map((r) => [sourceKey(r.name, r.platform), r.id]));
  }

  findAll(sql: Sql): Promise<SourceRecord[]> {
    return sql.query(`SELECT ${SOURCE_COLUMNS} FROM sources s ORDER BY lower(s.name), s.platform NULLS FIRST`);
  }

  findByIds(sql: Sql, ids: readonly string[]): Promise<SourceRecord[]> {
    return sql.query(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE s.id = ANY($1::bigint[])`, [ids]);
  }
}
