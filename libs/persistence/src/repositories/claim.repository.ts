import { bigints } from '../database/bigint-array.js';
import type { Sql } from '../database/database.js';
import type { TagStatus } from '../entities/claim-tag.entity.js';
import { CLAIM_COLUMNS, type ClaimRecord } from './records.js';

export interface NewClaim {
  documentId: string;
  sourceId: string;
  position: number;
  text: string;
  normalized: string;
  fingerprint: string;
  language: string;
  publishedAt: Date;
  claimant: string | null;
}

export interface ClaimQuery {
  narrativeId?: string | null;
  status?: TagStatus | null;
  untagged?: boolean | null;
  sourceId?: string | null;
  language?: string | null;
  from?: Date | null;
  to?: Date | null;
  /** already normalised search text; matched as a substring of the normalised claim */
  search?: string | null;
  after?: { publishedAt: Date; id: string } | null;
  limit: number;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Builds the WHERE clause of a claim filter; the cursor is left out so counts can share it. */
function whereOf(query: ClaimQuery, params: unknown[]): string[] {
  const where: string[] = [];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.narrativeId && query.status) {
    where.push(`EXISTS (SELECT 1 FROM claim_tags t WHERE t.claim_id = c.id AND t.narrative_id = ${add(query.narrativeId)} AND t.status = ${add(query.status)})`);
  } else if (query.narrativeId) {
    // "in this narrative" means a live tag: rejected ones are asked for with status REJECTED
    where.push(`EXISTS (SELECT 1 FROM claim_tags t WHERE t.claim_id = c.id AND t.narrative_id = ${add(query.narrativeId)} AND t.status <> 'REJECTED')`);
  } else if (query.status) {
    where.push(`EXISTS (SELECT 1 FROM claim_tags t WHERE t.claim_id = c.id AND t.status = ${add(query.status)})`);
  }
  if (query.untagged === true) {
    where.push(`NOT EXISTS (SELECT 1 FROM claim_tags t WHERE t.claim_id = c.id AND t.status <> 'REJECTED')`);
  } else if (query.untagged === false) {
    where.push(`EXISTS (SELECT 1 FROM claim_tags t WHERE t.claim_id = c.id AND t.status <> 'REJECTED')`);
  }
  if (query.sourceId) where.push(`c.source_id = ${add(query.sourceId)}`);
  if (query.language) where.push(`c.language = ${add(query.language)}`);
  if (query.from) where.push(`c.published_at >= ${add(query.from.toISOString())}`);
  if (query.to) where.push(`c.published_at < ${add(query.to.toISOString())}`);
  if (query.search) where.push(`c.normalized LIKE ${add(`%${escapeLike(query.search)}%`)}`);
  return where;
}

export class ClaimRepository {
  /** Inserts in one statement; only ids come back (not the texts just sent), the records are completed from the input. */
  async insertMany(sql: Sql, claims: NewClaim[]): Promise<ClaimRecord[]> {
    if (claims.length === 0) return [];
    const rows = await sql.query<{ id: string; documentId: string; position: number }>(
      `INSERT INTO claims AS c (document_id, source_id, position, text, normalized, fingerprint, language, published_at, claimant)
       SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::text[])
       RETURNING c.id, c.document_id AS "documentId", c.position`,
      [
        bigints(claims.map((c) => c.documentId)),
        bigints(claims.map((c) => c.sourceId)),
        claims.map((c) => c.position),
        claims.map((c) => c.text),
        claims.map((c) => c.normalized),
        claims.map((c) => c.fingerprint),
        claims.map((c) => c.language),
        claims.map((c) => c.publishedAt.toISOString()),
        claims.map((c) => c.claimant),
      ],
    );
    const sent = new Map(claims.map((c) => [`${c.documentId}:${c.position}`, c]));
    return rows.map((row) => {
      const c = sent.get(`${row.documentId}:${row.position}`) as NewClaim;
      return {
        id: String(row.id),
        documentId: c.documentId,
        sourceId: c.sourceId,
        position: c.position,
        text: c.text,
        normalized: c.normalized,
        language: c.language,
        publishedAt: c.publishedAt,
        claimant: c.claimant,
      };
    });
  }

  findByIds(sql: Sql, ids: readonly string[]): Promise<ClaimRecord[]> {
    return sql.query(`SELECT ${CLAIM_COLUMNS} FROM claims c WHERE c.id = ANY($1::bigint[])`, [ids]);
  }

  findByDocumentIds(sql: Sql, documentIds: readonly string[]): Promise<ClaimRecord[]> {
    return sql.query(
      `SELECT ${CLAIM_COLUMNS} FROM claims c WHERE c.document_id = ANY($1::bigint[]) ORDER BY c.document_id, c.position`,
      [documentIds],
    );
  }

  /** One page, newest first, plus one extra row to tell whether another page follows. */
  findPage(sql: Sql, query: ClaimQuery): Promise<ClaimRecord[]> {
    const params: unknown[] = [];
    const where = whereOf(query, params);
    if (query.after) {
      params.push(query.after.publishedAt.toISOString(), query.after.id);
      where.push(`(c.published_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
    }
    params.push(query.limit + 1);
    return sql.query(
      `SELECT ${CLAIM_COLUMNS} FROM claims c
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.published_at DESC, c.id DESC
       LIMIT $${params.length}`,
      params,
    );
  }

  async count(sql: Sql, query: Omit<ClaimQuery, 'after' | 'limit'>): Promise<number> {
    const params: unknown[] = [];
    const where = whereOf({ ...query, limit: 0 }, params);
    const [row] = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM claims c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    return row?.n ?? 0;
  }
}
