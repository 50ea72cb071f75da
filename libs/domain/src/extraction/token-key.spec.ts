import { normalizeText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { isSpaceCode } from './chars.js';
import { tokenKey } from './token-key.js';

/** What `tokenKey` must return: the same as splitting the tokens out with `tokenize`. */
function expected(text: string): ReturnType<typeof tokenKey> {
  const tokens = tokenize(text);
  const words = tokens.filter((t) => /\p{L}/u.test(t));
  const letters = words.reduce((sum, w) => sum + (w.match(/\p{L}/gu)?.length ?? 0), 0);
  return { key: ` ${tokens.join(' ')} `, tokens: tokens.length, words: words.length, letters };
}

describe('tokenKey', () => {
  it('joins the tokens of a text by single spaces, padded, and counts them', () => {
    expect(tokenKey('the ministry said: "no troops," again.')).toEqual({ key: ' the ministry said no troops again ', tokens: 6, words: 6, letters: 28 });
    expect(tokenKey('')).toEqual({ key: '  ', tokens: 0, words: 0, letters: 0 });
    expect(tokenKey('... -- !!!')).toEqual({ key: '  ', tokens: 0, words: 0, letters: 0 });
  });

  it('agrees with tokenize on apostrophes, decimals, marks, hyphens, tags and astral letters', () => {
    const samples = [
      normalizeText('П’ять об’єктів, don’t'),
      "'quoted' words' l'' a'1 1'a",
      '3.5 million, 1,2 млрд on 24.02.2022 in 2014-2022. 2022. then 1.a a.1 5,',
      'cafe\u0301 ok \u0301x e\u0301\'s',
      '#україна @channel_name',
      '𝐀𝐁 1𝟐 x\ud800y \udc00z 😀 ⅷ² ǅ٣',
    ];
    for (const text of samples) expect(tokenKey(text)).toEqual(expected(text));
  });

  it('agrees with tokenize on random mixes of letters, digits, marks and separators', () => {
    const alphabet = ['a', 'Z', 'я', 'Ї', '5', '٣', '\u0301', "'", '.', ',', ' ', ' ', '-', '#', '😀', '𝐀', '\ud800', '\udc00', '_', 'ǅ', 'ⅷ', '²'];
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 5000; i++) {
      let text = '';
      const length = next() % 14;
      for (let k = 0; k < length; k++) text += alphabet[next() % alphabet.length];
      expect(tokenKey(text)).toEqual(expected(text));
    }
  });
});

describe('isSpaceCode', () => {
  it('agrees with /\\s/ on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (isSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) throw new Error(`differs at U+${c.toString(16)}`);
    }
  });
});
