import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Database, DocumentRepository, NarrativeRepository, TagRepository, type TagDecision } from '@app/persistence';
import type { Logger } from 'pino';
import { NarrativeMatcher } from '@app/domain';
import { LOGGER_TOKEN } from '../common/logging/logger.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { EngineService, type ClaimToScore } from '../engine/engine.service.js';
import { IngestService } from '../ingest/ingest.service.js';
import { buildDemoCorpus } from './demo-corpus.js';

/** Score from which a demo document's further sentences count as carrying its narrative. */
const DEMO_RELEVANCE = 0.2;
const REVIEW_STATUS = { confirmed: 'CONFIRMED', suggested: 'SUGGESTED', rejected: 'REJECTED' } as const;

/** With DEMO_DATA=on, fills an empty database with the demo corpus, all in one transaction. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER_TOKEN) private readonly logger: Logger,
    @Inject(Database) private readonly db: Database,
    @Inject(NarrativeRepository) private readonly narratives: NarrativeRepository,
    @Inject(DocumentRepository) private readonly documents: DocumentRepository,
    @Inject(TagRepository) private readonly tags: TagRepository,
    @Inject(IngestService) private readonly ingest: IngestService,
    @Inject(EngineService) private readonly engine: EngineService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    if ((await this.narratives.count(this.db)) > 0 || (await this.documents.count(this.db)) > 0) return;
    const started = Date.now();
    const corpus = buildDemoCorpus();
    const stats = await this.db.transaction(async (tx) => {
      const ids = new Map<string, string>();
      // parents before children
      const ordered = [...corpus.narratives].sort((a, b) => Number(Boolean(a.parentSlug)) - Number(Boolean(b.parentSlug)));
      for (const n of ordered) {
        const row = await this.narratives.insert(tx, {
          slug: n.slug,
          name: n.name,
          description: n.description,
          parentId: n.parentSlug ? (ids.get(n.parentSlug) ?? null) : null,
          keywords: n.keywords,
          rule: null,
        });
        if (row) ids.set(n.slug, row.id);
      }
      const outcome = await this.ingest.ingestIn(tx, corpus.documents, { field: 'demo', suggest: false });
      const decisions: TagDecision[] = [];
      // The analyst tagged a document's lead claim and those of its other sentences that carry the
      // narrative; filler ("details to follow") stays untagged.
      const relevance = new NarrativeMatcher();
      relevance.setNarratives(corpus.narratives.filter((n) => ids.has(n.slug)).map((n) => ({ id: ids.get(n.slug) as string, slug: n.slug, name: n.name, description: n.description, keywords: n.keywords })));
      const claimsByDoc = new Map<string, Array<{ id: string; text: string; language: string; position: number }>>();
      for (const c of await tx.query<{ id: string; documentId: string; text: string; language: string; position: number }>(
        `SELECT id, document_id AS "documentId", text, language, position FROM claims ORDER BY document_id, position`,
      )) {
        const list = claimsByDoc.get(c.documentId) ?? [];
        list.push(c);
        claimsByDoc.set(c.documentId, list);
      }
      const judge = (claim: { text: string; language: string }, narrativeId: string) =>
        relevance.suggest({ text: claim.text, language: claim.language }, { limit: 50 }).find((s) => s.narrativeId === narrativeId);
      const carries = (claim: { text: string; language: string; position: number }, narrativeId: string, index: number) =>
        index === 0 || (judge(claim, narrativeId)?.score ?? 0) >= DEMO_RELEVANCE;
      corpus.documents.forEach((doc, i) => {
        const narrativeId = doc.narrativeSlug ? ids.get(doc.narrativeSlug) : undefined;
        if (!narrativeId || doc.review === 'none') return;
        const stored = outcome.documents[i]?.document;
        if (!stored) return;
        const manual = doc.review !== 'suggested';
        for (const [index, claim] of (claimsByDoc.get(stored.id) ?? []).entries()) {
          if (!carries(claim, narrativeId, index)) continue;
          decisions.push({
            claimId: claim.id,
            narrativeId,
            status: REVIEW_STATUS[doc.review],
            origin: manual ? 'MANUAL' : 'SIMILARITY',
            stance: doc.stance,
            confidence: manual ? 1 : doc.confidence,
            evidence: manual ? [] : (judge(claim, narrativeId)?.evidence ?? []),
            taggedBy: manual ? 'demo-analyst' : 'engine',
          });
        }
      });
      const tags = await this.tags.upsertMany(tx, decisions, 'demo-seed');
      return { narratives: ids.size, documents: outcome.created, claims: outcome.claims, tags };
    });
    await this.engine.reload();
    // Let the engine suggest narratives for the claims nobody reviewed, as it would at ingest.
    const unreviewed = await this.db.query<ClaimToScore>(
      `SELECT c.id, c.text, c.normalized, c.language, s.name AS "sourceName", s.platform
         FROM claims c JOIN sources s ON s.id = c.source_id
        WHERE NOT EXISTS (SELECT 1 FROM claim_tags t WHERE t.claim_id = c.id)`,
    );
    const suggested = await this.db.transaction((tx) => this.tags.insertSuggestions(tx, this.engine.suggestionsFor(unreviewed)));
    this.logger.info({ ...stats, engineSuggestions: suggested, ms: Date.now() - started }, 'demo corpus loaded');
  }
}
