import type { Sql } from '../database/database.js';
import type { TagStatus } from '../entities/claim-tag.entity.js';

export type TrendGrouping = 'NONE' | 'SOURCE' | 'LANGUAGE' | 'PLATFORM' | 'STANCE';
export type TrendUnit = 'hour' | 'day' | 'week' | 'month';

export interface TrendQuery {
  narrativeIds: readonly string[];
  from: Date;
  to: Date;
  unit: TrendUnit;
  groupBy: TrendGrouping;
  statuses: readonly TagStatus[];
}

export interface TrendRow {
  narrativeId: string;
  bucket: Date;
  /** group key: source id, language, platform or stance; null for NONE */
  groupKey: string | null;
  count: number;
  sources: number;
}

const GROUP_EXPRESSION: Record<TrendGrouping, string> = {
  NONE: 'NULL::text',
  SOURCE: 't.source_id::text',
  LANGUAGE: 't.language',
  PLATFORM: "coalesce(s.platform, 'unknown')",
  STANCE: 't.stance',
};

export class TrendRepository {
  /** Claim counts and distinct sources per narrative × UTC bucket × group; empty buckets are absent. */
  counts(sql: Sql, q: TrendQuery): Promise<TrendRow[]> {
    const join = q.groupBy === 'PLATFORM' ? 'JOIN sources s ON s.id = t.source_id' : '';
    return sql.query(
      `SELECT t.narrative_id AS "narrativeId",
              (date_trunc('${q.unit}', t.published_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') AS bucket,
              ${GROUP_EXPRESSION[q.groupBy]} AS "groupKey",
              count(*)::int AS count,
              count(DISTINCT t.source_id)::int AS sources
         FROM claim_tags t ${join}
        WHERE t.narrative_id = ANY($1::bigint[]) AND t.status = ANY($2::text[])
          AND t.published_at >= $3 AND t.published_at < $4
        GROUP BY 1, 2, 3`,
      [q.narrativeIds, q.statuses, q.from.toISOString(), q.to.toISOString()],
    );
  }
}
