import { Inject, Injectable } from '@nestjs/common';
import { assertRangeOrder, DomainError, matchesRule, parseRule } from '@app/domain';
import { Database, type ClaimRecord } from '@app/persistence';

/** Claims read per query while previewing a rule, and the most a preview reads. */
const PREVIEW_PAGE = 5_000;
export const PREVIEW_MAX_SCANNED = 200_000;

export interface RulePreview {
  count: number;
  scanned: number;
  /** true when the range held more claims than a preview reads: count is then a lower bound */
  truncated: boolean;
  sample: ClaimRecord[];
}

/** Narrative rules: what a rule would match before an analyst saves it. */
@Injectable()
export class RulesService {
  constructor(@Inject(Database) private readonly db: Database) {}

  async preview(rule: string, from: Date | null | undefined, to: Date | null | undefined, sampleSize: number): Promise<RulePreview> {
    const ast = parseRule(rule);
    if (from && to) assertRangeOrder(from, to);
    if (sampleSize < 0 || sampleSize > 100) throw DomainError.badInput('sample', 'sample must be from 0 to 100');
    const result: RulePreview = { count: 0, scanned: 0, truncated: false, sample: [] };
    let after: { publishedAt: Date; id: string } | null = null;
    for (;;) {
      const params: unknown[] = [from?.toISOString() ?? null, to?.toISOString() ?? null, PREVIEW_PAGE];
      if (after) params.push(after.publishedAt.toISOString(), after.id);
      const page: Array<ClaimRecord & { sourceName: string; platform: string | null }> = await this.db.query(
        `SELECT c.id, c.document_id AS "documentId", c.source_id AS "sourceId", c.position, c.text, c.normalized, c.language,
                c.published_at AS "publishedAt", c.claimant, s.name AS "sourceName", s.platform
           FROM claims c JOIN sources s ON s.id = c.source_id
          WHERE ($1::timestamptz IS NULL OR c.published_at >= $1) AND ($2::timestamptz IS NULL OR c.published_at < $2)
            ${after ? 'AND (c.published_at, c.id) < ($4::timestamptz, $5::bigint)' : ''}
          ORDER BY c.published_at DESC, c.id DESC LIMIT $3`,
        params,
      );
      for (const c of page) {
        if (matchesRule(ast, { normalized: c.normalized, language: c.language, sourceName: c.sourceName, platform: c.platform })) {
          result.count += 1;
          if (result.sample.length < sampleSize) result.sample.push(c);
        }
      }
      result.scanned += page.length;
      if (page.length < PREVIEW_PAGE) break;
      if (result.scanned >= PREVIEW_MAX_SCANNED) {
        result.truncated = true;
        break;
      }
      const last = page[page.length - 1] as ClaimRecord;
      after = { publishedAt: new Date(last.publishedAt), id: last.id };
    }
    return result;
  }
}
