import type { TagOrigin, TagStance, TagStatus } from '../entities/claim-tag.entity.js';

/** Plain rows as repositories return them: ids are strings, times are Dates. */
export interface SourceRecord {
  id: string;
  name: string;
  platform: string | null;
  country: string | null;
}

export interface DocumentRecord {
  id: string;
  externalId: string | null;
  sourceId: string;
  url: string | null;
  title: string | null;
  author: string | null;
  text: string;
  language: string | null;
  publishedAt: Date;
}

export interface ClaimRecord {
  id: string;
  documentId: string;
  sourceId: string;
  position: number;
  text: string;
  normalized: string;
  language: string;
  publishedAt: Date;
  claimant: string | null;
}

export interface NarrativeRecord {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  parentId: string | null;
  keywords: string[];
  rule: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface TagRecord {
  id: string;
  claimId: string;
  narrativeId: string;
  status: TagStatus;
  origin: TagOrigin;
  stance: TagStance;
  confidence: number;
  evidence: string[];
  taggedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const SOURCE_COLUMNS = `s.id, s.name, s.platform, s.country`;
export const DOCUMENT_COLUMNS = `d.id, d.external_id AS "externalId", d.source_id AS "sourceId", d.url, d.title, d.author, d.text, d.language, d.published_at AS "publishedAt"`;
export const CLAIM_COLUMNS = `c.id, c.document_id AS "documentId", c.source_id AS "sourceId", c.position, c.text, c.normalized, c.language, c.published_at AS "publishedAt", c.claimant`;
export const NARRATIVE_COLUMNS = `n.id, n.slug, n.name, n.description, n.parent_id AS "parentId", n.keywords, n.rule, n.created_at AS "createdAt", n.updated_at AS "updatedAt"`;
export const TAG_COLUMNS = `t.id, t.claim_id AS "claimId", t.narrative_id AS "narrativeId", t.status, t.origin, t.stance, t.confidence, t.evidence, t.tagged_by AS "taggedBy", t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

/**
 * Rows in the order of their keys. Inserts that may meet the same new rows in a concurrent
 * transaction send them in this order, so that two transactions never lock them in opposite
 * orders and deadlock.
 */
export function inKeyOrder<T>(rows: readonly T[], keyOf: (row: T) => string): T[] {
  return rows
    .map((row) => ({ key: keyOf(row), row }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.row);
}
