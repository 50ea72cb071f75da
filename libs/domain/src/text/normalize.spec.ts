import { collapseWhitespace, normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it('folds case, ё, quotes, dashes and whitespace', () => {
    expect(normalizeText('  «Ёлки» — “Палки”\n https://x.y/z  ')).toBe('"елки" - "палки"');
  });

  it('keeps Ukrainian і, ї, є and ґ distinct from и and е', () => {
    expect(normalizeText('Їжак, Єва, Ґанок, Іван')).toBe('їжак, єва, ґанок, іван');
    expect(normalizeText('ЇЖАК')).not.toBe(normalizeText('ІЖАК'));
  });

  it('makes every apostrophe variant inside Ukrainian words the same', () => {
    const forms = ['м’ясо', 'мʼясо', "м'ясо", 'м‘ясо', 'м`ясо', 'м′ясо'];
    const normalised = new Set(forms.map(normalizeText));
    expect([...normalised]).toEqual(["м'ясо"]);
    expect(normalizeText('П’ЯТЬ об’єктів')).toBe("п'ять об'єктів");
    // The capital saltillo only becomes an apostrophe look-alike when lower-cased.
    expect(normalizeText('мꞋясо')).toBe("м'ясо");
  });

  it('maps guillemets, low-9 and curly quotes to a straight double quote', () => {
    expect(normalizeText('„Слово“ «мир» “peace” ‹x›')).toBe('"слово" "мир" "peace" "x"');
  });

  it('maps en dash, em dash, horizontal bar and minus to a hyphen', () => {
    expect(normalizeText('2014–2022 — a ― b −5')).toBe('2014-2022 - a - b -5');
  });

  it('removes links but keeps the sentence punctuation after them', () => {
    expect(normalizeText('Source: https://example.org/a?b=1. Next')).toBe('source: . next');
    expect(normalizeText('see www.example.com/page, then t.me/somechannel/123')).toBe('see , then');
    expect(normalizeText('(http://a.b/c)')).toBe('( )');
  });

  it('removes emoji, flags, skin tones and joiners', () => {
    expect(normalizeText('⚡️Срочно 🇺🇦 Київ 👍🏽 👨‍👩‍👧 ок')).toBe('срочно київ ок');
    expect(normalizeText('BREAKING 🔴 news')).toBe('breaking news');
  });

  it('applies NFKC: full-width letters, ligatures, no-break spaces, composed й and ї', () => {
    expect(normalizeText('ＮＡＴＯ\u00a0ﬁle')).toBe('nato file');
    // и + combining breve composes to й; і + combining diaeresis composes to ї
    expect(normalizeText('И\u0306ти')).toBe('йти');
    expect(normalizeText('Киі\u0308в')).toBe('київ');
  });

  it('removes soft hyphens and zero-width characters used to break up words', () => {
    expect(normalizeText('про\u00adпаганда За\u200bлужний')).toBe('пропаганда залужний');
  });

  it('folds Latin look-alike letters inside Cyrillic words, and the reverse', () => {
    // "Пyтин" with a Latin y and o; "Kиїв" with a Latin K
    expect(normalizeText('Пyтин вoйна Kиїв')).toBe('путин война київ');
    // "Rеuters" with a Cyrillic е
    expect(normalizeText('R\u0435uters')).toBe('reuters');
    // a Latin letter with no Cyrillic twin leaves the word alone
    expect(normalizeText('Пqтин')).toBe('пqтин');
    // plain words in either script are untouched
    expect(normalizeText('Pope Папа')).toBe('pope папа');
  });

  it('collapses all whitespace kinds and trims', () => {
    expect(normalizeText('\t a \r\n\n  b\u2003c  ')).toBe('a b c');
    expect(normalizeText('   ')).toBe('');
  });

  it('is idempotent', () => {
    const samples = [
      '«Ёлки» — “Палки” https://x.y/z',
      'П’ЯТЬ об’єктів 🇺🇦',
      'Пyтин заявил: «Всё идёт по плану…»',
      'ＮＡＴＯ expands ― again',
    ];
    for (const sample of samples) {
      const once = normalizeText(sample);
      expect(normalizeText(once)).toBe(once);
    }
  });

  it('is idempotent on every code point, alone and between letters of both scripts', () => {
    const broken: string[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      for (const text of [ch, `a${ch}д`]) {
        const once = normalizeText(text);
        if (normalizeText(once) !== once) broken.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')} in ${JSON.stringify(text)}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('normalises long input without spaces', () => {
    const blob = 'abcабв'.repeat(20_000);
    expect(normalizeText(blob)).toHaveLength(blob.length);
  });
});

describe('collapseWhitespace', () => {
  it('turns every run of whitespace into one space and leaves lone spaces alone', () => {
    expect(collapseWhitespace('a b')).toBe('a b');
    expect(collapseWhitespace('a\tb\nc\u00a0d')).toBe('a b c d');
    expect(collapseWhitespace('a  \t\n b   ')).toBe('a b ');
    expect(collapseWhitespace('\r\n')).toBe(' ');
    expect(collapseWhitespace('')).toBe('');
  });

  it('agrees with replacing /\\s+/ by one space on any mix of spaces, tabs, line breaks and letters', () => {
    const alphabet = [' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', 'a', 'я', '.'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 2000; i++) {
      let text = '';
      const length = next() % 12;
      for (let k = 0; k < length; k++) text += alphabet[next() % alphabet.length];
      expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' '));
    }
  });
});
