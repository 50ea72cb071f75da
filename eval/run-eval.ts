/**
 * `npm run eval`: precision, recall, stance accuracy and off-topic claims tagged, per language,
 * for the narrative matcher and a plain char n-gram TF-IDF baseline, on every set in one table:
 *   (a) our sets (dev, dev-b, held-out),
 *   (b) the independent sets in other styles and wordings (wire, telegram, tv-themes, fresh),
 *   (c) the human-labelled Propaganda Diary cases in a few-shot protocol (if the file is present);
 * then a summary against the acceptance bar, everyday off-topic news against every hand-written
 * set's narratives, and the leave-one-set-out calibration figures.
 * Options: --verbose prints every miss; --no-loso skips the leave-one-set-out refits.
 */
import { DEFAULT_THRESHOLD } from '@app/domain';
import { TfidfBaseline } from './baseline.js';
import { describe, featureRows, fitLogistic, score } from './calibrate.js';
import { DEV_SET } from './dev-set.js';
import { EVERYDAY_CLAIMS } from './everyday-set.js';
import { evaluate, formatRows, HEADER, matcherFor, matcherPredictor, type Metrics, type MetricsByLang, type Outcome } from './harness.js';
import { loadPropagandaDiary, PROPAGANDA_DIARY_PATH } from './propaganda-diary.js';
import { INDEPENDENT_SETS, OUR_SETS } from './sets.js';
import type { EvalSet } from './types.js';

const verbose = process.argv.includes('--verbose');
const loso = !process.argv.includes('--no-loso');

/** What the outside acceptance check asks of a set of ~80 claims with 24 off-topic. */
const BAR = { precision: 0.85, recall: 0.7, offTopicPer24: 2, stance: 0.8 };

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

function run(set: EvalSet, baselineThreshold: number): MetricsByLang {
  const engine = evaluate(set.claims, matcherPredictor(matcherFor(set)));
  const baseline = evaluate(set.claims, new TfidfBaseline(set, baselineThreshold).predictor());
  for (const row of formatRows(`engine    ${set.name}`, engine.metrics)) console.log(row);
  for (const row of formatRows(`baseline  ${set.name}`, baseline.metrics, false)) console.log(row);
  if (verbose) printMisses(engine.outcomes);
  return engine.metrics;
}

function verdict(m: Metrics): string {
  const per24 = m.offTopic ? (m.offTopicTagged * 24) / m.offTopic : 0;
  const fails: string[] = [];
  if (m.precision < BAR.precision) fails.push('precision');
  if (m.recall < BAR.recall) fails.push('recall');
  if (m.offTopic && per24 > BAR.offTopicPer24) fails.push('off-topic');
  if (m.stanceAccuracy < BAR.stance) fails.push('stance');
  const off = m.offTopic ? `${m.offTopicTagged}/${m.offTopic} (${per24.toFixed(1)} per 24)` : '-';
  return `${m.precision.toFixed(2).padStart(9)} ${m.recall.toFixed(2).padStart(7)} ${m.stanceAccuracy.toFixed(2).padStart(7)} ${off.padStart(18)}   ${fails.length ? `below the bar: ${fails.join(', ')}` : 'meets the bar'}`;
}

function main(): void {
  const t0 = performance.now();
  const baselineThreshold = tuneBaseline(DEV_SET);
  console.log(`Narrative matching evaluation (engine threshold ${DEFAULT_THRESHOLD}; baseline TF-IDF threshold ${baselineThreshold}, best F1 on dev)`);
  console.log("precision/recall from each claim's best accepted suggestion; stance = share right among correctly placed claims;");
  console.log('off-topic = claims that fit no narrative but got one\n');
  console.log(HEADER);
  const summary: Array<{ name: string; m: Metrics }> = [];
  console.log('(a) our sets');
  for (const set of OUR_SETS) summary.push({ name: set.name, m: run(set, baselineThreshold).all });
  console.log('(b) independent sets in other styles and wordings (fresh: written after tuning)');
  for (const set of INDEPENDENT_SETS) summary.push({ name: set.name, m: run(set, baselineThreshold).all });
  console.log('(c) Propaganda Diary, few-shot (k confirmed cases per narrative, seed 42; name only, no description)');
  for (const k of [3, 5]) {
    const pd = loadPropagandaDiary(k);
    if (!pd) {
      console.log(`   skipped: ${PROPAGANDA_DIARY_PATH} not found`);
      break;
    }
    summary.push({ name: pd.name, m: run(pd, baselineThreshold).all });
  }

  console.log(
    `\nEngine, all languages, against the acceptance bar (precision ≥ ${BAR.precision}, recall ≥ ${BAR.recall}, ≤ ${BAR.offTopicPer24} of 24 off-topic tagged, stance ≥ ${BAR.stance}):`,
  );
  console.log(`${'set'.padEnd(24)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'stance'.padStart(7)} ${'off-topic'.padStart(18)}`);
  for (const { name, m } of summary) console.log(`${name.padEnd(24)} ${verdict(m)}`);

  console.log(`\nEveryday news that uses the narratives' words (${EVERYDAY_CLAIMS.length} claims, none about the war), tagged with each set's narratives:`);
  let everydayTagged = 0;
  for (const set of [...OUR_SETS, ...INDEPENDENT_SETS]) {
    const { metrics, outcomes } = evaluate([...EVERYDAY_CLAIMS], matcherPredictor(matcherFor(set)));
    everydayTagged += metrics.all.offTopicTagged;
    console.log(`  ${set.name.padEnd(22)} ${metrics.all.offTopicTagged} of ${metrics.all.offTopic}`);
    if (verbose) printMisses(outcomes);
  }
  console.log(`  ${'all sets'.padEnd(22)} ${everydayTagged} of ${EVERYDAY_CLAIMS.length * (OUR_SETS.length + INDEPENDENT_SETS.length)}`);

  if (loso) {
    console.log('\nLeave-one-set-out calibration: refit on the other sets (npx tsx eval/calibrate.ts), score the one left out, threshold 0.5');
    const sets: EvalSet[] = [...OUR_SETS, ...INDEPENDENT_SETS];
    const pd = loadPropagandaDiary(3);
    if (pd) sets.push(pd);
    const rows = sets.map((set) => ({ set, rows: featureRows(set) }));
    const lambda = Number(process.env.L2 ?? 3);
    for (const { set, rows: mine } of rows) {
      const cal = fitLogistic(
        rows.filter((r) => r.set !== set).map((r) => r.rows),
        lambda,
      );
      const langs = (['en', 'ru', 'uk'] as const)
        .filter((l) => mine.some((r) => r.claim.language === l))
        .map((l) => `${l} ${describe(score(mine, cal, 0.5, l))}`)
        .join(' | ');
      console.log(`  ${set.name.padEnd(22)} ${describe(score(mine, cal, 0.5))}`);
      if (verbose || set.name === 'fresh') console.log(`  ${''.padEnd(22)} ${langs}`);
    }
  }
  console.log(`\n(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

main();
