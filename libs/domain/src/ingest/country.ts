/**
 * A source's country as ISO 3166-1 alpha-2 where it can be told: a code in any case ("ua" → "UA"),
 * or a country's name in English, Russian or Ukrainian ("Ukraine", "Украина", "Україна" → "UA"),
 * read from the runtime's own Unicode data (Intl.DisplayNames), not from a list kept here.
 * Anything else is kept as given.
 */
let byName: Map<string, string> | null = null;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const locale of ['en', 'ru', 'uk']) {
    const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const a of letters) {
      for (const b of letters) {
        const code = a + b;
        // retired codes (DD, SU, YU…) are named after their successors: leave them out
        if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
        let name: string | undefined;
        try {
          name = display.of(code);
        } catch {
          name = undefined;
        }
        if (name && name !== code && code !== 'ZZ' && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), code);
      }
    }
  }
  return byName;
}

export function countryCode(value: string): string {
  const trimmed = value.trim();
  if (/^[a-z]{2,3}$/i.test(trimmed)) return trimmed.toUpperCase();
  return names().get(trimmed.toLowerCase().replace(/\s+/g, ' ')) ?? trimmed;
}
