/**
 * `npm run bench:engine`: throughput of NarrativeMatcher.suggest (claims/s, one core) with 50
 * narratives and 500 tagged examples generated from the concept lexicon in three languages,
 * against the plain char n-gram TF-IDF baseline measured in the same run. Median of several runs.
 */
import { CONCEPTS, NarrativeMatcher, seededRandom, type LabelledExample, type NarrativeProfile } from '@app/domain';
import { TfidfBaseline } from '../eval/baseline.js';
import type { EvalSet } from '../eval/types.js';

const RUNS = 7;
const NARRATIVES = 50;
const EXAMPLES = 500;
const CLAIMS = 2000;

const rng = seededRandom;
const random = rng(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

type Lang = 'en' | 'ru' | 'uk';
const ENDINGS: Record<Lang, string[]> = { en: ['', 's', 'ing', 'ed'], ru: ['а', 'ы', 'ами', 'ов', 'ие'], uk: ['а', 'и', 'ами', 'ів', 'ий'] };
const FILLER: Record<Lang, string[]> = {
  en: 'the of and that this week officials said new report local many after before more could would there while also about into against'.split(' '),
  ru: 'в и на что это неделе официально заявили новый отчет местные многие после перед более может также против'.split(' '),
  uk: 'в і на що це тижні офіційно заявили новий звіт місцеві багато після перед більше може також проти'.split(' '),
};

/** a surface form of a concept in a language, with a plausible ending for prefix patterns */
function form(concept: (typeof CONCEPTS)[number], lang: Lang): string {
  const p = pick(concept[lang].split('|'));
  return p
    .split(' ')
    .map((t) => (t.endsWith('*') ? t.slice(0, -1) + pick(ENDINGS[lang]) : t))
    .join(' ');
}

function sentence(concepts: Array<(typeof CONCEPTS)[number]>, lang: Lang, words: number): string {
  const parts: string[] = [];
  for (const c of concepts) parts.push(form(c, lang), pick(FILLER[lang]));
  while (parts.length < words) parts.push(random() < 0.3 ? form(pick(CONCEPTS), lang) : pick(FILLER[lang]));
  return parts.join(' ');
}

const thematic = CONCEPTS.filter((c) => (c.weight ?? 1) >= 0.8);
const actors = CONCEPTS.filter((c) => c.side);
const langs: Lang[] = ['en', 'en', 'ru', 'uk'];

const narratives: NarrativeProfile[] = [];
const themes: Array<Array<(typeof CONCEPTS)[number]>> = [];
for (let i = 0; i < NARRATIVES; i++) {
  const theme = [pick(thematic), pick(thematic), pick(actors)];
  themes.push(theme);
  narratives.push({ id: `n${i}`, slug: `n${i}`, name: sentence(theme.slice(0, 2), 'en', 5), description: sentence(theme, 'en', 16) });
}
const examples: LabelledExample[] = [];
for (let i = 0; i < EXAMPLES; i++) {
  const n = i % NARRATIVES;
  const lang = pick(langs);
  examples.push({ id: `c${i}`, narrativeId: `n${n}`, text: sentence([...themes[n]!.slice(0, 2), pick(CONCEPTS)], lang, 18), language: lang, positive: random() < 0.85 });
}
const claims = Array.from({ length: CLAIMS }, () => {
  const lang = pick(langs);
  const on = random() < 0.6;
  const cs = on ? [pick(themes)[0]!, pick(CONCEPTS)] : [pick(CONCEPTS)];
  return { text: sentence(cs, lang, 10 + Math.floor(random() * 16)), language: lang };
});

const matcher = new NarrativeMatcher();
matcher.setNarratives(narratives);
for (const e of examples) matcher.addExample(e);

const evalSet: Pick<EvalSet, 'narratives' | 'examples'> = {
  narratives: narratives.map((n) => ({ slug: n.slug, name: n.name, description: n.description ?? '' })),
  examples: examples.map((e) => ({ narrative: e.narrativeId, text: e.text, language: e.language as Lang, positive: e.positive })),
};
const baseline = new TfidfBaseline(evalSet);

/** claims per second of wall-clock time and per second of this process's CPU time */
function throughput(fn: (text: string, language: string) => unknown): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const c of claims) fn(c.text, c.language);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return { wall: (claims.length / wallMs) * 1000, cpu: claims.length / ((cpu.user + cpu.system) / 1e6) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(fn: (text: string, language: string) => unknown): { wall: number; cpu: number } {
  throughput(fn); // warm-up (JIT, token caches)
  const runs = Array.from({ length: RUNS }, () => throughput(fn));
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

const cases: Array<{ name: string; size: string; run: (text: string, language: string) => unknown }> = [
  { name: 'baseline: char n-gram TF-IDF, best narrative', size: `${NARRATIVES} narr.`, run: (t) => baseline.score(t) },
  { name: 'matcher.suggest, limit 5', size: `${NARRATIVES} narr. / ${EXAMPLES} ex.`, run: (t, l) => matcher.suggest({ text: t, language: l }) },
  { name: 'matcher.suggest, limit 1', size: `${NARRATIVES} narr. / ${EXAMPLES} ex.`, run: (t, l) => matcher.suggest({ text: t, language: l }, { limit: 1 }) },
];

// incremental updates: add + remove one example
function updates(): number {
  const n = 2000;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const e = examples[i % EXAMPLES]!;
    matcher.addExample({ ...e, id: `u${i}` });
    matcher.removeExample(`u${i}`, e.narrativeId);
  }
  return (n / (performance.now() - t0)) * 1000;
}

const results = cases.map((c) => ({ ...c, median: measure(c.run) }));
const base = results[0]!.median.wall;
console.log(`NarrativeMatcher throughput, ${CLAIMS} synthetic EN/RU/UK claims per run, median of ${RUNS} runs (one core)`);
console.log('wall = claims per second of elapsed time; cpu = per second of this process\'s CPU time (the fair figure on a shared machine)\n');
console.log(`${'case'.padEnd(48)} ${'size'.padEnd(22)} ${'wall claims/s'.padStart(14)} ${'cpu claims/s'.padStart(13)} ${'vs baseline'.padStart(12)}`);
for (const r of results) {
  console.log(
    `${r.name.padEnd(48)} ${r.size.padEnd(22)} ${Math.round(r.median.wall).toLocaleString('en').padStart(14)} ${Math.round(r.median.cpu).toLocaleString('en').padStart(13)} ${(r.median.wall / base).toFixed(2).padStart(11)}x`,
  );
}
updates();
const up = median(Array.from({ length: RUNS }, updates));
console.log(`${'addExample + removeExample'.padEnd(48)} ${`${EXAMPLES} ex.`.padEnd(22)} ${Math.round(up).toLocaleString('en').padStart(14)} ${''.padStart(13)} ${'(pairs/s)'.padStart(12)}`);
const load = (await import('node:os')).loadavg()[0]!;
console.log(`\n(1-minute load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} cores)`);
