/**
 * Character tests on UTF-16 code units for the hot loops of sentence splitting and attribution:
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
