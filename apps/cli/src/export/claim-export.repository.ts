import type { Sql } from '@app/persistence';
import { pairTotalsKey, type PairTotals, type StixTotals } from './stix.js';
import type { ExportClaim, ExportNarrative, ExportTag } from './types.js';

export interface ExportFilter {
  narrativeId: string | null;
  /** only tags of this status (CONFIRMED, SUGGESTED, REJECTED), and only claims with such a tag (of the narrative, when given) */
  status?: string | null;
  /** inclusive */
  from: Date | null;
  /** exclusive */
  to: Date | null;
}

/** Where the previous page ended: the last claim's publication time (as the database wrote it) and id. */
export interface ExportCursor {
  publishedAt: string;
  id: string;
}

interface ClaimRow {
  id: string;
  text: string;
  language: string | null;
  publishedAt: Date;
  cursorAt: string;
  claimant: string | null;
  position: number;
  documentId: string;
  documentExternalId: string | null;
  documentFingerprint: string;
  documentUrl: string | null;
  documentTitle: string | null;
  documentAuthor: string | null;
  sourceId: string;
  sourceName: string;
  sourceNameKey: string;
  sourcePlatform: string | null;
  sourceCountry: string | null;
}

interface TagRow {
  claimId: string;
  narrativeId: string;
  slug: string;
  name: string;
  description: string | null;
  status: string;
  origin: string;
  stance: string;
  confidence: number | null;
  taggedBy: string | null;
  updatedAt: Date;
}

const lower = (value: string | null) => (value === null ? null : value.toLowerCase());

/** Reads claims for export, oldest first, one keyset page at a time (no OFFSET, no cursor held open). */
export class ClaimExportRepository {
  async page(sql: Sql, filter: ExportFilter, after: ExportCursor | null, limit: number): Promise<{ claims: ExportClaim[]; next: ExportCursor | null }> {
    const params: unknown[] = [];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    const status = filter.status ?? null;
    if (filter.narrativeId || status) {
      const tagWhere = [
        ...(filter.narrativeId ? [`t.narrative_id = ${add(filter.narrativeId)}::bigint`] : []),
        status ? `t.status = ${add(status)}` : `t.status <> 'REJECTED'`,
      ];
      where.push(`EXISTS (SELECT 1 FROM claim_tags t WHERE t.claim_id = c.id AND ${tagWhere.join(' AND ')})`);
    }
    if (filter.from) where.push(`c.published_at >= ${add(filter.from.toISOString())}::timestamptz`);
    if (filter.to) where.push(`c.published_at < ${add(filter.to.toISOString())}::timestamptz`);
    if (after) where.push(`(c.published_at, c.id) > (${add(after.publishedAt)}::timestamptz, ${add(after.id)}::bigint)`);
    const rows = await sql.query<ClaimRow>(
      `SELECT c.id, c.text, c.language, c.published_at AS "publishedAt", c.published_at::text AS "cursorAt", c.claimant, c.position,
              c.document_id AS "documentId", d.external_id AS "documentExternalId", d.content_fingerprint AS "documentFingerprint",
              d.url AS "documentUrl", d.title AS "documentTitle", d.author AS "documentAuthor",
              s.id AS "sourceId", s.name AS "sourceName", lower(s.name) AS "sourceNameKey", s.platform AS "sourcePlatform",
              s.country AS "sourceCountry"
         FROM claims c
         JOIN documents d ON d.id = c.document_id
         JOIN sources s ON s.id = c.source_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY c.published_at, c.id
        LIMIT ${add(limit)}`,
      params,
    );
    if (rows.length === 0) return { claims: [], next: null };

    const tags = await sql.query<TagRow>(
      `SELECT t.claim_id AS "claimId", t.narrative_id AS "narrativeId", n.slug, n.name, n.description,
              t.status, t.origin, t.stance, round(t.confidence::numeric, 4)::float8 AS confidence,
              t.tagged_by AS "taggedBy", t.updated_at AS "updatedAt"
         FROM claim_tags t JOIN narratives n ON n.id = t.narrative_id
        WHERE t.claim_id = ANY($1::bigint[]) AND ($2::text IS NULL OR t.status = $2)
        ORDER BY t.claim_id, t.narrative_id`,
      [rows.map((r) => r.id), status],
    );
    const byClaim = new Map<string, ExportTag[]>();
    for (const t of tags) {
      const list = byClaim.get(t.claimId) ?? [];
      list.push({
        narrativeId: t.narrativeId,
        narrativeSlug: t.slug,
        narrativeName: t.name,
        narrativeDescription: t.description,
        status: t.status.toLowerCase(),
        origin: t.origin.toLowerCase(),
        stance: lower(t.stance),
        confidence: t.confidence === null ? null : Number(t.confidence),
        taggedBy: t.taggedBy,
        updatedAt: new Date(t.updatedAt),
      });
      byClaim.set(t.claimId, list);
    }
    const claims = rows.map(
      (r): ExportClaim => ({
        id: r.id,
        text: r.text,
        language: r.language,
        publishedAt: new Date(r.publishedAt),
        claimant: r.claimant,
        position: Number(r.position),
        documentId: r.documentId,
        documentExternalId: r.documentExternalId,
        documentFingerprint: r.documentFingerprint,
        documentUrl: r.documentUrl,
        documentTitle: r.documentTitle,
        documentAuthor: r.documentAuthor,
        // lower(name) from the database, not toLowerCase(): the two disagree on some letters (İ), and the key must follow the unique index
        source: { id: r.sourceId, name: r.sourceName, nameKey: r.sourceNameKey, platform: r.sourcePlatform, country: r.sourceCountry },
        tags: byClaim.get(r.id) ?? [],
      }),
    );
    const last = rows[rows.length - 1];
    return { claims, next: rows.length < limit ? null : { publishedAt: last.cursorAt, id: last.id } };
  }

  /**
   * The figures a STIX bundle takes from the whole database, not from one export's claims: each
   * source's first and last claim, each (source, narrative, stance)'s live tags, the source names
   * borne by more than one source. Tags count as the bundle counts them: every one not rejected.
   */
  async stixTotals(sql: Sql): Promise<StixTotals> {
    const spans = await sql.query<{ sourceId: string; first: Date; last: Date }>(
      `SELECT source_id AS "sourceId", min(published_at) AS first, max(published_at) AS last FROM claims GROUP BY source_id`,
    );
    const pairs = await sql.query<{ sourceId: string; slug: string; stance: string; count: number; confirmed: number; first: Date; last: Date; lastUpdate: Date; maxConfidence: number | null }>(
      `SELECT c.source_id AS "sourceId", n.slug, coalesce(lower(t.stance), 'unspecified') AS stance,
              count(*)::int AS count, (count(*) FILTER (WHERE t.status = 'CONFIRMED'))::int AS confirmed,
              min(c.published_at) AS first, max(c.published_at) AS last, max(t.updated_at) AS "lastUpdate",
              max(round(t.confidence::numeric, 4))::float8 AS "maxConfidence"
         FROM claim_tags t
         JOIN claims c ON c.id = t.claim_id
         JOIN narratives n ON n.id = t.narrative_id
        WHERE t.status <> 'REJECTED'
        GROUP BY 1, 2, 3`,
    );
    const shared = await sql.query<{ nameKey: string }>(`SELECT lower(name) AS "nameKey" FROM sources GROUP BY 1 HAVING count(*) > 1`);
    return {
      sources: new Map(spans.map((r) => [String(r.sourceId), { first: new Date(r.first), last: new Date(r.last) }])),
      pairs: new Map(
        pairs.map((r): [string, PairTotals] => [
          pairTotalsKey(String(r.sourceId), r.slug, r.stance),
          {
            count: Number(r.count),
            confirmed: Number(r.confirmed),
            first: new Date(r.first),
            last: new Date(r.last),
            lastUpdate: new Date(r.lastUpdate),
            maxConfidence: r.maxConfidence === null ? null : Number(r.maxConfidence),
          },
        ]),
      ),
      sharedSourceNames: new Set(shared.map((r) => r.nameKey)),
    };
  }

  /** Every narrative with its parent's slug, for the STIX narrative objects. */
  async narratives(sql: Sql): Promise<ExportNarrative[]> {
    const rows = await sql.query<{
      id: string;
      slug: string;
      name: string;
      description: string | null;
      parentSlug: string | null;
      createdAt: Date;
      updatedAt: Date;
    }>(
      `SELECT n.id, n.slug, n.name, n.description, p.slug AS "parentSlug", n.created_at AS "createdAt", n.updated_at AS "updatedAt"
         FROM narratives n LEFT JOIN narratives p ON p.id = n.parent_id
        ORDER BY n.id`,
    );
    return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt), updatedAt: new Date(r.updatedAt) }));
  }
}
