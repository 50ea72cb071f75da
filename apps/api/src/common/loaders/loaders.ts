import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  ClaimRepository,
  ClusterRepository,
  Database,
  DocumentRepository,
  NarrativeRepository,
  SourceRepository,
  TagRepository,
  type ClaimRecord,
  type ClusterStats,
  type DocumentRecord,
  type NarrativeRecord,
  type SourceRecord,
  type TagRecord,
  type TagStatus,
} from '@app/persistence';

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): Array<T | null> {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** Batches the per-row lookups of one GraphQL request: one query per field shape, not per row. */
export class Loaders {
  readonly sources: DataLoader<string, SourceRecord | null>;
  readonly documents: DataLoader<string, DocumentRecord | null>;
  readonly claims: DataLoader<string, ClaimRecord | null>;
  readonly narratives: DataLoader<string, NarrativeRecord | null>;
  readonly tagsByClaim: DataLoader<string, TagRecord[]>;
  readonly claimsByDocument: DataLoader<string, ClaimRecord[]>;
  readonly childrenByNarrative: DataLoader<string, NarrativeRecord[]>;
  /** claim id → its near-duplicate cluster, or null when it has none */
  readonly clusterOfClaim: DataLoader<string, ClusterStats | null>;
  private readonly claimCounts = new Map<string, DataLoader<string, number>>();

  constructor(private readonly factory: LoadersFactory) {
    const { db } = factory;
    this.sources = new DataLoader(async (ids) => byId(ids, await factory.sourceRepo.findByIds(db, ids)));
    this.documents = new DataLoader(async (ids) => byId(ids, await factory.documentRepo.findByIds(db, ids)));
    this.claims = new DataLoader(async (ids) => byId(ids, await factory.claimRepo.findByIds(db, ids)));
    this.narratives = new DataLoader(async (ids) => byId(ids, await factory.narrativeRepo.findByIds(db, ids)));
    this.tagsByClaim = new DataLoader(async (ids) => groupBy(ids, await factory.tagRepo.findByClaimIds(db, ids), (t) => t.claimId));
    this.claimsByDocument = new DataLoader(async (ids) =>
      groupBy(ids, await factory.claimRepo.findByDocumentIds(db, ids), (c) => c.documentId),
    );
    this.childrenByNarrative = new DataLoader(async (ids) =>
      groupBy(ids, await factory.narrativeRepo.findChildren(db, ids), (n) => n.parentId ?? ''),
    );
    const clusterStats = new DataLoader<string, ClusterStats | null>(async (ids) =>
      byId(ids, (await factory.clusterRepo.stats(db, ids)).map((c) => ({ ...c, id: c.clusterId }))),
    );
    this.clusterOfClaim = new DataLoader(async (claimIds) => {
      const rows = await factory.clusterRepo.clusterIdsOf(db, claimIds);
      const clusterOf = new Map(rows.map((r) => [r.claimId, r.clusterId]));
      return Promise.all(claimIds.map((id) => (clusterOf.has(id) ? clusterStats.load(clusterOf.get(id) as string) : null)));
    });
  }

  /** Live claim count per narrative, or count of one status. */
  claimCount(status: TagStatus | null): DataLoader<string, number> {
    const key = status ?? 'LIVE';
    let loader = this.claimCounts.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const counts = await this.factory.narrativeRepo.claimCounts(this.factory.db, ids, status);
        return ids.map((id) => counts.get(id) ?? 0);
      });
      this.claimCounts.set(key, loader);
    }
    return loader;
  }
}

@Injectable()
export class LoadersFactory {
  constructor(
    @Inject(Database) readonly db: Database,
    @Inject(SourceRepository) readonly sourceRepo: SourceRepository,
    @Inject(DocumentRepository) readonly documentRepo: DocumentRepository,
    @Inject(ClaimRepository) readonly claimRepo: ClaimRepository,
    @Inject(NarrativeRepository) readonly narrativeRepo: NarrativeRepository,
    @Inject(TagRepository) readonly tagRepo: TagRepository,
    @Inject(ClusterRepository) readonly clusterRepo: ClusterRepository,
  ) {}

  create(): Loaders {
    return new Loaders(this);
  }
}

/** What every resolver finds in its GraphQL context. */
export interface RequestContext {
  loaders: Loaders;
  /** name recorded as taggedBy and in the audit log */
  actor: string;
  authorized: boolean;
  /** whether the request carried a bearer token at all */
  presentedToken: boolean;
  req?: { headers: Record<string, string | string[] | undefined> };
}

/** Loads a row that a field promises to be non-null; a missing one is a broken invariant, not user error. */
export async function required<T>(loader: DataLoader<string, T | null>, id: string, what: string): Promise<T> {
  const row = await loader.load(id);
  if (row === null) throw new Error(`${what} ${id} is missing`);
  return row;
}
