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
  /** UTC start of the bucket, as ISO-8601 text */
  bucket: string;
  /** group key: source id, language, platform or stance; null for NONE */
  groupKey: string | null;
  count: number;
  sources: number;
}

const STATUS_BITS: Record<TagStatus, number> = { SUGGESTED: 1, CONFIRMED: 2, REJECTED: 4 };

/** The trend_totals mask for a set of statuses. */
export function statusMask(statuses: readonly TagStatus[]): number {
  return statuses.reduce((mask, s) => mask | STATUS_BITS[s], 0);
}

const RAW_GROUP: Record<TrendGrouping, string> = {
  NONE: 'NULL::text',
  SOURCE: 't.source_id::text',
  LANGUAGE: 't.language',
  PLATFORM: "coalesce(s.platform, 'unknown')",
  STANCE: 't.stance',
};

const ROLLUP_GROUP: Record<TrendGrouping, string> = {
  NONE: 'NULL::text',
  SOURCE: 'r.source_id::text',
  LANGUAGE: 'r.language',
  PLATFORM: 'r.platform',
  STANCE: 'r.stance',
};

/**
 * A `date` bucket as ISO-8601 text of its UTC midnight: decoding text is several times cheaper for
 * the client than a timestamptz, and thousands of buckets come back per chart.
 */
const AS_UTC = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T00:00:00.000Z"')`;

export class TrendRepository {
  /** From raw tags: any granularity and any range, exact; the reference the rollups are checked against. */
  counts(sql: Sql, q: TrendQuery): Promise<TrendRow[]> {
    const join = q.groupBy === 'PLATFORM' ? 'JOIN sources s ON s.id = t.source_id' : '';
    return sql.query(
      `SELECT t.narrative_id AS "narrativeId",
              to_char(date_trunc('${q.unit}', t.published_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD"T"HH24:MI:SS".000Z"') AS bucket,
              ${RAW_GROUP[q.groupBy]} AS "groupKey",
              count(*)::int AS count,
              count(DISTINCT t.source_id)::int AS sources
         FROM claim_tags t ${join}
        WHERE t.narrative_id = ANY($1::bigint[]) AND t.status = ANY($2::text[])
          AND t.published_at >= $3 AND t.published_at < $4
        GROUP BY 1, 2, 3`,
      [q.narrativeIds, q.statuses, q.from.toISOString(), q.to.toISOString()],
    );
  }

  /** From the per-day rollup: day-aligned ranges, day/week/month buckets, any grouping. */
  rollupCounts(sql: Sql, q: TrendQuery): Promise<TrendRow[]> {
    return sql.query(
      `SELECT r.narrative_id AS "narrativeId",
              ${AS_UTC(`date_trunc('${q.unit}', r.day)`)} AS bucket,
              ${ROLLUP_GROUP[q.groupBy]} AS "groupKey",
              sum(r.claims)::int AS count,
              count(DISTINCT r.source_id)::int AS sources
         FROM trend_rollup r
        WHERE r.narrative_id = ANY($1::bigint[]) AND r.status = ANY($2::text[])
          AND r.day >= $3::date AND r.day < $4::date
        GROUP BY 1, 2, 3`,
      [q.narrativeIds, q.statuses, q.from.toISOString().slice(0, 10), q.to.toISOString().slice(0, 10)],
    );
  }

  /** From the precomputed totals: bucket-aligned ranges, no grouping; one index range per narrative. */
  totals(sql: Sql, q: Omit<TrendQuery, 'groupBy' | 'unit'> & { unit: 'day' | 'week' | 'month' }): Promise<TrendRow[]> {
    return sql.query(
      `SELECT t.narrative_id AS "narrativeId", ${AS_UTC('t.bucket')} AS bucket, NULL::text AS "groupKey", t.claims AS count, t.sources
         FROM trend_totals t
        WHERE t.granularity = $1 AND t.narrative_id = ANY($2::bigint[]) AND t.status_mask = $3
          AND t.bucket >= $4::date AND t.bucket < $5::date`,
      [q.unit[0], q.narrativeIds, statusMask(q.statuses), q.from.toISOString().slice(0, 10), q.to.toISOString().slice(0, 10)],
    );
  }

  /** All claims per bucket (tagged or not): the denominator of share of voice. */
  async volume(sql: Sql, unit: TrendUnit, from: Date, to: Date, dayAligned: boolean): Promise<Map<number, number>> {
    const rows = dayAligned && unit !== 'hour'
      ? await sql.query<{ bucket: Date; claims: number }>(
          `SELECT ${AS_UTC(`date_trunc('${unit}', day)`)} AS bucket, sum(claims)::int AS claims FROM claim_daily
            WHERE day >= $1::date AND day < $2::date GROUP BY 1`,
          [from.toISOString().slice(0, 10), to.toISOString().slice(0, 10)],
        )
      : await sql.query<{ bucket: Date; claims: number }>(
          `SELECT (date_trunc('${unit}', published_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') AS bucket, count(*)::int AS claims FROM claims
            WHERE published_at >= $1 AND published_at < $2 GROUP BY 1`,
          [from.toISOString(), to.toISOString()],
        );
    return new Map(rows.map((r) => [new Date(r.bucket).getTime(), r.claims]));
  }
}

export interface FirstSeenRow {
  key: string | null;
  claimId: string;
  sourceId: string;
  at: Date;
  total: number;
}

/** Narrative statistics over raw tags (live = confirmed or suggested). */
export class NarrativeStatsRepository {
  /** When the collection began: the earliest claim's date (null while there is none). */
  async collectionStart(sql: Sql): Promise<Date | null> {
    const [row] = await sql.query<{ first: Date | string | null }>(`SELECT min(published_at) AS first FROM claims`);
    return row?.first == null ? null : new Date(row.first);
  }

  statusCounts(sql: Sql, narrativeId: string, from: Date, to: Date) {
    return sql.query<{ status: TagStatus; n: number }>(
      `SELECT status, count(*)::int AS n FROM claim_tags
        WHERE narrative_id = $1 AND published_at >= $2 AND published_at < $3 GROUP BY status`,
      [narrativeId, from.toISOString(), to.toISOString()],
    );
  }

  /** Earliest live claim overall (key null), or per language / platform, with the group's size. */
  firstSeen(sql: Sql, narrativeId: string, from: Date, to: Date, by: 'NONE' | 'LANGUAGE' | 'PLATFORM'): Promise<FirstSeenRow[]> {
    const key = by === 'LANGUAGE' ? 't.language' : by === 'PLATFORM' ? "coalesce(s.platform, 'unknown')" : 'NULL::text';
    return sql.query(
      `SELECT DISTINCT ON (key) key, "claimId", "sourceId", at, total FROM (
         SELECT ${key} AS key, t.claim_id AS "claimId", t.source_id AS "sourceId", t.published_at AS at,
                count(*) OVER (PARTITION BY ${key})::int AS total
           FROM claim_tags t JOIN sources s ON s.id = t.source_id
          WHERE t.narrative_id = $1 AND t.status <> 'REJECTED' AND t.published_at >= $2 AND t.published_at < $3
       ) x ORDER BY key, at, "claimId"`,
      [narrativeId, from.toISOString(), to.toISOString()],
    );
  }

  topSources(sql: Sql, narrativeId: string, from: Date, to: Date, limit: number) {
    return sql.query<{ sourceId: string; count: number; firstAt: Date }>(
      `SELECT source_id AS "sourceId", count(*)::int AS count, min(published_at) AS "firstAt" FROM claim_tags
        WHERE narrative_id = $1 AND status <> 'REJECTED' AND published_at >= $2 AND published_at < $3
        GROUP BY source_id ORDER BY count DESC, min(published_at), source_id LIMIT $4`,
      [narrativeId, from.toISOString(), to.toISOString(), limit],
    );
  }
}
