import { NarrativeMatcher, type NarrativeMatcherOptions, type Stance } from '@app/domain';
import type { EvalClaim, EvalLang, EvalSet } from './types.js';

/** What a system predicts for one claim: its best accepted narrative (or none) and the stance toward it. */
export interface Prediction {
  narrative: string | null;
  stance: Stance | null;
  score: number;
}

export type Predictor = (claim: EvalClaim) => Prediction;

export interface Metrics {
  claims: number;
  onTopic: number;
  offTopic: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  offTopicTagged: number;
  stanceRight: number;
  stanceAccuracy: number;
}

export type MetricsByLang = Record<EvalLang | 'all', Metrics>;

export function matcherFor(set: EvalSet, options?: NarrativeMatcherOptions): NarrativeMatcher {
  const m = new NarrativeMatcher(options);
  m.setNarratives(set.narratives.map((n) => ({ id: n.slug, slug: n.slug, name: n.name, description: n.description, keywords: n.keywords })));
  set.examples.forEach((e, i) => m.addExample({ id: `ex${i}`, narrativeId: e.narrative, text: e.text, language: e.language, positive: e.positive }));
  return m;
}

export function matcherPredictor(m: NarrativeMatcher): Predictor {
  return (claim) => {
    const best = m.suggest({ text: claim.text, language: claim.language }, { limit: 1 })[0];
    if (!best || !best.accepted) return { narrative: null, stance: null, score: best?.score ?? 0 };
    return { narrative: best.narrativeId, stance: best.stance, score: best.score };
  };
}

function emptyMetrics(): Metrics {
  return { claims: 0, onTopic: 0, offTopic: 0, predicted: 0, correct: 0, precision: 0, recall: 0, offTopicTagged: 0, stanceRight: 0, stanceAccuracy: 0 };
}

export interface Outcome {
  claim: EvalClaim;
  prediction: Prediction;
}

export function evaluate(claims: readonly EvalClaim[], predict: Predictor): { metrics: MetricsByLang; outcomes: Outcome[] } {
  const metrics: MetricsByLang = { en: emptyMetrics(), ru: emptyMetrics(), uk: emptyMetrics(), all: emptyMetrics() };
  const outcomes: Outcome[] = [];
  for (const claim of claims) {
    const p = predict(claim);
    outcomes.push({ claim, prediction: p });
    for (const m of [metrics[claim.language], metrics.all]) {
      m.claims++;
      if (claim.narrative) m.onTopic++;
      else m.offTopic++;
      if (p.narrative) {
        m.predicted++;
        if (!claim.narrative) m.offTopicTagged++;
      }
      if (p.narrative && p.narrative === claim.narrative) {
        m.correct++;
        if (claim.stance === null || p.stance === claim.stance) m.stanceRight++;
      }
    }
  }
  for (const m of Object.values(metrics)) {
    m.precision = m.predicted ? m.correct / m.predicted : 1;
    m.recall = m.onTopic ? m.correct / m.onTopic : 1;
    m.stanceAccuracy = m.correct ? m.stanceRight / m.correct : 1;
  }
  return { metrics, outcomes };
}

const pct = (x: number) => x.toFixed(2);

export function formatRows(label: string, metrics: MetricsByLang, withStance = true): string[] {
  const rows: string[] = [];
  for (const lang of ['en', 'ru', 'uk', 'all'] as const) {
    const m = metrics[lang];
    if (m.claims === 0) continue;
    rows.push(
      [
        label.padEnd(34),
        lang.padEnd(4),
        String(m.claims).padStart(5),
        pct(m.precision).padStart(9),
        pct(m.recall).padStart(7),
        (withStance ? pct(m.stanceAccuracy) : '  -').padStart(7),
        (m.offTopic ? `${m.offTopicTagged}/${m.offTopic}` : '-').padStart(9),
      ].join(' '),
    );
  }
  return rows;
}

export const HEADER = [
  'system / set'.padEnd(34),
  'lang',
  'n'.padStart(5),
  'precision'.padStart(9),
  'recall'.padStart(7),
  'stance'.padStart(7),
  'off-topic'.padStart(9),
].join(' ');
