import { normalizeText } from '@app/domain';
import type { Predictor } from './harness.js';
import type { EvalSet } from './types.js';

/**
 * Baseline for comparison: plain character n-gram (3–5) TF-IDF cosine between the claim and one
 * document per narrative (name + description + confirmed examples); best narrative accepted when
 * its cosine reaches the threshold. No stemming, no lexicon, no negatives.
 */
export class TfidfBaseline {
  private idf = new Map<string, number>();
  private docs: Array<{ slug: string; vec: Map<string, number>; norm: number }> = [];

  constructor(
    set: Pick<EvalSet, 'narratives' | 'examples'>,
    readonly threshold = 0.2,
  ) {
    const texts = set.narratives.map((n) => ({
      slug: n.slug,
      text: [n.name, n.description, ...(n.keywords ?? []), ...set.examples.filter((e) => e.narrative === n.slug && e.positive).map((e) => e.text)].join(' \n '),
    }));
    const df = new Map<string, number>();
    const tfs = texts.map((t) => {
      const tf = TfidfBaseline.grams(t.text);
      for (const g of tf.keys()) df.set(g, (df.get(g) ?? 0) + 1);
      return tf;
    });
    const n = texts.length;
    for (const [g, d] of df) this.idf.set(g, Math.log((1 + n) / (1 + d)) + 1);
    this.docs = texts.map((t, i) => {
      const vec = this.weigh(tfs[i]!);
      return { slug: t.slug, vec, norm: Math.sqrt([...vec.values()].reduce((s, w) => s + w * w, 0)) };
    });
  }

  static grams(text: string): Map<string, number> {
    const s = ` ${normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    const tf = new Map<string, number>();
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= s.length; i++) {
      const g = s.slice(i, i + n);
      tf.set(g, (tf.get(g) ?? 0) + 1);
    }
    return tf;
  }

  private weigh(tf: Map<string, number>): Map<string, number> {
    const v = new Map<string, number>();
    for (const [g, c] of tf) v.set(g, (1 + Math.log(c)) * (this.idf.get(g) ?? Math.log(1 + this.docs.length) + 1));
    return v;
  }

  /** best narrative and its cosine */
  score(text: string): { slug: string | null; score: number } {
    const q = this.weigh(TfidfBaseline.grams(text));
    let qn = 0;
    for (const w of q.values()) qn += w * w;
    qn = Math.sqrt(qn);
    let best: string | null = null;
    let bestScore = 0;
    for (const d of this.docs) {
      let dot = 0;
      for (const [g, w] of q) {
        const dw = d.vec.get(g);
        if (dw) dot += w * dw;
      }
      const cos = qn && d.norm ? dot / (qn * d.norm) : 0;
      if (cos > bestScore) {
        bestScore = cos;
        best = d.slug;
      }
    }
    return { slug: best, score: bestScore };
  }

  predictor(): Predictor {
    return (claim) => {
      const { slug, score } = this.score(claim.text);
      return { narrative: slug && score >= this.threshold ? slug : null, stance: 'SUPPORTS', score };
    };
  }
}
