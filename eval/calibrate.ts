/**
 * Fits the matcher's logistic calibration on the development sets (never on the held-out set):
 * every claim × narrative pair is one sample, labelled 1 when the claim belongs to the narrative.
 * Prints coefficients to paste into DEFAULT_CALIBRATION and precision/recall at a few thresholds.
 * Run: npx tsx eval/calibrate.ts
 */
import { DEFAULT_CALIBRATION, type Calibration, type MatchFeatures } from '@app/domain';
import { DEV_SET, DEV_SET_B } from './dev-set.js';
import { evaluate, matcherFor, matcherPredictor } from './harness.js';

const KEYS = ['profileConcept', 'profileLexical', 'exampleConcept', 'exampleLexical', 'key', 'negative'] as const;

const xs: number[][] = [];
const ys: number[] = [];
for (const set of [DEV_SET, DEV_SET_B]) {
  const matcher = matcherFor(set);
  for (const claim of set.claims) {
    for (const { narrativeId, features } of matcher.features({ text: claim.text, language: claim.language })) {
      xs.push(KEYS.map((k) => (features as MatchFeatures)[k]));
      ys.push(claim.narrative === narrativeId ? 1 : 0);
    }
  }
}

// Newton–Raphson logistic regression with an L2 penalty (not on the bias)
const d = KEYS.length + 1;
const lambda = Number(process.env.L2 ?? 1);
let w = new Array<number>(d).fill(0);
for (let iter = 0; iter < 50; iter++) {
  const g = new Array<number>(d).fill(0);
  const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let i = 0; i < xs.length; i++) {
    const x = [1, ...xs[i]!];
    const z = x.reduce((s, v, j) => s + v * w[j]!, 0);
    const p = 1 / (1 + Math.exp(-z));
    for (let j = 0; j < d; j++) {
      g[j]! += (p - ys[i]!) * x[j]!;
      for (let k = 0; k < d; k++) H[j]![k]! += p * (1 - p) * x[j]! * x[k]!;
    }
  }
  for (let j = 1; j < d; j++) {
    g[j]! += lambda * w[j]!;
    H[j]![j]! += lambda;
  }
  // solve H Δ = g (Gaussian elimination)
  const A = H.map((row, i) => [...row, g[i]!]);
  for (let c = 0; c < d; c++) {
    let piv = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[piv]![c]!)) piv = r;
    [A[c], A[piv]] = [A[piv]!, A[c]!];
    for (let r = 0; r < d; r++) {
      if (r === c) continue;
      const f = A[r]![c]! / A[c]![c]!;
      for (let k = c; k <= d; k++) A[r]![k]! -= f * A[c]![k]!;
    }
  }
  const delta = A.map((row, i) => row[d]! / row[i]!);
  w = w.map((v, j) => v - delta[j]!);
  if (Math.max(...delta.map(Math.abs)) < 1e-8) break;
}

const cal: Calibration = { ...DEFAULT_CALIBRATION, bias: w[0]! };
KEYS.forEach((k, j) => (cal[k] = w[j + 1]!));
console.log(`samples ${xs.length}, positives ${ys.filter(Boolean).length}, L2 ${lambda}`);
console.log('fitted:', JSON.stringify(Object.fromEntries(Object.entries(cal).map(([k, v]) => [k, Number(v.toFixed(2))]))));
console.log('current:', JSON.stringify(DEFAULT_CALIBRATION));
for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7]) {
  for (const set of [DEV_SET, DEV_SET_B]) {
    const m = evaluate(set.claims, matcherPredictor(matcherFor(set, { calibration: cal, threshold }))).metrics.all;
    console.log(`${set.name} threshold ${threshold}: precision ${m.precision.toFixed(2)} recall ${m.recall.toFixed(2)} off-topic ${m.offTopicTagged}/${m.offTopic}`);
  }
}
