import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Database, DocumentRepository, NarrativeRepository, TagRepository, type TagDecision } from '@app/persistence';
import type { Logger } from 'pino';
import { LOGGER_TOKEN } from '../common/logging/logger.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { EngineService } from '../engine/engine.service.js';
import { IngestService } from '../ingest/ingest.service.js';
import { buildDemoCorpus } from './demo-corpus.js';

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
      const claimsByDoc = new Map<string, string[]>();
      for (const c of await tx.query<{ id: string; documentId: string }>(`SELECT id, document_id AS "documentId" FROM claims`)) {
        const list = claimsByDoc.get(c.documentId) ?? [];
        list.push(c.id);
        claimsByDoc.set(c.documentId, list);
      }
      corpus.documents.forEach((doc, i) => {
        const narrativeId = doc.narrativeSlug ? ids.get(doc.narrativeSlug) : undefined;
        if (!narrativeId || doc.review === 'none') return;
        const stored = outcome.documents[i]?.document;
        if (!stored) return;
        const manual = doc.review !== 'suggested';
        for (const claimId of claimsByDoc.get(stored.id) ?? []) {
          decisions.push({
            claimId,
            narrativeId,
            status: REVIEW_STATUS[doc.review],
            origin: manual ? 'MANUAL' : 'SIMILARITY',
            stance: doc.stance,
            confidence: manual ? 1 : doc.confidence,
            evidence: manual ? [] : ['demo: seeded suggestion'],
            taggedBy: manual ? 'demo-analyst' : 'engine',
          });
        }
      });
      const tags = await this.tags.upsertMany(tx, decisions, 'demo-seed');
      return { narratives: ids.size, documents: outcome.created, claims: outcome.claims, tags };
    });
    await this.engine.reload();
    this.logger.info({ ...stats, ms: Date.now() - started }, 'demo corpus loaded');
  }
}
