import { bandKeysOfValues, DEFAULT_NEAR_DUPLICATE_THRESHOLD, minHashValues, similarityOfValues } from './minhash.js';

export interface ClusterItem {
  id: string;
  normalized: string;
}

export interface ClusterMember extends ClusterItem {
  clusterId: string;
}

export interface ClusterAssignment {
  id: string;
  /** id of the cluster's first member: the item's own id when it starts a cluster */
  clusterId: string;
  /** LSH band keys to store, so later texts find this one; [] for a text without words */
  bands: string[];
}

/**
 * Puts each new item (in the order given, oldest first) into the cluster of its most similar
 * earlier text — a stored member found through shared band keys, or an earlier item of the batch —
 * when the estimated similarity reaches the threshold; otherwise it starts its own cluster.
 */
export function assignClusters(
  items: readonly ClusterItem[],
  stored: readonly ClusterMember[],
  threshold = DEFAULT_NEAR_DUPLICATE_THRESHOLD,
): ClusterAssignment[] {
  const byBand = new Map<string, Array<{ values: Uint32Array; clusterId: string }>>();
  const index = (values: Uint32Array, clusterId: string, bands: string[]) => {
    for (const band of bands) {
      const list = byBand.get(band);
      if (list) list.push({ values, clusterId });
      else byBand.set(band, [{ values, clusterId }]);
    }
  };
  for (const member of stored) {
    const values = minHashValues(member.normalized);
    if (values) index(values, member.clusterId, bandKeysOfValues(values));
  }
  return items.map((item) => {
    const values = minHashValues(item.normalized);
    if (!values) return { id: item.id, clusterId: item.id, bands: [] };
    const bands = bandKeysOfValues(values);
    let best: { clusterId: string; similarity: number } | null = null;
    for (const band of bands) {
      for (const candidate of byBand.get(band) ?? []) {
        const s = similarityOfValues(values, candidate.values);
        if (s >= threshold && (!best || s > best.similarity)) best = { clusterId: candidate.clusterId, similarity: s };
      }
    }
    const clusterId = best?.clusterId ?? item.id;
    index(values, clusterId, bands);
    return { id: item.id, clusterId, bands };
  });
}
