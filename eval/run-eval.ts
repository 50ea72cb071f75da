/**
 * `npm run eval`: precision, recall, stance accuracy and off-topic claims tagged, per language,
 * for the narrative matcher and a plain char n-gram TF-IDF baseline, on
 *   (a) the development set and the held-out set (our own wording), and
 *   (b) the human-labelled Propaganda Diary cases in a few-shot protocol (if the file is present).
 * Options: --verbose prints every miss.
 */
import { TfidfBaseline } from './baseline.js';
import { DEV_SET, DEV_SET_B } from './dev-set.js';
import { evaluate, formatRows, HEADER, matcherFor, matcherPredictor, type MetricsByLang, type Outcome } from './harness.js';
import { HELD_OUT_SET } from './held-out-set.js';
import { loadPropagandaDiary, PROPAGANDA_DIARY_PATH } from './propaganda-diary.js';
import { TELEGRAM_SET } from './telegram-set.js';
import { TV_SET } from './tv-set.js';
import type { EvalSet } from './types.js';
import { WIRE_SET } from './wire-set.js';

const verbose = process.argv.includes('--verbose');

function printMisses(outcomes: Outcome[]): void {
  for (const { claim, prediction } of outcomes) {
    const wrongPlace = prediction.narrative !== claim.narrative;
    const wrongStance = !wrongPlace && claim.stance && prediction.stance !== claim.stance;
    if (!wrongPlace && !wrongStance) continue;
    const what = wrongPlace
      ? `expected ${claim.narrative ?? '-'} got ${prediction.narrative ?? '-'}`
      : `stance expected ${claim.stance} got ${prediction.stance}`;
    console.log(`   miss [${claim.language}] ${what} (${prediction.score.toFixed(2)}): ${claim.text.slice(0, 110)}`);
  }
}

/** Baseline threshold: the one with the best F1 on the development set, then fixed for every other set. */
function tuneBaseline(set: EvalSet): number {
  let best = { t: 0.2, f1: -1 };
  for (let t = 0.02; t <= 0.6; t += 0.01) {
    const { metrics } = evaluate(set.claims, new TfidfBaseline(set, t).predictor());
    const m = metrics.all;
    const f1 = m.precision + m.recall ? (2 * m.precision * m.recall) / (m.precision + m.recall) : 0;
    if (f1 > best.f1) best = { t, f1 };
  }
  return Number(best.t.toFixed(2));
}

function run(set: EvalSet, baselineThreshold: number, withStance = true): { engine: MetricsByLang; baseline: MetricsByLang } {
  const matcher = matcherFor(set);
  const engine = evaluate(set.claims, matcherPredictor(matcher));
  const baseline = evaluate(set.claims, new TfidfBaseline(set, baselineThreshold).predictor());
  for (const row of formatRows(`engine    ${set.name}`, engine.metrics)) console.log(row);
  for (const row of formatRows(`baseline  ${set.name}`, baseline.metrics, false)) console.log(row);
  if (verbose) printMisses(engine.outcomes);
  void withStance;
  return { engine: engine.metrics, baseline: baseline.metrics };
}

function main(): void {
  const t0 = performance.now();
  const baselineThreshold = tuneBaseline(DEV_SET);
  console.log(`Narrative matching evaluation (engine threshold ${matcherFor(DEV_SET).threshold}; baseline TF-IDF threshold ${baselineThreshold}, best F1 on dev)`);
  console.log('precision/recall from each claim\'s best accepted suggestion; stance = share right among correctly placed claims;');
  console.log('off-topic = claims that fit no narrative but got one\n');
  console.log(HEADER);
  console.log('(a) our sets');
  run(DEV_SET, baselineThreshold);
  run(DEV_SET_B, baselineThreshold);
  run(HELD_OUT_SET, baselineThreshold);
  console.log('(b) independent sets in other styles and wordings');
  run(WIRE_SET, baselineThreshold);
  run(TELEGRAM_SET, baselineThreshold);
  run(TV_SET, baselineThreshold);
  console.log('\n(c) Propaganda Diary, few-shot (k confirmed cases per narrative, seed 42; name only, no description)');
  for (const k of [3, 5]) {
    const pd = loadPropagandaDiary(k);
    if (!pd) {
      console.log(`   skipped: ${PROPAGANDA_DIARY_PATH} not found`);
      break;
    }
    run(pd, baselineThreshold);
  }
  console.log(`\n(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

main();
