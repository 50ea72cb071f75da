/**
 * Diagnostics: concepts found in a text and the raw match features against every narrative of a set.
 * Run: npx tsx eval/explain.ts <set name> "claim text" [language]
 */
import { analyzeForMatching, detectStance } from '@app/domain';
import { ALL_SETS } from './sets.js';
import { matcherFor } from './harness.js';

const [setName, text, language] = process.argv.slice(2);
const set = ALL_SETS.find((s) => s.name === setName);
if (!set || !text) {
  console.error(`usage: npx tsx eval/explain.ts <${ALL_SETS.map((s) => s.name).join('|')}> "text" [en|ru|uk]`);
  process.exit(1);
}
const a = analyzeForMatching(text, language);
console.log(`lang ${a.lang}; tokens: ${a.tokens.join(' ')}`);
console.log('concepts:', a.concepts.map((m) => `${m.concept.id}(${m.concept.weight})="${m.form}"`).join(', '));
const m = matcherFor(set);
const sugg = m.suggest({ text, language }, { limit: 10 });
for (const { narrativeId, features } of m.features({ text, language })) {
  const s = sugg.find((x) => x.narrativeId === narrativeId);
  const f = Object.entries(features).map(([k, v]) => `${k}=${(v as number).toFixed(2)}`).join(' ');
  const n = set.narratives.find((x) => x.slug === narrativeId)!;
  console.log(`${narrativeId.padEnd(24)} score ${(s?.score ?? 0).toFixed(2)} stance ${detectStance(text, language, { id: n.slug, slug: n.slug, name: n.name, description: n.description })} | ${f}`);
}
