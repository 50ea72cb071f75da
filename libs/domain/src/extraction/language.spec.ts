import { detectLanguage, guessLanguage } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['The ministry said the convoy had been delayed by two days.', 'en'],
    ['Drones hit Odesa overnight', 'en'],
    ['NATO', 'en'],
    ['Министерство обороны сообщило, что колонна задержалась на два дня.', 'ru'],
    ['Міністерство оборони повідомило, що колона затрималася на два дні.', 'uk'],
  ])('detects %s as %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  describe('Russian against Ukrainian', () => {
    it('uses letters only Ukrainian has', () => {
      expect(detectLanguage('Київ')).toBe('uk');
      expect(detectLanguage('Ґрунт')).toBe('uk');
      expect(detectLanguage('Європа')).toBe('uk');
    });

    it('uses letters only Russian has', () => {
      expect(detectLanguage('Мы')).toBe('ru');
      expect(detectLanguage('Объект')).toBe('ru');
      expect(detectLanguage('Этот')).toBe('ru');
      expect(detectLanguage('Ёлка')).toBe('ru');
    });

    it('uses the Ukrainian apostrophe in place of ъ', () => {
      expect(detectLanguage('обʼєкт')).toBe('uk');
      expect(detectLanguage("м'ясо")).toBe('uk');
    });

    it('uses frequent words when the letters are shared', () => {
      // no і/ї/є/ґ and no ы/э/ъ/ё in either line
      expect(detectLanguage('Як заявив мер, вода буде')).toBe('uk');
      expect(detectLanguage('Как заявил мэр, вода будет')).toBe('ru');
      expect(detectLanguage('Он сказал, что вода будет')).toBe('ru');
      expect(detectLanguage('Вона сказала, що вода буде')).toBe('uk');
    });

    it('follows the majority in a Ukrainian text quoting a Russian phrase', () => {
      const text = 'Російський посадовець написав «это провокация», але українські військові це спростували.';
      expect(detectLanguage(text)).toBe('uk');
    });

    it('treats a longer Cyrillic text without і as Russian', () => {
      expect(detectLanguage('Солдаты вернулись домой поздно вечером')).toBe('ru');
      expect(detectLanguage('Правда вернулась домой поздно вечером')).toBe('ru');
    });

    it('reads word endings only one language writes in short texts without a telling letter', () => {
      expect(detectLanguage('Армия наступает.')).toBe('ru');
      expect(detectLanguage('Мобилизация провалена.')).toBe('ru');
      expect(detectLanguage('Готовность войск')).toBe('ru');
      expect(detectLanguage('Втрати зростають')).toBe('uk');
      expect(detectLanguage('Лунають вибухи')).toBe('uk');
      expect(detectLanguage('Посилення тиску')).toBe('uk');
    });

    it('stays undetermined on a couple of shared-spelling words', () => {
      expect(detectLanguage('Новости')).toBe('und');
      expect(detectLanguage('Путин')).toBe('und');
    });
  });

  describe('Latin script', () => {
    it('does not call other Latin-script languages English', () => {
      expect(detectLanguage('Der Krieg in der Ukraine ist nicht vorbei')).toBe('und');
      expect(detectLanguage('Le président a déclaré que la guerre continue')).toBe('und');
      expect(detectLanguage('Wojna w Ukrainie trwa i nie skończy się szybko')).toBe('und');
    });

    it('keeps English with a foreign name or word', () => {
      expect(detectLanguage('The café near the station was hit, officials in Kyiv said.')).toBe('en');
    });
  });

  it('ignores links, emoji and hashtags', () => {
    expect(detectLanguage('https://example.com/news 🇺🇦🔥 #Київ')).toBe('uk');
    expect(detectLanguage('Читайте https://t.me/some_channel')).toBe('und');
  });

  it('returns und when there are no letters', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('12:30 — 14.02.2024 !!! 🔥')).toBe('und');
  });

  it('is not fooled by Latin look-alike letters inside Cyrillic words', () => {
    // "Пoлітика" with a Latin o is still Ukrainian
    expect(detectLanguage('Пoлітика')).toBe('uk');
  });
});

describe('guessLanguage', () => {
  it('is confident only when the text carries language-specific evidence', () => {
    expect(guessLanguage('Київ')).toEqual({ language: 'uk', script: 'cyrillic', confident: true });
    expect(guessLanguage('Он сказал, что вода будет')).toEqual({ language: 'ru', script: 'cyrillic', confident: true });
    // Ukrainian without і/ї/є/ґ and without a Ukrainian-only word: Russian by default, not confident
    expect(guessLanguage('Уламки пошкодили будинки на вул. Шевченка')).toEqual({ language: 'ru', script: 'cyrillic', confident: false });
    expect(guessLanguage('Путин')).toEqual({ language: 'und', script: 'cyrillic', confident: false });
    expect(guessLanguage('The war goes on')).toEqual({ language: 'en', script: 'latin', confident: true });
    expect(guessLanguage('NATO summit')).toEqual({ language: 'en', script: 'latin', confident: false });
    expect(guessLanguage('Der Krieg ist nicht vorbei')).toEqual({ language: 'und', script: 'latin', confident: true });
    expect(guessLanguage('12:30')).toEqual({ language: 'und', script: 'none', confident: false });
  });
});
