import type { Sql } from '../database/database.js';
import type { TagOrigin, TagStatus } from '../entities/claim-tag.entity.js';
import { TAG_COLUMNS, type TagRecord } from './records.js';

/** What a decision writes: a stored tag without its id and timestamps. */
export type TagDecision = Omit<TagRecord, 'id' | 'createdAt' | 'updatedAt'>;

export interface NewSuggestion extends Omit<TagDecision, 'status' | 'taggedBy'> {
  taggedBy?: string | null;
}

export interface ScoringCandidate {
  id: string;
  text: string;
  normalized: string;
  language: string;
  sourceName: string;
  platform: string | null;
  /** the claim's current tag for the narrative, if any (always an engine or rule suggestion) */
  status: TagStatus | null;
  origin: TagOrigin | null;
  confidence: number | null;
}

export class TagRepository {
  findByClaimIds(sql: Sql, claimIds: readonly string[]): Promise<TagRecord[]> {
    return sql.query(
      `SELECT ${TAG_COLUMNS} FROM claim_tags t WHERE t.claim_id = ANY($1::bigint[]) ORDER BY t.claim_id, t.confidence DESC, t.id`,
      [claimIds],
    );
  }

  findByIds(sql: Sql, ids: readonly string[]): Promise<TagRecord[]> {
    return sql.query(`SELECT ${TAG_COLUMNS} FROM claim_tags t WHERE t.id = ANY($1::bigint[])`, [ids]);
  }

  async findOneForUpdate(sql: Sql, claimId: string, narrativeId: string): Promise<TagRecord | null> {
    const rows = await sql.query<TagRecord>(
      `SELECT ${TAG_COLUMNS} FROM claim_tags t WHERE t.claim_id = $1 AND t.narrative_id = $2 FOR UPDATE`,
      [claimId, narrativeId],
    );
    return rows[0] ?? null;
  }

  /** Writes one tag decision (insert or update) and its audit row; returns the stored tag. */
  async decide(sql: Sql, decision: TagDecision, action: string): Promise<TagRecord> {
    const previous = await this.findOneForUpdate(sql, decision.claimId, decision.narrativeId);
    const [tag] = await sql.query<TagRecord>(
      `INSERT INTO claim_tags AS t (claim_id, narrative_id, status, origin, stance, confidence, evidence, tagged_by, published_at, source_id, language)
       SELECT c.id, $2, $3, $4, $5, $6, $7::text[], $8, c.published_at, c.source_id, c.language FROM claims c WHERE c.id = $1
       ON CONFLICT (claim_id, narrative_id) DO UPDATE SET
         status = EXCLUDED.status, origin = EXCLUDED.origin, stance = EXCLUDED.stance, confidence = EXCLUDED.confidence,
         evidence = EXCLUDED.evidence, tagged_by = EXCLUDED.tagged_by, updated_at = now()
       RETURNING ${TAG_COLUMNS}`,
      [decision.claimId, decision.narrativeId, decision.status, decision.origin, decision.stance, decision.confidence, decision.evidence, decision.taggedBy],
    );
    await this.audit(sql, [
      {
        claimId: decision.claimId,
        narrativeId: decision.narrativeId,
        action,
        fromStatus: previous?.status ?? null,
        toStatus: decision.status,
        fromStance: previous?.stance ?? null,
        toStance: decision.stance,
        origin: decision.origin,
        actor: decision.taggedBy,
      },
    ]);
    return tag as TagRecord;
  }

  /** Removes a tag, keeping an audit row; false when there was none. */
  async remove(sql: Sql, claimId: string, narrativeId: string, actor: string | null): Promise<boolean> {
    const previous = await this.findOneForUpdate(sql, claimId, narrativeId);
    if (!previous) return false;
    await sql.query(`DELETE FROM claim_tags WHERE id = $1`, [previous.id]);
    await this.audit(sql, [
      {
        claimId,
        narrativeId,
        action: 'untag',
        fromStatus: previous.status,
        toStatus: null,
        fromStance: previous.stance,
        toStance: null,
        origin: previous.origin,
        actor,
      },
    ]);
    return true;
  }

  /** Stores engine or rule suggestions; an existing tag (a decision, or a rejection) is never overwritten. */
  async insertSuggestions(sql: Sql, suggestions: NewSuggestion[]): Promise<number> {
    if (suggestions.length === 0) return 0;
    const rows = await sql.query<{ id: string }>(
      `INSERT INTO claim_tags (claim_id, narrative_id, status, origin, stance, confidence, evidence, tagged_by, published_at, source_id, language)
       SELECT s.claim_id, s.narrative_id, 'SUGGESTED', s.origin, s.stance, s.confidence,
              coalesce((SELECT array_agg(e) FROM jsonb_array_elements_text(s.evidence) e), '{}'), s.tagged_by,
              c.published_at, c.source_id, c.language
         FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::real[], $6::jsonb[], $7::text[])
              AS s(claim_id, narrative_id, origin, stance, confidence, evidence, tagged_by)
         JOIN claims c ON c.id = s.claim_id
       ON CONFLICT (claim_id, narrative_id) DO NOTHING
       RETURNING id`,
      [
        suggestions.map((s) => s.claimId),
        suggestions.map((s) => s.narrativeId),
        suggestions.map((s) => s.origin),
        suggestions.map((s) => s.stance),
        suggestions.map((s) => s.confidence),
        suggestions.map((s) => JSON.stringify(s.evidence)),
        suggestions.map((s) => s.taggedBy ?? null),
      ],
    );
    return rows.length;
  }

  /** Writes many tags at once (demo seeding, bulk review), replacing existing ones, with audit rows. */
  async upsertMany(sql: Sql, decisions: TagDecision[], action: string): Promise<number> {
    if (decisions.length === 0) return 0;
    const col = <K extends keyof TagDecision>(k: K) => decisions.map((d) => d[k]);
    const rows = await sql.query<{ id: string }>(
      `INSERT INTO claim_tags (claim_id, narrative_id, status, origin, stance, confidence, evidence, tagged_by, published_at, source_id, language)
       SELECT s.claim_id, s.narrative_id, s.status, s.origin, s.stance, s.confidence,
              coalesce((SELECT array_agg(e) FROM jsonb_array_elements_text(s.evidence) e), '{}'), s.tagged_by,
              c.published_at, c.source_id, c.language
         FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::real[], $7::jsonb[], $8::text[])
              AS s(claim_id, narrative_id, status, origin, stance, confidence, evidence, tagged_by)
         JOIN claims c ON c.id = s.claim_id
       ON CONFLICT (claim_id, narrative_id) DO UPDATE SET
         status = EXCLUDED.status, origin = EXCLUDED.origin, stance = EXCLUDED.stance, confidence = EXCLUDED.confidence,
         evidence = EXCLUDED.evidence, tagged_by = EXCLUDED.tagged_by, updated_at = now()
       RETURNING id`,
      [col('claimId'), col('narrativeId'), col('status'), col('origin'), col('stance'), col('confidence'), decisions.map((d) => JSON.stringify(d.evidence)), col('taggedBy')],
    );
    await this.audit(
      sql,
      decisions.map((d) => ({
        claimId: d.claimId,
        narrativeId: d.narrativeId,
        action,
        fromStatus: null,
        toStatus: d.status,
        fromStance: null,
        toStance: d.stance,
        origin: d.origin,
        actor: d.taggedBy,
      })),
    );
    return rows.length;
  }

  /**
   * Claims to (re)consider for a narrative, newest first: those holding an engine or rule suggestion
   * for it and, with `untagged`, those with no tag for it at all. Analysts' decisions are never touched;
   * with `skipReviewed`, neither are claims an analyst has decided on for any narrative.
   */
  async candidatesFor(
    sql: Sql,
    narrativeId: string,
    options: { limit: number; afterId?: string | null; untagged: boolean; skipReviewed?: boolean },
  ): Promise<ScoringCandidate[]> {
    return sql.query(
      `SELECT c.id, c.text, c.normalized, c.language, s.name AS "sourceName", s.platform, t.status, t.origin, t.confidence
         FROM claims c
         JOIN sources s ON s.id = c.source_id
         LEFT JOIN claim_tags t ON t.claim_id = c.id AND t.narrative_id = $1
        WHERE ($3::bigint IS NULL OR c.id < $3::bigint)
          AND (t.id IS NULL AND $4::boolean OR t.status = 'SUGGESTED' AND t.origin <> 'MANUAL')
          AND NOT ($5::boolean AND EXISTS (SELECT 1 FROM claim_tags m WHERE m.claim_id = c.id AND m.origin = 'MANUAL'))
        ORDER BY c.id DESC
        LIMIT $2`,
      [narrativeId, options.limit, options.afterId ?? null, options.untagged, options.skipReviewed ?? false],
    );
  }

  /** Refreshes engine suggestions in place (confidence, stance, evidence, origin). */
  async refreshSuggestions(sql: Sql, rows: NewSuggestion[]): Promise<void> {
    if (rows.length === 0) return;
    await sql.query(
      `UPDATE claim_tags t SET confidence = r.confidence, stance = r.stance, origin = r.origin,
              evidence = coalesce((SELECT array_agg(e) FROM jsonb_array_elements_text(r.evidence) e), '{}'), updated_at = now()
         FROM unnest($1::bigint[], $2::bigint[], $3::real[], $4::text[], $5::text[], $6::jsonb[]) AS r(claim_id, narrative_id, confidence, stance, origin, evidence)
        WHERE t.claim_id = r.claim_id AND t.narrative_id = r.narrative_id AND t.status = 'SUGGESTED' AND t.origin <> 'MANUAL'
          AND (t.confidence <> r.confidence OR t.stance <> r.stance OR t.origin <> r.origin)`,
      [
        rows.map((r) => r.claimId),
        rows.map((r) => r.narrativeId),
        rows.map((r) => r.confidence),
        rows.map((r) => r.stance),
        rows.map((r) => r.origin),
        rows.map((r) => JSON.stringify(r.evidence)),
      ],
    );
  }

  /** Withdraws engine suggestions the engine no longer stands behind; audited. */
  async retractSuggestions(sql: Sql, narrativeId: string, claimIds: string[], actor: string): Promise<number> {
    if (claimIds.length === 0) return 0;
    const removed = await sql.query<{ claimId: string; stance: string; origin: string }>(
      `DELETE FROM claim_tags WHERE narrative_id = $1 AND claim_id = ANY($2::bigint[]) AND status = 'SUGGESTED' AND origin <> 'MANUAL'
       RETURNING claim_id AS "claimId", stance, origin`,
      [narrativeId, claimIds],
    );
    await this.audit(
      sql,
      removed.map((r) => ({
        claimId: r.claimId,
        narrativeId,
        action: 'retract',
        fromStatus: 'SUGGESTED',
        toStatus: null,
        fromStance: r.stance,
        toStance: null,
        origin: r.origin,
        actor,
      })),
    );
    return removed.length;
  }

  /** Stored decisions of given statuses, e.g. confirmed and rejected examples that teach the matcher. */
  async findDecisions(sql: Sql, statuses: TagStatus[]): Promise<Array<TagRecord & { text: string; language: string }>> {
    return sql.query(
      `SELECT ${TAG_COLUMNS}, c.text, c.language FROM claim_tags t JOIN claims c ON c.id = t.claim_id
        WHERE t.status = ANY($1::text[]) AND t.origin = 'MANUAL'`,
      [statuses],
    );
  }

  async audit(
    sql: Sql,
    rows: Array<{
      claimId: string;
      narrativeId: string;
      action: string;
      fromStatus: string | null;
      toStatus: string | null;
      fromStance: string | null;
      toStance: string | null;
      origin: string | null;
      actor: string | null;
    }>,
  ): Promise<void> {
    if (rows.length === 0) return;
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    await sql.query(
      `INSERT INTO tag_audit (claim_id, narrative_id, action, from_status, to_status, from_stance, to_stance, origin, actor)
       SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])`,
      [col('claimId'), col('narrativeId'), col('action'), col('fromStatus'), col('toStatus'), col('fromStance'), col('toStance'), col('origin'), col('actor')],
    );
  }

  findAudit(sql: Sql, claimId: string) {
    return sql.query<{ action: string; fromStatus: string | null; toStatus: string | null; actor: string | null; at: Date; narrativeId: string }>(
      `SELECT action, from_status AS "fromStatus", to_status AS "toStatus", actor, at, narrative_id AS "narrativeId"
         FROM tag_audit WHERE claim_id = $1 ORDER BY at, id`,
      [claimId],
    );
  }
}
