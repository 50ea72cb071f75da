import { bigints } from '../database/bigint-array.js';
import type { Sql } from '../database/database.js';
import { DOCUMENT_COLUMNS, inKeyOrder, type DocumentRecord } from './records.js';

export interface NewDocument {
  externalId: string | null;
  sourceId: string;
  contentFingerprint: string;
  url: string | null;
  title: string | null;
  author: string | null;
  text: string;
  language: string | null;
  publishedAt: Date;
}

export interface StoredDocumentKey extends DocumentRecord {
  contentFingerprint: string;
}

/** A document's identity: its external id, or else its source and content fingerprint (normalised text). */
export function documentIdentity(externalId: string | null, sourceId: string, contentFingerprint: string): string {
  return externalId !== null ? `x\u0000${externalId}` : `c\u0000${sourceId}\u0000${contentFingerprint}`;
}

const keyOf = (d: { externalId: string | null; sourceId: string; contentFingerprint: string }) => documentIdentity(d.externalId, d.sourceId, d.contentFingerprint);

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
      [externalIds, bigints(contentKeys.map((k) => k.sourceId)), contentKeys.map((k) => k.fingerprint)],
    );
  }

  /**
   * Inserts in one statement; rows that lost a race to a concurrent insert are skipped, not
   * duplicated. Only the keys come back from the database (not the texts just sent): the
   * records are completed from the input.
   */
  async insertMany(sql: Sql, unordered: NewDocument[]): Promise<StoredDocumentKey[]> {
    if (unordered.length === 0) return [];
    const docs = inKeyOrder(unordered, keyOf);
    const rows = await sql.query<{ id: string; externalId: string | null; sourceId: string; contentFingerprint: string }>(
      `INSERT INTO documents AS d (external_id, source_id, content_fingerprint, url, title, text, language, published_at, author)
       SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::text[])
       ON CONFLICT DO NOTHING
       RETURNING d.id, d.external_id AS "externalId", d.source_id AS "sourceId", d.content_fingerprint AS "contentFingerprint"`,
      [
        docs.map((d) => d.externalId),
        bigints(docs.map((d) => d.sourceId)),
        docs.map((d) => d.contentFingerprint),
        docs.map((d) => d.url),
        docs.map((d) => d.title),
        docs.map((d) => d.text),
        docs.map((d) => d.language),
        docs.map((d) => d.publishedAt.toISOString()),
        docs.map((d) => d.author),
      ],
    );
    const sent = new Map(docs.map((d) => [keyOf(d), d]));
    return rows.map((row) => {
      const doc = sent.get(keyOf({ ...row, sourceId: String(row.sourceId) })) as NewDocument;
      return {
        id: String(row.id),
        externalId: row.externalId,
        sourceId: String(row.sourceId),
        url: doc.url,
        title: doc.title,
        author: doc.author,
        text: doc.text,
        language: doc.language,
        publishedAt: doc.publishedAt,
        contentFingerprint: row.contentFingerprint,
      };
    });
  }

  findByIds(sql: Sql, ids: readonly string[]): Promise<DocumentRecord[]> {
    return sql.query(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ANY($1::bigint[])`, [ids]);
  }

  async count(sql: Sql): Promise<number> {
    const [row] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM documents`);
    return row?.n ?? 0;
  }
}
