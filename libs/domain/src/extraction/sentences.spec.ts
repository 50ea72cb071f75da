import { MAX_SENTENCE_LENGTH, splitSentences } from './sentences.js';

const texts = (input: string): string[] => splitSentences(input).map((s) => s.text);

describe('splitSentences', () => {
  it('splits plain sentences on . ! and ?', () => {
    expect(texts('The bridge is closed. Is it damaged? Nobody knows! Officials are silent.')).toEqual([
      'The bridge is closed.',
      'Is it damaged?',
      'Nobody knows!',
      'Officials are silent.',
    ]);
  });

  it('returns offsets into the input', () => {
    const input = '  First one here.   Second one here.  ';
    for (const span of splitSentences(input)) expect(input.slice(span.start, span.end)).toBe(span.text);
  });

  describe('does not split on abbreviations', () => {
    it.each([
      ['Mr. Smith and Dr. Brown met in the U.S. capital on Jan. 5 to talk.'],
      ['The talks, e.g. on grain, went on etc. until late.'],
      ['The St. Petersburg forum ended without a deal.'],
      ['Он сказал это, т.е. подтвердил слухи.'],
      ['Ущерб оценили в 5 млн. рублей, сообщили в администрации.'],
      ['Это случилось в 2014 г. Тогда Крым был аннексирован.'],
      ['Театр им. Пушкина и ст. Москва-Товарная закрыты.'],
      ['Будинок на вул. Хрещатик пошкоджено.'],
      ['Зібрали 5 тис. грн. на дрони для бригади.'],
      ['Збитки сягнули 2 млрд. гривень за рік.'],
      ['Бібліотека ім. Шевченка працює щодня.'],
      ['Flat No. 5 was hit by debris.'],
    ])('%s', (sentence) => {
      expect(texts(sentence)).toEqual([sentence]);
    });

    it('does not split after и т.д., і т.п. or etc. even before a capital letter', () => {
      for (const sentence of [
        'Пострадали дома, школы и т.д. Москва это отрицает.',
        'Постраждали будинки, школи і т.п. Київ це підтверджує.',
        'Tanks, jets, etc. Moscow denies all of it.',
      ]) {
        expect(texts(sentence)).toEqual([sentence]);
      }
    });

    it('still ends a sentence at "no." when no number follows', () => {
      expect(texts('He said no. Then he left the room.')).toEqual(['He said no.', 'Then he left the room.']);
    });
  });

  describe('does not split on initials', () => {
    it.each([
      ['Ukraine’s president V. Zelensky addressed parliament.'],
      ['Президент В. Зеленский выступил в Раде.'],
      ['Президент В. О. Зеленський звернувся до нації.'],
      ['Президент В.О. Зеленський звернувся до нації.'],
      ['The novel by J. R. R. Tolkien was quoted.'],
    ])('%s', (sentence) => {
      expect(texts(sentence)).toEqual([sentence]);
    });
  });

  it('does not split decimals, dates or domains', () => {
    expect(texts('Inflation hit 3.5 percent on 24.02.2022, says example.com today.')).toHaveLength(1);
  });

  it('ends a sentence after a number', () => {
    expect(texts('The war began in 2014. It escalated later.')).toEqual(['The war began in 2014.', 'It escalated later.']);
  });

  it('keeps an ellipsis followed by a lower-case word inside the sentence', () => {
    expect(texts('Он помолчал... и продолжил говорить. Потом ушел.')).toEqual([
      'Он помолчал... и продолжил говорить.',
      'Потом ушел.',
    ]);
  });

  describe('quotations', () => {
    it('keeps a quoted sentence end with its Russian attribution', () => {
      expect(texts('«Мы победим. Враг будет разбит», — заявил Песков. Журналисты промолчали.')).toEqual([
        '«Мы победим. Враг будет разбит», — заявил Песков.',
        'Журналисты промолчали.',
      ]);
    });

    it('keeps a quoted exclamation followed by a dash and the attribution', () => {
      expect(texts('«Ми переможемо!» — заявив Зеленський. Зал аплодував.')).toEqual([
        '«Ми переможемо!» — заявив Зеленський.',
        'Зал аплодував.',
      ]);
    });

    it('keeps English quotes with "said the ministry" and "he asked"', () => {
      expect(texts('“Troops will stay. They are needed,” said the ministry. “Why now?” he asked. Silence.')).toEqual([
        '“Troops will stay. They are needed,” said the ministry.',
        '“Why now?” he asked.',
        'Silence.',
      ]);
    });

    it('keeps an ellipsis inside quotes', () => {
      expect(texts('Он сказал: «Подождите… Мы еще не закончили». Затем ушел.')).toEqual([
        'Он сказал: «Подождите… Мы еще не закончили».',
        'Затем ушел.',
      ]);
    });

    it('handles nested „…“ quotes inside «…»', () => {
      expect(texts('«Он назвал это „провокацией“. Это ложь», — сказал посол. Конец.')).toEqual([
        '«Он назвал это „провокацией“. Это ложь», — сказал посол.',
        'Конец.',
      ]);
    });

    it('splits after a quote that ends the sentence', () => {
      expect(texts('He said: "We will win." Then he left.')).toEqual(['He said: "We will win."', 'Then he left.']);
    });

    it('is not swallowed by an unclosed quote mark', () => {
      expect(texts('He wrote «nothing here. Then the war came. Peace ended.')).toEqual([
        'He wrote «nothing here.',
        'Then the war came.',
        'Peace ended.',
      ]);
    });

    it('keeps a short parenthesis together', () => {
      expect(texts('The ministry (see Fig. 2. Also the annex) denied it. Next sentence.')).toEqual([
        'The ministry (see Fig. 2. Also the annex) denied it.',
        'Next sentence.',
      ]);
    });

    it('keeps Russian dialogue lines apart', () => {
      expect(texts('— Мы готовы, — сказал он. — Нет, — ответил посол.')).toEqual([
        '— Мы готовы, — сказал он.',
        '— Нет, — ответил посол.',
      ]);
    });
  });

  describe('line breaks', () => {
    it('ends a sentence at a blank line or a line that starts a new item', () => {
      expect(texts('⚡️Взрывы в Одессе\nПо данным властей, пострадавших нет\n\n#Одесса')).toEqual([
        '⚡️Взрывы в Одессе',
        'По данным властей, пострадавших нет',
        '#Одесса',
      ]);
    });

    it('joins hard-wrapped lines that continue in lower case', () => {
      expect(texts('The ministry said that\nthe convoy was delayed.')).toEqual(['The ministry said that the convoy was delayed.']);
    });

    it('joins a line ending with a colon to the quote that follows', () => {
      expect(texts('Зеленский заявил:\n«Мы не отдадим ни метра».')).toEqual(['Зеленский заявил: «Мы не отдадим ни метра».']);
    });

    it('splits list items and keeps their numbers', () => {
      expect(texts('1. Russia says the dam is intact.\n2. Ukraine denies it.\n- Odesa was hit again')).toEqual([
        '1. Russia says the dam is intact.',
        '2. Ukraine denies it.',
        '- Odesa was hit again',
      ]);
    });

    it('handles CRLF line endings', () => {
      expect(texts('First line here\r\nSecond line here')).toEqual(['First line here', 'Second line here']);
    });
  });

  it('cuts over-long sentences at clause breaks', () => {
    const clause = 'the shelling continued in the district and nobody could leave the area';
    const long = Array.from({ length: 40 }, () => clause).join(', ') + '.';
    const pieces = splitSentences(long);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    expect(pieces.map((p) => p.text).join(' ')).toBe(long);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n\t ')).toEqual([]);
  });

  it('splits thousands of sentences', () => {
    const paragraph =
      'Mr. Smith said the U.S. would help. «Мы победим. Враг будет разбит», — заявил Песков. ' +
      'Президент В. О. Зеленський звернувся до нації. Збитки сягнули 2 млрд. гривень. ';
    const text = paragraph.repeat(1000);
    const spans = splitSentences(text);
    expect(spans).toHaveLength(4000);
  });
});
