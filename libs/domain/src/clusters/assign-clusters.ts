import { bandNumbersOfValues, bandSlotsOfValues, DEFAULT_NEAR_DUPLICATE_THRESHOLD, minHashValues, SIGNATURE_SIZE, STORED_BAND_COUNT } from './minhash.js';

/**
 * Founders kept per band bucket. Short texts that share one common word can share a band key by
 * the hundred; a near copy of any of them shares other keys too, so the first few are enough and
 * each item stays bounded (bands × cap comparisons at most).
 */
export const MAX_BUCKET_FOUNDERS = 32;

/** Equal values of two signatures, or -1 as soon as fewer than `needed` can still be reached. */
function equalValues(a: Uint32Array, b: Uint32Array, needed: number): number {
  let equal = 0;
  const allowedMisses = SIGNATURE_SIZE - needed;
  let misses = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    if (a[i] === b[i]) equal++;
    else if (++misses > allowedMisses) return -1;
  }
  return equal;
}

export interface ClusterItem {
  id: string;
  normalized: string;
  /** `minHashValues(normalized)` when the caller has it already (computed off the main thread); null for a text without words */
  values?: Uint32Array | null;
}

export interface ClusterMember extends ClusterItem {
  clusterId: string;
}

export interface ClusterAssignment {
  id: string;
  /** id of the cluster's first member: the item's own id when it starts a cluster */
  clusterId: string;
  /**
   * Numeric band keys to store (the first STORED_BAND_COUNT bands) so later texts find this
   * cluster: only a cluster's founder has them; [] for a copy that joined a cluster and for a text
   * without words.
   */
  bands: number[];
}

/** The MinHash values of an item, computed unless given. */
export function valuesOf(item: ClusterItem): Uint32Array | null {
  return item.values !== undefined ? item.values : minHashValues(item.normalized);
}

/** The band keys a database looks up to find stored clusters of these items (deduplicated, ascending). */
export function lookupBands(items: readonly ClusterItem[]): number[] {
  const all = new Float64Array(items.length * STORED_BAND_COUNT);
  let n = 0;
  for (const item of items) {
    const values = valuesOf(item);
    if (values) for (const key of bandNumbersOfValues(values, STORED_BAND_COUNT)) all[n++] = key;
  }
  const sorted = all.subarray(0, n).sort();
  const keys: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) keys.push(sorted[i]!);
  return keys;
}

interface Founder {
  values: Uint32Array;
  clusterId: string;
  /** the last item compared with this founder, so that an item sharing several bands compares once */
  seenBy: number;
}

/**
 * Founder numbers by (band, band hash): open addressing over typed arrays, each entry the head of
 * a chain of at most MAX_BUCKET_FOUNDERS links. A batch adds tens of thousands of keys; JavaScript
 * maps with an array per key spent more time allocating than the comparisons take.
 */
class BandIndex {
  private mask = 0;
  /** band + 1 per entry, 0 when the entry is empty */
  private bands = new Int32Array(0);
  private slots = new Uint32Array(0);
  private heads = new Int32Array(0);
  private counts = new Uint8Array(0);
  private used = 0;
  private next = new Int32Array(1024);
  private founder = new Int32Array(1024);
  private links = 0;

  constructor(expectedKeys: number) {
    this.allocate(Math.max(64, 2 ** Math.ceil(Math.log2(expectedKeys * 2 + 1))));
  }

  private allocate(capacity: number): void {
    this.mask = capacity - 1;
    this.bands = new Int32Array(capacity);
    this.slots = new Uint32Array(capacity);
    this.heads = new Int32Array(capacity);
    this.counts = new Uint8Array(capacity);
    this.used = 0;
  }

  private find(band: number, slot: number): number {
    let at = (Math.imul(slot ^ (band << 24), 0x9e3779b1) >>> 0) & this.mask;
    while (this.bands[at] !== 0 && (this.bands[at] !== band + 1 || this.slots[at] !== slot)) at = (at + 1) & this.mask;
    return at;
  }

  /** First link of the chain for a key, -1 when none. */
  first(band: number, slot: number): number {
    const at = this.find(band, slot);
    return this.bands[at] === 0 ? -1 : this.heads[at]!;
  }

  nextLink(link: number): number {
    return this.next[link]!;
  }

  founderOf(link: number): number {
    return this.founder[link]!;
  }

  add(band: number, slot: number, founder: number): void {
    if ((this.used + 1) * 2 > this.mask) this.grow();
    const at = this.find(band, slot);
    if (this.bands[at] === 0) {
      this.bands[at] = band + 1;
      this.slots[at] = slot;
      this.heads[at] = -1;
      this.used++;
    } else if (this.counts[at]! >= MAX_BUCKET_FOUNDERS) {
      return;
    }
    if (this.links === this.next.length) {
      const next = new Int32Array(this.links * 2);
      next.set(this.next);
      this.next = next;
      const founders = new Int32Array(this.links * 2);
      founders.set(this.founder);
      this.founder = founders;
    }
    // Linked at the head of the chain: the most similar founder wins whatever the order; on a tie, the one looked at first.
    this.next[this.links] = this.heads[at]!;
    this.founder[this.links] = founder;
    this.heads[at] = this.links++;
    this.counts[at]!++;
  }

  private grow(): void {
    const { bands, slots, heads, counts } = this;
    this.allocate((this.mask + 1) * 2);
    for (let i = 0; i < bands.length; i++) {
      if (bands[i] === 0) continue;
      const at = this.find(bands[i]! - 1, slots[i]!);
      this.bands[at] = bands[i]!;
      this.slots[at] = slots[i]!;
      this.heads[at] = heads[i]!;
      this.counts[at] = counts[i]!;
      this.used++;
    }
  }
}

/**
 * Puts each new item (in the order given, oldest first) into the cluster whose founder (its first
 * text) is most similar to it — a stored founder found through shared band keys, or one that an
 * earlier item of the batch founded — when the estimated similarity reaches the threshold;
 * otherwise the item founds its own cluster. A cluster is its original and the near-copies of it,
 * so a flood of copies costs one comparison each and does not chain into unrelated texts.
 */
export function assignClusters(
  items: readonly ClusterItem[],
  stored: readonly ClusterMember[],
  threshold = DEFAULT_NEAR_DUPLICATE_THRESHOLD,
): ClusterAssignment[] {
  const founders: Founder[] = [];
  const table = new BandIndex((items.length + stored.length) * STORED_BAND_COUNT);
  const index = (founder: Founder, slots: Uint32Array, bands: number) => {
    const n = founders.push(founder) - 1;
    for (let band = 0; band < bands; band++) table.add(band, slots[band]!, n);
  };
  // Only the bands a database keeps are used, here too: whether an original was stored earlier or
  // sent in the same batch, its copies are found the same way.
  for (const member of stored) {
    const values = valuesOf(member);
    if (values) index({ values, clusterId: member.clusterId, seenBy: -1 }, bandSlotsOfValues(values, STORED_BAND_COUNT), STORED_BAND_COUNT);
  }
  return items.map((item, order) => {
    const values = valuesOf(item);
    if (!values) return { id: item.id, clusterId: item.id, bands: [] };
    const slots = bandSlotsOfValues(values, STORED_BAND_COUNT);
    let best: Founder | null = null;
    // At least this many equal values to reach the threshold, then to beat the best so far.
    let needed = Math.ceil(threshold * SIGNATURE_SIZE - 1e-9);
    for (let band = 0; band < STORED_BAND_COUNT; band++) {
      for (let link = table.first(band, slots[band]!); link !== -1; link = table.nextLink(link)) {
        const founder = founders[table.founderOf(link)]!;
        if (founder.seenBy === order) continue;
        founder.seenBy = order;
        const equal = equalValues(values, founder.values, needed);
        if (equal >= needed) {
          best = founder;
          needed = equal + 1;
        }
      }
    }
    if (best) return { id: item.id, clusterId: best.clusterId, bands: [] };
    index({ values, clusterId: item.id, seenBy: order }, slots, STORED_BAND_COUNT);
    return { id: item.id, clusterId: item.id, bands: bandNumbersOfValues(values, STORED_BAND_COUNT) };
  });
}
