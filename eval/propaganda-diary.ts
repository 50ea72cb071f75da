import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalSet } from './types.js';
import { seededRandom } from '@app/domain';

/** Read at run time from ../shared/data next to the repository root; never copied into the repo. */
export const PROPAGANDA_DIARY_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'shared',
  'data',
  'propaganda_diary',
  'propaganda_diary_narrative_labelled_cases.jsonl',
);

interface Row {
  id: string;
  narrative: string;
  text: string;
  text_type: string;
}

/** Seeded so the few-shot split is the same on every run. */
const rng = seededRandom;

function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/**
 * Few-shot protocol on the human-labelled Propaganda Diary cases: narratives are the distinct
 * `narrative` values (name only, no description); k cases per narrative, drawn with a fixed seed,
 * become confirmed examples; every other case is an unseen claim expected to land in its own
 * narrative with stance SUPPORTS (they are disinformation cases quoted from outlets; rows that hold
 * only a fake's label, not a case excerpt, are not judged on stance).
 * Returns null when the file is absent.
 */
export function loadPropagandaDiary(k: number, seed = 42): EvalSet | null {
  if (!existsSync(PROPAGANDA_DIARY_PATH)) return null;
  const rows: Row[] = readFileSync(PROPAGANDA_DIARY_PATH, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row)
    .filter((r) => r.narrative?.trim() && r.text?.trim());
  const byNarrative = new Map<string, Row[]>();
  for (const r of rows) {
    const list = byNarrative.get(r.narrative) ?? [];
    list.push(r);
    byNarrative.set(r.narrative, list);
  }
  const random = rng(seed);
  const set: EvalSet = { name: `propaganda_diary k=${k}`, narratives: [], examples: [], claims: [] };
  for (const [name, list] of [...byNarrative].sort(([a], [b]) => a.localeCompare(b))) {
    if (list.length <= k) continue;
    const slug = slugify(name);
    set.narratives.push({ slug, name, description: '' });
    const shuffled = [...list];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    for (const r of shuffled.slice(0, k)) set.examples.push({ narrative: slug, text: r.text, language: 'en', positive: true });
    for (const r of shuffled.slice(k)) {
      // rows without a case excerpt carry only the fake's label ("Fakes about land reform"): no stance to judge
      const stance = r.text_type.startsWith('disinfo_case') ? 'SUPPORTS' : null;
      set.claims.push({ narrative: slug, text: r.text, language: 'en', stance });
    }
  }
  return set;
}
