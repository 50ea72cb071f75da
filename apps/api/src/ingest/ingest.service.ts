import { Inject, Injectable } from '@nestjs/common';
import { extractClaims, validateDocuments, type EngineVerdict, type ExtractedClaim, type RawDocument, type ValidDocument } from '@app/domain';
import {
  ClaimPartitions,
  ClaimRepository,
  Database,
  documentIdentity,
  DocumentRepository,
  SourceRepository,
  sourceKey,
  TagRepository,
  type DocumentRecord,
  type NewClaim,
  type NewSuggestion,
  type Sql,
} from '@app/persistence';
import { ClustersService } from '../engine/clusters.service.js';
import { EngineService, type ClaimToScore } from '../engine/engine.service.js';

export interface IngestOutcome {
  created: number;
  duplicates: number;
  claims: number;
  suggestions: number;
  /**
   * `clash`: a duplicate only by its external id, which another source's document with another
   * text already has (external ids are unique across sources): nothing of it was stored. The same
   * text under another source name (a feed syndicated twice, a renamed channel) is no clash.
   */
  documents: Array<{ externalId: string | null; document: DocumentRecord; duplicate: boolean; clash: boolean }>;
}

const identityOf = (doc: { externalId: string | null; contentFingerprint: string }, sourceId: string) => documentIdentity(doc.externalId, sourceId, doc.contentFingerprint);

/**
 * An extracted claim, optionally with the MinHash values of its normalised text (`minHashValues`)
 * and the engine's verdicts (`NarrativeEngine.verdicts`), computed off the main thread by a bulk import.
 */
export type PreparedClaim = ExtractedClaim & { minHash?: Uint32Array | null; verdicts?: EngineVerdict[] };

/** A validated document, optionally with its claims already extracted (bulk import does that off the main thread). */
export type PreparedDocument = ValidDocument & { claims?: PreparedClaim[] };

/**
 * Runs of an ingest transaction after the first when PostgreSQL aborts it over a lock conflict:
 * storing a batch changes nothing outside the database, so it is retried here rather than turned
 * into an error for the client or a failed import.
 */
const LOCK_CONFLICT_RETRIES = 3;

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * The one ingest path (API and command line): validate the whole batch, then in one transaction
 * store new sources and documents, extract claims and store the engine's suggestions.
 * Re-sent documents are recognised and nothing of them is stored again.
 */
@Injectable()
export class IngestService {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(SourceRepository) private readonly sources: SourceRepository,
    @Inject(DocumentRepository) private readonly documents: DocumentRepository,
    @Inject(ClaimRepository) private readonly claims: ClaimRepository,
    @Inject(TagRepository) private readonly tags: TagRepository,
    @Inject(EngineService) private readonly engine: EngineService,
    @Inject(ClustersService) private readonly clusters: ClustersService,
    @Inject(ClaimPartitions) private readonly partitions: ClaimPartitions,
  ) {}

  async ingest(raws: RawDocument[], options: { field?: string; suggest?: boolean } = {}): Promise<IngestOutcome> {
    return this.ingestValid(validateDocuments(raws, options.field ?? 'documents'), options);
  }

  /**
   * Documents the caller has already validated one by one (`validateDocument`), so that a bad
   * record of an import file is a reject of its own and not a failed batch; one transaction.
   */
  async ingestValid(valid: PreparedDocument[], options: { suggest?: boolean } = {}): Promise<IngestOutcome> {
    if (valid.length === 0) return { created: 0, duplicates: 0, claims: 0, suggestions: 0, documents: [] };
    await this.partitions.ensure(this.db, valid.map((d) => d.publishedAt));
    return this.db.transaction((tx) => this.store(tx, valid, options.suggest !== false), { retries: LOCK_CONFLICT_RETRIES });
  }

  /** The same, inside a transaction the caller holds (demo seeding, imports that batch more work). */
  async ingestIn(tx: Sql, raws: RawDocument[], options: { field?: string; suggest?: boolean } = {}): Promise<IngestOutcome> {
    const valid = validateDocuments(raws, options.field ?? 'documents');
    if (valid.length === 0) return { created: 0, duplicates: 0, claims: 0, suggestions: 0, documents: [] };
    await this.partitions.ensure(tx, valid.map((d) => d.publishedAt));
    return this.store(tx, valid, options.suggest !== false);
  }

  private async store(tx: Sql, valid: PreparedDocument[], suggest: boolean): Promise<IngestOutcome> {
    const sourceIds = await this.sources.upsertMany(tx, valid.map((d) => d.source));
    const sourceIdOf = (d: ValidDocument) => sourceIds.get(sourceKey(d.source.name, d.source.platform)) as string;

    const known = new Map<string, DocumentRecord & { contentFingerprint: string }>();
    const remember = (row: DocumentRecord & { contentFingerprint: string }) => {
      if (row.externalId !== null) known.set(identityOf(row, row.sourceId), row);
      known.set(identityOf({ externalId: null, contentFingerprint: row.contentFingerprint }, row.sourceId), row);
    };
    const existing = await this.documents.findExisting(
      tx,
      valid.flatMap((d) => (d.externalId !== null ? [d.externalId] : [])),
      valid.filter((d) => d.externalId === null).map((d) => ({ sourceId: sourceIdOf(d), fingerprint: d.contentFingerprint })),
    );
    for (const row of existing) remember(row);

    // New documents, each identity once (a batch may repeat a document).
    const fresh = new Map<string, { doc: ValidDocument; claims: PreparedClaim[] }>();
    for (const doc of valid) {
      const id = identityOf(doc, sourceIdOf(doc));
      if (known.has(id) || fresh.has(id)) continue;
      fresh.set(id, { doc, claims: doc.claims ?? extractClaims({ title: doc.title, text: doc.text, language: doc.language }) });
    }
    const inserted = await this.documents.insertMany(
      tx,
      [...fresh.values()].map(({ doc, claims }) => ({
        externalId: doc.externalId,
        sourceId: sourceIdOf(doc),
        contentFingerprint: doc.contentFingerprint,
        url: doc.url,
        title: doc.title,
        author: doc.author,
        text: doc.text,
        language: doc.language ?? mostCommon(claims.map((c) => c.language)),
        publishedAt: doc.publishedAt,
      })),
    );
    const createdIds = new Set(inserted.map((row) => row.id));
    for (const row of inserted) remember(row);
    if (inserted.length < fresh.size) {
      // A concurrent transaction stored some of them first: they are duplicates now.
      const raced = await this.documents.findExisting(
        tx,
        [...fresh.values()].flatMap(({ doc }) => (doc.externalId !== null ? [doc.externalId] : [])),
        [...fresh.values()].filter(({ doc }) => doc.externalId === null).map(({ doc }) => ({ sourceId: sourceIdOf(doc), fingerprint: doc.contentFingerprint })),
      );
      for (const row of raced) if (!known.has(identityOf(row, row.sourceId))) remember(row);
    }

    const newClaims: NewClaim[] = [];
    const preparedOf = new Map<string, PreparedClaim>();
    for (const [identity, { doc, claims }] of fresh) {
      const stored = known.get(identity);
      if (!stored || !createdIds.has(stored.id)) continue;
      for (const c of claims) {
        if (c.minHash !== undefined || c.verdicts !== undefined) preparedOf.set(`${stored.id}:${c.position}`, c);
        newClaims.push({
          documentId: stored.id,
          sourceId: stored.sourceId,
          position: c.position,
          text: c.text,
          normalized: c.normalized,
          fingerprint: c.fingerprint,
          language: c.language,
          publishedAt: doc.publishedAt,
          claimant: c.claimant,
        });
      }
    }
    const storedClaims = await this.claims.insertMany(tx, newClaims);
    await this.clusters.assign(
      tx,
      storedClaims.map((c) => ({ id: c.id, normalized: c.normalized, values: preparedOf.get(`${c.documentId}:${c.position}`)?.minHash })),
    );
    let suggestions = 0;
    if (suggest) {
      // Verdicts a worker already reached are kept; the other claims are scored here.
      const sourceOf = new Map([...fresh.values()].map(({ doc }) => [sourceIdOf(doc), doc.source]));
      const found: NewSuggestion[] = [];
      const toScore: ClaimToScore[] = [];
      for (const c of storedClaims) {
        const verdicts = preparedOf.get(`${c.documentId}:${c.position}`)?.verdicts;
        if (verdicts) for (const v of verdicts) found.push(EngineService.suggestion(c.id, v));
        else toScore.push({ ...c, sourceName: sourceOf.get(c.sourceId)?.name ?? null, platform: sourceOf.get(c.sourceId)?.platform ?? null });
      }
      suggestions = await this.tags.insertSuggestions(tx, [...found, ...this.engine.suggestionsFor(toScore)]);
    }

    const seen = new Set<string>();
    const documents = valid.map((doc) => {
      const identity = identityOf(doc, sourceIdOf(doc));
      const stored = known.get(identity)!;
      const duplicate = !createdIds.has(stored.id) || seen.has(identity);
      seen.add(identity);
      const clash = duplicate && stored.sourceId !== sourceIdOf(doc) && stored.contentFingerprint !== doc.contentFingerprint;
      return { externalId: doc.externalId, document: stored, duplicate, clash };
    });
    return {
      created: createdIds.size,
      duplicates: documents.filter((d) => d.duplicate).length,
      claims: storedClaims.length,
      suggestions,
      documents,
    };
  }
}
