/**
 * Character tests for the hot loops of extraction (sentence splitting, attribution, word keys,
 * script counts), on UTF-16 code units and code points:
 * `s.charCodeAt(i)` allocates nothing, where `s[i]` makes a one-character string for every
 * non-Latin-1 character (all of Cyrillic) and a regex test per character is slower still.
 */

/** Whether `/\s/` matches the code unit (checked against the regex over all 65,536 code units). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The code point at `i`: a surrogate pair counts as one, a lone surrogate as itself. */
export function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Marks a table entry as looked up (classes are bit sets below it). */
const KNOWN = 0x80;

/**
 * A code point classifier from `classify` (regex tests on the character; a bit set below 0x80),
 * remembered for the BMP in a table filled on first sight: a hot loop runs the regexes once per
 * distinct character, not once per occurrence. Astral code points are classified each time.
 */
export function cachedClassifier(classify: (ch: string) => number): (cp: number) => number {
  const bmp = new Uint8Array(0x10000);
  return (cp) => {
    if (cp > 0xffff) return classify(String.fromCodePoint(cp));
    let cls = bmp[cp]!;
    if (cls === 0) {
      cls = KNOWN | classify(String.fromCharCode(cp));
      bmp[cp] = cls;
    }
    return cls & ~KNOWN;
  };
}
