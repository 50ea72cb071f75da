import { cuePatterns, PatternTable, type Analysis } from './analyzer.js';
import { EASTERN_PLACES } from './lexicon.js';

/**
 * Which places of the east and south a text names (the `place_east` concept split back into its
 * towns and regions), and whether two of them can be about the same ground.
 */

const TABLE = new PatternTable(EASTERN_PLACES.map((p, id) => ({ id, patterns: cuePatterns(p) })));
const WITHIN = new Map(EASTERN_PLACES.map((p) => [p.id, p.within ?? null]));

/** The place ids an analysed text names, in order of first mention, each once. */
export function placesIn(a: Analysis): string[] {
  const found: string[] = [];
  for (const m of a.concepts) {
    if (m.concept.id !== 'place_east' || m.derived) continue;
    for (const span of TABLE.match(a.tokens.slice(m.start, m.end))) {
      const id = EASTERN_PLACES[span.id]!.id;
      if (!found.includes(id)) found.push(id);
    }
  }
  return found;
}

/** Whether `place` lies in `region`, at any depth (Bakhmut in Donetsk region in Donbas). */
function lies(place: string, region: string): boolean {
  for (let up = WITHIN.get(place); up; up = WITHIN.get(up)) if (up === region) return true;
  return false;
}

/** The same place, or one lies within the other (Bakhmut and Donbas; Kupiansk and Kharkiv, the region). */
export function samePlaceOrWithin(a: string, b: string): boolean {
  return a === b || lies(a, b) || lies(b, a);
}
