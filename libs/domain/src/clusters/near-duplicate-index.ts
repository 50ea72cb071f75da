import { DomainError } from '../errors.js';
import {
  bandKeysOfValues,
  decodeSignature,
  DEFAULT_NEAR_DUPLICATE_THRESHOLD,
  encodeSignature,
  minHashValues,
  similarityOfValues,
} from './minhash.js';

export interface NearDuplicateIndexOptions {
  /** Estimated Jaccard similarity from which a text joins a cluster; default 0.45. */
  threshold?: number;
  /**
   * Members kept per band bucket. A bucket of thousands of copies of one post needs only a few
   * representatives; the cap keeps each `add` bounded (bands × cap comparisons at most).
   */
  maxBucketSize?: number;
}

export interface NearDuplicateMatch {
  id: string;
  clusterId: string;
  similarity: number;
}

interface Member {
  values: Uint32Array | null;
  clusterId: string;
  order: number;
}

/**
 * In-memory near-duplicate clustering with MinHash + LSH banding. Each text joins the cluster of
 * its most similar earlier text at or above the threshold, or starts its own; cluster ids are
 * the id of the cluster's first member and never change (clusters are not merged afterwards).
 */
export class NearDuplicateIndex {
  private readonly threshold: number;
  private readonly maxBucketSize: number;
  private readonly members = new Map<string, Member>();
  private readonly buckets = new Map<string, string[]>();
  /** Identical signatures (exact copies) short-cut to their cluster without any comparison. */
  private readonly exact = new Map<string, string>();

  constructor(options: NearDuplicateIndexOptions = {}) {
    const threshold = options.threshold ?? DEFAULT_NEAR_DUPLICATE_THRESHOLD;
    if (!(threshold > 0 && threshold <= 1)) {
      throw DomainError.badInput('threshold', 'Threshold must be above 0 and at most 1', { threshold });
    }
    const maxBucketSize = options.maxBucketSize ?? 32;
    if (!Number.isInteger(maxBucketSize) || maxBucketSize < 1) {
      throw DomainError.badInput('maxBucketSize', 'Bucket size must be a positive integer', { maxBucketSize });
    }
    this.threshold = threshold;
    this.maxBucketSize = maxBucketSize;
  }

  /** Number of texts added. */
  get size(): number {
    return this.members.size;
  }

  /**
   * Adds a normalised text and returns its cluster id: the id of the first member of the cluster
   * it joined, or its own id. Adding an id again returns its cluster unchanged.
   */
  add(id: string, normalized: string): string {
    const existing = this.members.get(id);
    if (existing !== undefined) return existing.clusterId;
    return this.insert(id, minHashValues(normalized));
  }

  /** Same as `add`, for a signature a database stored (`signature(normalized)`). */
  addSignature(id: string, sig: string): string {
    const existing = this.members.get(id);
    if (existing !== undefined) return existing.clusterId;
    if (sig !== '' && decodeSignature(sig) === null) {
      throw DomainError.badInput('signature', 'Not a signature of this version', { id });
    }
    return this.insert(id, sig === '' ? null : decodeSignature(sig));
  }

  /** Cluster id of an added text. */
  clusterOf(id: string): string | undefined {
    return this.members.get(id)?.clusterId;
  }

  /** Earlier texts similar to this one at or above the threshold, most similar first. */
  findSimilar(normalized: string): NearDuplicateMatch[] {
    const values = minHashValues(normalized);
    if (values === null) return [];
    return this.candidates(values)
      .map((candidate) => ({ candidate, similarity: similarityOfValues(values, candidate.member.values!) }))
      .filter((x) => x.similarity >= this.threshold)
      .sort((a, b) => b.similarity - a.similarity || a.candidate.member.order - b.candidate.member.order)
      .map(({ candidate, similarity }) => ({ id: candidate.id, clusterId: candidate.member.clusterId, similarity }));
  }

  private candidates(values: Uint32Array): Array<{ id: string; member: Member }> {
    const seen = new Set<string>();
    const out: Array<{ id: string; member: Member }> = [];
    for (const key of bandKeysOfValues(values)) {
      for (const id of this.buckets.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({ id, member: this.members.get(id)! });
      }
    }
    return out;
  }

  private insert(id: string, values: Uint32Array | null): string {
    const order = this.members.size;
    if (values === null) {
      this.members.set(id, { values: null, clusterId: id, order });
      return id;
    }
    const encoded = encodeSignature(values);
    const copyOf = this.exact.get(encoded);
    if (copyOf !== undefined) {
      this.members.set(id, { values, clusterId: copyOf, order });
      return copyOf;
    }

    let best: Member | undefined;
    let bestSimilarity = 0;
    const keys = bandKeysOfValues(values);
    const seen = new Set<string>();
    for (const key of keys) {
      for (const other of this.buckets.get(key) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        const member = this.members.get(other)!;
        const s = similarityOfValues(values, member.values!);
        if (s > bestSimilarity || (s === bestSimilarity && best !== undefined && member.order < best.order)) {
          best = member;
          bestSimilarity = s;
        }
      }
    }
    const clusterId = best !== undefined && bestSimilarity >= this.threshold ? best.clusterId : id;

    this.members.set(id, { values, clusterId, order });
    this.exact.set(encoded, clusterId);
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, [id]);
      else if (bucket.length < this.maxBucketSize) bucket.push(id);
    }
    return clusterId;
  }
}
