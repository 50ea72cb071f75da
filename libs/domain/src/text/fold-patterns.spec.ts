import { APOSTROPHE_RE, charactersToFold, DASH_RE, EMOJI_RE, INVISIBLE_RE, MAY_APOSTROPHE, MAY_DASH, MAY_EMOJI, MAY_INVISIBLE, MAY_QUOTE, MAY_YO, QUOTE_RE } from './fold-patterns.js';

/** The patterns normalizeText runs when charactersToFold says they may match. */
const PATTERNS: Array<[string, RegExp, number]> = [
  ['invisible', INVISIBLE_RE, MAY_INVISIBLE],
  ['emoji', EMOJI_RE, MAY_EMOJI],
  ['ё', /[ёЁ]/u, MAY_YO],
  ['apostrophe', APOSTROPHE_RE, MAY_APOSTROPHE],
  ['quote', QUOTE_RE, MAY_QUOTE],
  ['dash', DASH_RE, MAY_DASH],
];

describe('charactersToFold', () => {
  it('flags every BMP character that a pattern of normalizeText matches, as given or lower-cased', () => {
    const missed: string[] = [];
    for (const [name, global, flag] of PATTERNS) {
      const re = new RegExp(global.source, global.flags.replace('g', ''));
      for (let c = 0; c < 0x10000; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const ch = String.fromCharCode(c);
        // normalizeText looks at the text before lower-casing it, and runs the patterns after.
        if ((re.test(ch) || re.test(ch.toLowerCase())) && (charactersToFold(`a${ch}b`) & flag) === 0) missed.push(`${name} U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('flags emoji outside the BMP (they arrive as surrogate pairs)', () => {
    for (const emoji of ['🔥', '🇺🇦', '👍🏽', '🏴󠁧󠁢󠁳󠁣󠁴󠁿']) expect(charactersToFold(`x ${emoji} y`) & MAY_EMOJI).toBe(MAY_EMOJI);
  });

  it('flags nothing in plain sentences of the three languages', () => {
    for (const s of ['Moscow says it captured Kupiansk, Kyiv denies it.', 'Москва заявила о взятии Купянска.', 'Київ заперечує: місто тримається.']) {
      expect(charactersToFold(s)).toBe(0);
    }
  });
});
