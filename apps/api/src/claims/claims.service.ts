import { Inject, Injectable } from '@nestjs/common';
import { canonicalLanguage, decodeCursor, DomainError, encodeCursor, LIMITS, languageCode, normalizeText, isRecordId } from '@app/domain';
import { ClaimRepository, Database, type ClaimQuery, type ClaimRecord } from '@app/persistence';
import { RecordLookup } from '../database/record-lookup.js';
import type { ClaimFilterInput } from './dto/claim-filter.input.js';


export interface ClaimPage {
  edges: Array<{ cursor: string; node: ClaimRecord }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

@Injectable()
export class ClaimsService {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(ClaimRepository) private readonly claims: ClaimRepository,
    @Inject(RecordLookup) private readonly lookup: RecordLookup,
  ) {}

  async find(id: string): Promise<ClaimRecord | null> {
    if (!isRecordId(id)) return null;
    const [row] = await this.claims.findByIds(this.db, [id]);
    return row ?? null;
  }

  /** A Relay page of claims, newest first. */
  async page(filter: ClaimFilterInput | null | undefined, first: number, after: string | null | undefined): Promise<ClaimPage> {
    if (!Number.isInteger(first) || first < 0 || first > LIMITS.maxPageSize) {
      throw DomainError.badInput('first', `first must be from 0 to ${LIMITS.maxPageSize}`);
    }
    const f = filter ?? {};
    for (const key of ['narrativeId', 'sourceId'] as const) {
      const value = f[key];
      if (value !== undefined && value !== null && !isRecordId(value)) throw DomainError.badInput(`filter.${key}`, `filter.${key} is not a valid id`);
    }
    if (f.from && f.to && f.from.getTime() > f.to.getTime()) throw DomainError.badInput('filter.from', 'filter.from must not be after filter.to');
    if (f.search && f.search.length > LIMITS.maxQueryLength) {
      throw DomainError.badInput('filter.search', `filter.search is longer than ${LIMITS.maxQueryLength} characters`);
    }
    if (f.search && (f.search.includes('\u0000') || !f.search.isWellFormed())) {
      throw DomainError.badInput('filter.search', 'filter.search contains a NUL character or a lone surrogate');
    }
    const query: Omit<ClaimQuery, 'limit' | 'after'> = {
      narrativeId: f.narrativeId,
      status: f.status,
      untagged: f.untagged,
      sourceId: f.sourceId,
      // checked as ingest checks a document's language ("klingon" is refused, not an empty list), then
      // as claims store it: "en-US" and "UA" find en and uk
      language: canonicalLanguage(languageCode(f.language, 'filter.language') ?? '') || null,
      from: f.from,
      to: f.to,
      search: f.search ? normalizeText(f.search) || null : null,
    };
    const cursor = after ? decodeCursor(after, 'after') : null;
    // an id that names nothing is a mistake to report, not an empty list to show
    await Promise.all([
      f.narrativeId ? this.lookup.assertNarrative(f.narrativeId, 'filter.narrativeId') : null,
      f.sourceId ? this.lookup.assertSource(f.sourceId, 'filter.sourceId') : null,
    ]);
    const [rows, totalCount] = await Promise.all([
      // with first = 0 the page is empty, but one row is still read to tell whether there is a next page
      this.claims.findPage(this.db, { ...query, after: cursor, limit: first }),
      this.claims.count(this.db, query),
    ]);
    const page = rows.slice(0, first);
    const edges = page.map((node) => ({ cursor: encodeCursor({ publishedAt: node.publishedAt, id: node.id }), node }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    };
  }
}
