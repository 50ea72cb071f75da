import type { Sql } from '../database/database.js';
import { DOCUMENT_COLUMNS, type DocumentRecord } from './records.js';

export interface NewDocument {
  externalId: string | null;
  sourceId: string;
  contentFingerprint: string;
  url: string | null;
  title: string | null;
  text: string;
  language: string | null;
  publishedAt: Date;
}

export interface StoredDocumentKey extends DocumentRecord {
  contentFingerprint: string;
}

export class DocumentRepository {
  /** Documents already stored under any of these external ids or (source, fingerprint) pairs. */
  findExisting(
    sql: Sql,
    externalIds: string[],
    contentKeys: Array<{ sourceId: string; fingerprint: string }>,
  ): Promise<StoredDocumentKey[]> {
    return sql.query(
      `SELECT ${DOCUMENT_COLUMNS}, d.content_fingerprint AS "contentFingerprint" FROM documents d
        WHERE d.external_id = ANY($1::text[])
        UNION
       SELECT ${DOCUMENT_COLUMNS}, d.content_fingerprint AS "contentFingerprint" FROM documents d
         JOIN unnest($2::bigint[], $3::text[]) AS k(source_id, fp)
           ON d.source_id = k.source_id AND d.content_fingerprint = k.fp`,
      [externalIds, contentKeys.map((k) => k.sourceId), contentKeys.map((k) => k.fingerprint)],
    );
  }

  /** Inserts in one statement; rows that lost a race to a concurrent insert are skipped, not duplicated. */
  insertMany(sql: Sql, docs: NewDocument[]): Promise<StoredDocumentKey[]> {
    if (docs.length === 0) return Promise.resolve([]);
    return sql.query(
      `INSERT INTO documents AS d (external_id, source_id, content_fingerprint, url, title, text, language, published_at)
       SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
       ON CONFLICT DO NOTHING
       RETURNING ${DOCUMENT_COLUMNS}, d.content_fingerprint AS "contentFingerprint"`,
      [
        docs.map((d) => d.externalId),
        docs.map((d) => d.sourceId),
        docs.map((d) => d.contentFingerprint),
        docs.map((d) => d.url),
        docs.map((d) => d.title),
        docs.map((d) => d.text),
        docs.map((d) => d.language),
        docs.map((d) => d.publishedAt.toISOString()),
      ],
    );
  }

  findByIds(sql: Sql, ids: readonly string[]): Promise<DocumentRecord[]> {
    return sql.query(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ANY($1::bigint[])`, [ids]);
  }

  async count(sql: Sql): Promise<number> {
    const [row] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM documents`);
    return row?.n ?? 0;
  }
}
